/**
 * Where one user's sign-ins came from, on a world map: one circle per place, sized by sign-ins, coloured by what
 * happened there. The user's own places carry interactive sign-ins and refreshes; a place with refreshes only (red)
 * is where someone used the account's tokens without ever signing in, the token-replay shape of notebook 02.
 */
import type { SignInTable } from '../table/signin-table';
import { PLACE_KINDS, signInPlaces } from './places';
import { base, plural, WIDE_LEGEND, type VegaLiteSpec } from './spec';
import { projectionFor, spacedLabels, worldLayer } from './world';

export interface SignInMapOptions {
  title?: string;
  /** Map width in pixels (default 640; the height follows the projection). */
  width?: number;
}

/**
 * A map of a user's sign-in places: `table.forUser(upn)` (or any table: then every user's places together).
 * Rows without coordinates are counted in the subtitle. Hover a place for its addresses, counts and time span.
 *
 * @example await show(signInMapChart(table.forUser('alice@contoso.com')))
 */
export function signInMapChart(table: SignInTable, options: SignInMapOptions = {}): VegaLiteSpec {
  const { places, unplaced } = signInPlaces(table);
  const users = new Set<string>();
  for (let k = 0; k < table.length && users.size < 2; k++) users.add(table.get(k, 'UserPrincipalName'));
  const who = users.size === 1 ? [...users][0] : 'all users';
  const refreshOnly = places.filter((p) => p.Kind === 'refreshes only').length;
  const subtitle = `${plural(places.length, 'place')}; ${refreshOnly} with refreshes only (red)` + (unplaced ? `; ${unplaced} sign-ins without coordinates not drawn` : '');
  const width = options.width ?? 640;
  return {
    ...base(options.title ?? `Where ${who} signed in`, width, Math.round(width / 2), subtitle),
    projection: projectionFor(places),
    layer: [
      worldLayer(),
      {
        data: { values: places },
        mark: { type: 'circle', opacity: 0.8, stroke: '#333', strokeWidth: 0.6, clip: true },
        encoding: {
          longitude: { field: 'Longitude', type: 'quantitative' },
          latitude: { field: 'Latitude', type: 'quantitative' },
          size: { field: 'SignIns', type: 'quantitative', title: 'sign-ins', scale: { type: 'sqrt', range: [40, 600] } },
          color: { field: 'Kind', type: 'nominal', title: 'place', scale: { domain: [...PLACE_KINDS.domain], range: [...PLACE_KINDS.range] }, legend: WIDE_LEGEND },
          order: { field: 'SignIns', sort: 'descending' },
          tooltip: [
            { field: 'City', type: 'nominal' },
            { field: 'CountryOrRegion', type: 'nominal' },
            { field: 'IPAddresses', type: 'nominal', title: 'IP addresses' },
            { field: 'Interactive', type: 'quantitative' },
            { field: 'NonInteractive', type: 'quantitative' },
            { field: 'Failures', type: 'quantitative' },
            { field: 'First', type: 'nominal', title: 'first (UTC)' },
            { field: 'Last', type: 'nominal', title: 'last (UTC)' },
          ],
        },
        transform: [{ calculate: 'datum.Interactive + datum.NonInteractive', as: 'SignIns' }],
      },
      {
        // refreshes-only places are labelled first: they are the ones to read
        data: { values: spacedLabels([...places.filter((p) => p.City && p.Kind === 'refreshes only'), ...places.filter((p) => p.City && p.Kind !== 'refreshes only')]) },
        mark: { type: 'text', dy: -14, fontSize: 11, color: '#333', clip: true },
        encoding: {
          longitude: { field: 'Longitude', type: 'quantitative' },
          latitude: { field: 'Latitude', type: 'quantitative' },
          text: { field: 'City' },
        },
      },
    ],
  };
}
