/**
 * Token replay candidates on a world map: for each pair, IP-A (where the user signed in interactively, circle) and
 * IP-B (where the account's tokens were refreshed, triangle), joined by a line coloured by the detector's severity.
 * A red line across an ocean is the replay; grey stubs inside one city are its look-alikes.
 */
import type { SignInTable } from '../table/signin-table';
import { placeKey, placesOf } from './places';
import type { ReplayChartRow } from './replay-pairs';
import { SEVERITY_CHART_COLOURS } from './severity-colours';
import { base, num, plural, WIDE_LEGEND, type VegaLiteSpec } from './spec';
import { projectionFor, spacedLabels, worldLayer } from './world';

export interface ReplayMapOptions {
  title?: string;
  /** Map width in pixels (default 640). */
  width?: number;
}

/**
 * A map of replay pairs. The rows name IP addresses; their coordinates are looked up in the table the analysis ran
 * on (the first sign-in of that user from that address with coordinates). Pairs without coordinates on either side
 * are counted in the subtitle.
 *
 * @param rows tokenReplay.run(table).rows (or rows with the same fields)
 * @param table the sign-ins the rows came from
 * @example await show(replayMapChart(replay.rows, table))
 */
export function replayMapChart(rows: readonly ReplayChartRow[], table: SignInTable, options: ReplayMapOptions = {}): VegaLiteSpec {
  const wanted = new Set<string>();
  for (const r of rows) {
    wanted.add(placeKey(r.UserPrincipalName, r.InteractiveIPAddress ?? ''));
    wanted.add(placeKey(r.UserPrincipalName, r.RefreshIPAddress ?? ''));
  }
  const found = placesOf(table, wanted);
  const pairs = rows.flatMap((r, k) => {
    const a = found.get(placeKey(r.UserPrincipalName, r.InteractiveIPAddress ?? ''));
    const b = found.get(placeKey(r.UserPrincipalName, r.RefreshIPAddress ?? ''));
    if (!a || !b) return [];
    return [{
      Pair: k,
      UserPrincipalName: r.UserPrincipalName,
      Severity: String(r.Severity || 'informational'),
      DistanceKm: num(r.DistanceKm),
      Score: num(r.Score),
      A: { ...a, IPAddress: r.InteractiveIPAddress ?? '', City: r.InteractiveCity || a.City, Network: r.InteractiveNetwork ?? '' },
      B: { ...b, IPAddress: r.RefreshIPAddress ?? '', City: r.RefreshCity || b.City, Network: r.RefreshNetwork ?? '' },
    }];
  });
  // rows for the two ends, and for the line: two rows per pair, joined by `detail`
  const ends = pairs.flatMap((p) => [
    { Pair: p.Pair, Order: 0, End: 'IP-A: interactive sign-in', UserPrincipalName: p.UserPrincipalName, Severity: p.Severity, IPAddress: p.A.IPAddress, Network: p.A.Network, City: p.A.City, Latitude: p.A.Latitude, Longitude: p.A.Longitude, DistanceKm: p.DistanceKm, Score: p.Score },
    { Pair: p.Pair, Order: 1, End: 'IP-B: token refreshes', UserPrincipalName: p.UserPrincipalName, Severity: p.Severity, IPAddress: p.B.IPAddress, Network: p.B.Network, City: p.B.City, Latitude: p.B.Latitude, Longitude: p.B.Longitude, DistanceKm: p.DistanceKm, Score: p.Score },
  ]);
  const unplaced = rows.length - pairs.length;
  const alerts = pairs.filter((p) => p.Severity !== 'informational').length;
  const subtitle = `${plural(pairs.length, 'pair')} (${alerts} alerting); circle = IP-A, triangle = IP-B` + (unplaced ? `; ${unplaced} without coordinates not drawn` : '');
  const width = options.width ?? 640;
  const position = {
    longitude: { field: 'Longitude', type: 'quantitative' },
    latitude: { field: 'Latitude', type: 'quantitative' },
  };
  const colour = { field: 'Severity', type: 'nominal', title: 'severity', scale: { ...SEVERITY_CHART_COLOURS }, legend: WIDE_LEGEND };
  const tooltip = [
    { field: 'UserPrincipalName', type: 'nominal', title: 'user' },
    { field: 'End', type: 'nominal', title: 'end' },
    { field: 'IPAddress', type: 'nominal' },
    { field: 'Network', type: 'nominal' },
    { field: 'City', type: 'nominal' },
    { field: 'Severity', type: 'nominal' },
    { field: 'DistanceKm', type: 'quantitative', format: ',.0f' },
    { field: 'Score', type: 'quantitative' },
  ];
  // informational pairs first, so alerting lines are drawn on top
  const rank = (s: string) => SEVERITY_CHART_COLOURS.domain.length - SEVERITY_CHART_COLOURS.domain.indexOf(s as never);
  const sorted = [...ends].sort((x, y) => rank(y.Severity) - rank(x.Severity) || x.Pair - y.Pair || x.Order - y.Order);
  return {
    ...base(options.title ?? 'Replay candidates: IP-A and IP-B', width, Math.round(width / 2), subtitle),
    projection: projectionFor(ends),
    layer: [
      worldLayer(),
      {
        data: { values: sorted },
        mark: { type: 'line', strokeWidth: 2, opacity: 0.8, clip: true },
        encoding: { ...position, detail: { field: 'Pair', type: 'nominal' }, order: { field: 'Order' }, color: colour },
      },
      {
        data: { values: sorted },
        mark: { type: 'point', filled: true, opacity: 0.9, stroke: '#333', strokeWidth: 0.6, size: 110, clip: true },
        encoding: {
          ...position,
          color: colour,
          shape: { field: 'End', type: 'nominal', title: 'end', scale: { domain: ['IP-A: interactive sign-in', 'IP-B: token refreshes'], range: ['circle', 'triangle-up'] }, legend: WIDE_LEGEND },
          tooltip,
        },
      },
      {
        data: { values: spacedLabels(sorted.filter((e) => e.Severity !== 'informational' && e.City).reverse()) },
        mark: { type: 'text', dy: -14, fontSize: 11, color: '#333', clip: true },
        encoding: { ...position, text: { field: 'City' } },
      },
    ],
  };
}
