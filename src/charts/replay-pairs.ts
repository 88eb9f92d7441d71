/**
 * Token replay candidates: an interactive sign-in at one IP and token refreshes at another, far apart in space and close
 * in time. Plotting distance against gap shows at a glance which pairs no traveller could make: points in the shaded
 * band above the travel line are impossible travel.
 *
 * Both axes are symmetric-log (linear near 0, logarithmic above), and say so: replay pairs are typically minutes apart
 * and thousands of km apart, while their look-alikes (VPN, carrier hops) are 0-50 km apart, so on linear axes either
 * the near or the far pairs collapse onto an edge. Colour is the detector's severity, so informational look-alikes
 * read as grey at once.
 */
import { tokenReplay } from '../analyses/token-replay';
import { SEVERITY_CHART_COLOURS } from './severity-colours';
import { base, num, plural, WIDE_LEGEND, type VegaLiteSpec } from './spec';

/** A row of the token-replay analysis (TokenReplayRow) or anything with the same fields. */
export interface ReplayChartRow {
  UserPrincipalName: string;
  /** Great-circle distance between the two locations; null when either is unknown. */
  DistanceKm: number | null;
  /** Minutes between the interactive sign-in and the refreshes; null when unknown. */
  GapMinutes: number | null;
  /** Token types of the refreshes (refreshToken, primaryRefreshToken, ...); "" when not recorded. */
  IncomingTokenTypes?: string;
  /** Detector score: the bigger, the more suspicious (drawn as point size). */
  Score?: number;
  InteractiveIPAddress?: string;
  RefreshIPAddress?: string;
  InteractiveCity?: string;
  RefreshCity?: string;
  /** The networks of the two places ("AS5089 (Virgin Media Limited)"), shown on hover. */
  InteractiveNetwork?: string;
  RefreshNetwork?: string;
  Severity?: string;
}

export interface ReplayPairsOptions {
  /** Speed above which travel is implausible, drawn as the travel line distance = speed × gap (default: the
   *  token-replay analysis' own maxTravelKmh, so the chart and the detector draw the line in the same place). */
  maxSpeedKmh?: number;
  title?: string;
}

/** Round numbers for a symlog axis, up to the first one at or above max. */
export function symlogTicks(max: number, steps: readonly number[] = [1, 2, 5]): number[] {
  const ticks = [0];
  for (let p = 1; ticks[ticks.length - 1] < max && p < 1e12; p *= 10) {
    for (const s of steps) {
      ticks.push(s * p);
      if (s * p >= max) break;
    }
  }
  return ticks;
}

/**
 * Scatter of replay candidates: x = time gap (minutes), y = distance (km), colour = severity, shape = token type,
 * size = score, with the travel line and the impossible-travel band above it. Alerting pairs are labelled with the
 * user. Pairs missing a distance or gap cannot be placed and are counted in the subtitle. Drag to zoom, hover for the
 * pair, in a live notebook.
 *
 * @example await show(replayPairsChart(tokenReplay.run(table).rows))
 */
export function replayPairsChart(rows: readonly ReplayChartRow[], options: ReplayPairsOptions = {}): VegaLiteSpec {
  const speed = options.maxSpeedKmh ?? tokenReplay.parameters.maxTravelKmh.default;
  const values = rows
    .map((r) => ({
      UserPrincipalName: String(r.UserPrincipalName ?? ''),
      DistanceKm: num(r.DistanceKm),
      GapMinutes: num(r.GapMinutes),
      IncomingTokenTypes: String(r.IncomingTokenTypes || '(not recorded)'),
      Score: num(r.Score) ?? 1,
      Severity: String(r.Severity || 'informational'),
      Label: r.Severity && r.Severity !== 'informational' ? String(r.UserPrincipalName ?? '').split('@')[0] : '',
      InteractiveIPAddress: String(r.InteractiveIPAddress ?? ''),
      InteractiveCity: String(r.InteractiveCity ?? ''),
      RefreshIPAddress: String(r.RefreshIPAddress ?? ''),
      RefreshCity: String(r.RefreshCity ?? ''),
      InteractiveNetwork: String(r.InteractiveNetwork ?? ''),
      RefreshNetwork: String(r.RefreshNetwork ?? ''),
    }))
    .filter((r) => r.DistanceKm !== null && r.GapMinutes !== null);
  const unplaced = rows.length - values.length;
  // labels of pairs that sit close together go alternately above and below their point
  const labelled = values.filter((v) => v.Label).sort((a, b) => (b.DistanceKm as number) - (a.DistanceKm as number));
  const labels = labelled.map((v, k) => ({ ...v, LabelDy: k % 2 === 0 ? -9 : 12 }));
  // the axes reach the data (at least 10 minutes and 1,000 km, so the travel line and a lone pair both show)
  const xTicks = symlogTicks(Math.max(10, ...values.map((r) => r.GapMinutes as number)));
  const yTicks = symlogTicks(Math.max(1000, ...values.map((r) => r.DistanceKm as number))).filter((t) => t === 0 || t >= 10);
  const xMax = xTicks[xTicks.length - 1];
  const yMax = yTicks[yTicks.length - 1];
  // a label near the right edge goes to the left of its point, so it is not cut off
  const symlog = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));
  for (const l of labels) (l as typeof l & { LabelAlign: string }).LabelAlign = symlog(l.GapMinutes as number) > 0.6 * symlog(xMax) ? 'right' : 'left';
  // the travel line sampled along the symlog axis, so it draws as a smooth curve; clipped at the top
  const line = symlogTicks(xMax, [1, 1.5, 2, 3, 5, 7]).map((GapMinutes) => ({ GapMinutes, DistanceKm: Math.min(yMax, (speed * GapMinutes) / 60), Top: yMax }));
  const x = { field: 'GapMinutes', type: 'quantitative', title: 'minutes between the two IPs\u2019 activity (symlog scale)', scale: { type: 'symlog', constant: 1, domain: [-0.15, xMax], nice: false }, axis: { values: xTicks, format: ',~r', grid: true } };
  const y = { field: 'DistanceKm', type: 'quantitative', title: 'distance IP-A to IP-B, km (symlog scale)', scale: { type: 'symlog', constant: 10, domain: [-1.5, yMax], nice: false }, axis: { values: yTicks, format: ',~r', grid: true } };
  const note = unplaced ? `; ${unplaced} without location or time not drawn` : '';
  const subtitle = `${plural(values.length, 'pair')}${note}; shaded: faster than ${speed} km/h, no traveller could make it`;
  return {
    ...base(options.title ?? 'Replay candidates: distance against time gap', 640, 340, subtitle),
    layer: [
      {
        data: { values: line },
        mark: { type: 'area', color: '#d62728', opacity: 0.08, clip: true },
        encoding: { x, y, y2: { field: 'Top' } },
      },
      {
        data: { values: line },
        mark: { type: 'line', color: '#999', strokeDash: [4, 3], clip: true },
        encoding: { x, y },
      },
      {
        data: { values },
        params: [{ name: 'zoom', select: 'interval', bind: 'scales' }],
        mark: { type: 'point', filled: true, opacity: 0.8, stroke: '#333', strokeWidth: 0.5 },
        encoding: {
          x,
          y,
          color: { field: 'Severity', type: 'nominal', title: 'severity', scale: { ...SEVERITY_CHART_COLOURS }, legend: WIDE_LEGEND },
          shape: { field: 'IncomingTokenTypes', type: 'nominal', title: 'token type', legend: WIDE_LEGEND },
          size: { field: 'Score', type: 'quantitative', title: 'score', scale: { range: [40, 400] } },
          tooltip: [
            { field: 'UserPrincipalName', type: 'nominal', title: 'user' },
            { field: 'Severity', type: 'nominal' },
            { field: 'InteractiveIPAddress', type: 'nominal', title: 'IP-A (interactive)' },
            { field: 'InteractiveCity', type: 'nominal', title: 'IP-A city' },
            { field: 'RefreshIPAddress', type: 'nominal', title: 'IP-B (refreshes)' },
            { field: 'RefreshCity', type: 'nominal', title: 'IP-B city' },
            { field: 'InteractiveNetwork', type: 'nominal', title: 'IP-A network' },
            { field: 'RefreshNetwork', type: 'nominal', title: 'IP-B network' },
            { field: 'DistanceKm', type: 'quantitative', format: ',.0f' },
            { field: 'GapMinutes', type: 'quantitative', format: ',.1f' },
            { field: 'IncomingTokenTypes', type: 'nominal' },
            { field: 'Score', type: 'quantitative' },
          ],
        },
      },
      {
        data: { values: labels },
        mark: { type: 'text', align: { expr: 'datum.LabelAlign' }, dx: { expr: "datum.LabelAlign === 'right' ? -12 : 12" }, dy: { expr: 'datum.LabelDy' }, fontSize: 11, color: '#333' },
        encoding: { x, y, text: { field: 'Label' } },
      },
    ],
  };
}
