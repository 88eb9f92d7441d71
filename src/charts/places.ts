/**
 * Where sign-ins came from, as map points: the coordinates Entra recorded for each IP (LocationDetails.geoCoordinates,
 * lifted to Latitude/Longitude). Rows without coordinates cannot be placed; callers count them.
 */
import type { SignInTable } from '../table/signin-table';
import { hasCoordinates } from '../networks/geo';
import { isoTime } from '../iso-time';

/** One place of one user's sign-ins: a city (or coordinates) with the addresses seen there and counts per table. */
export interface SignInPlace {
  Latitude: number;
  Longitude: number;
  City: string;
  CountryOrRegion: string;
  IPAddresses: string;
  Interactive: number;
  NonInteractive: number;
  Failures: number;
  First: string;
  Last: string;
  /** "interactive and refreshes", "refreshes only" or "interactive only": the token-replay reading of a place. */
  Kind: string;
}

export const PLACE_KINDS = {
  domain: ['interactive and refreshes', 'interactive only', 'refreshes only'],
  range: ['#1f77b4', '#6baed6', '#d62728'],
} as const;

const finite = (x: number) => Number.isFinite(x);

/** The sign-ins of a table grouped by place (rounded coordinates + city), and how many rows had no coordinates. */
export function signInPlaces(table: SignInTable): { places: SignInPlace[]; unplaced: number } {
  const byPlace = new Map<string, SignInPlace & { ips: Set<string>; first: number; last: number }>();
  let unplaced = 0;
  for (let k = 0; k < table.length; k++) {
    const lat = table.get(k, 'Latitude');
    const lon = table.get(k, 'Longitude');
    if (!hasCoordinates(lat, lon)) {
      unplaced++;
      continue;
    }
    const city = table.get(k, 'City');
    const key = `${lat.toFixed(2)},${lon.toFixed(2)},${city}`;
    let p = byPlace.get(key);
    if (!p) {
      p = { Latitude: lat, Longitude: lon, City: city, CountryOrRegion: table.get(k, 'CountryOrRegion'), IPAddresses: '', Interactive: 0, NonInteractive: 0, Failures: 0, First: '', Last: '', Kind: '', ips: new Set(), first: Infinity, last: -Infinity };
      byPlace.set(key, p);
    }
    if (table.get(k, 'IsInteractive')) p.Interactive++;
    else p.NonInteractive++;
    if (String(table.get(k, 'ResultType')) !== '0') p.Failures++;
    p.ips.add(table.get(k, 'IPAddress'));
    const t = table.get(k, 'CreatedDateTime');
    if (finite(t)) {
      p.first = Math.min(p.first, t);
      p.last = Math.max(p.last, t);
    }
  }
  const places = [...byPlace.values()].map(({ ips, first, last, ...p }) => ({
    ...p,
    IPAddresses: [...ips].sort().join(', '),
    First: finite(first) ? isoTime(first) : '',
    Last: finite(last) ? isoTime(last) : '',
    Kind: p.Interactive && p.NonInteractive ? 'interactive and refreshes' : p.Interactive ? 'interactive only' : 'refreshes only',
  }));
  places.sort((a, b) => b.Interactive + b.NonInteractive - (a.Interactive + a.NonInteractive) || a.City.localeCompare(b.City));
  return { places, unplaced };
}

/** The key placesOf looks places up by. */
export const placeKey = (upn: string, ip: string): string => `${upn.toLowerCase()}\u0000${ip}`;

/**
 * The coordinates and city of each wanted (user, IP), from the first row of that user at that IP that has
 * coordinates; one pass over the table.
 *
 * @param wanted keys made with placeKey(upn, ip)
 */
export function placesOf(table: SignInTable, wanted: ReadonlySet<string>): Map<string, { Latitude: number; Longitude: number; City: string }> {
  const found = new Map<string, { Latitude: number; Longitude: number; City: string }>();
  for (let k = 0; k < table.length && found.size < wanted.size; k++) {
    const key = placeKey(table.get(k, 'UserPrincipalName'), table.get(k, 'IPAddress'));
    if (!wanted.has(key) || found.has(key)) continue;
    const lat = table.get(k, 'Latitude');
    const lon = table.get(k, 'Longitude');
    if (hasCoordinates(lat, lon)) found.set(key, { Latitude: lat, Longitude: lon, City: table.get(k, 'City') });
  }
  return found;
}
