/**
 * Token replay candidates: an interactive sign-in at one IP and token refreshes at another, far apart in space and close
 * in time. Plotting distance against gap shows at a glance which pairs no traveller could make: top-left is
 * impossible travel.
 */
import { base, num, type VegaLiteSpec } from './spec';

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
  Severity?: string;
}

export interface ReplayPairsOptions {
  /** Speed above which travel is implausible, drawn as a dashed line distance = speed × gap (default 900 km/h). */
  maxSpeedKmh?: number;
  title?: string;
}

/**
 * Scatter of replay candidates: x = time gap (minutes), y = distance (km), colour = token type, size = score, with the
 * "faster than an airliner" line. Pairs missing a distance or gap cannot be placed and are counted in the title.
 *
 * @example await show(replayPairsChart(tokenReplay.run(table).rows))
 */
export function replayPairsChart(rows: readonly ReplayChartRow[], options: ReplayPairsOptions = {}): VegaLiteSpec {
  const speed = options.maxSpeedKmh ?? 900;
  const values = rows
    .map((r) => ({
      UserPrincipalName: String(r.UserPrincipalName ?? ''),
      DistanceKm: num(r.DistanceKm),
      GapMinutes: num(r.GapMinutes),
      IncomingTokenTypes: String(r.IncomingTokenTypes || '(not recorded)'),
      Score: num(r.Score) ?? 1,
      Severity: String(r.Severity ?? ''),
      InteractiveIPAddress: String(r.InteractiveIPAddress ?? ''),
      InteractiveCity: String(r.InteractiveCity ?? ''),
      RefreshIPAddress: String(r.RefreshIPAddress ?? ''),
      RefreshCity: String(r.RefreshCity ?? ''),
    }))
    .filter((r) => r.DistanceKm !== null && r.GapMinutes !== null);
  const unplaced = rows.length - values.length;
  const maxGap = Math.max(1, ...values.map((r) => r.GapMinutes as number));
  const line = [
    { GapMinutes: 0, DistanceKm: 0 },
    { GapMinutes: maxGap, DistanceKm: (speed * maxGap) / 60 },
  ];
  const note = unplaced ? `; ${unplaced} without location or time not drawn` : '';
  const subtitle = `${values.length} pairs${note}; above the dashed line is faster than ${speed} km/h`;
  return {
    ...base(options.title ?? 'Replay candidates: distance vs time gap', 640, 300, subtitle),
    layer: [
      {
        data: { values: line },
        mark: { type: 'line', color: '#999', strokeDash: [4, 3], clip: true },
        encoding: {
          x: { field: 'GapMinutes', type: 'quantitative' },
          y: { field: 'DistanceKm', type: 'quantitative' },
        },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, opacity: 0.75 },
        encoding: {
          x: { field: 'GapMinutes', type: 'quantitative', title: 'minutes between interactive sign-in and refresh' },
          y: { field: 'DistanceKm', type: 'quantitative', title: 'distance (km)' },
          color: { field: 'IncomingTokenTypes', type: 'nominal', title: 'token type' },
          size: { field: 'Score', type: 'quantitative', title: 'score' },
          tooltip: [
            { field: 'UserPrincipalName', type: 'nominal', title: 'user' },
            { field: 'Severity', type: 'nominal' },
            { field: 'InteractiveIPAddress', type: 'nominal', title: 'interactive IP' },
            { field: 'InteractiveCity', type: 'nominal', title: 'interactive city' },
            { field: 'RefreshIPAddress', type: 'nominal', title: 'refresh IP' },
            { field: 'RefreshCity', type: 'nominal', title: 'refresh city' },
            { field: 'DistanceKm', type: 'quantitative', format: ',.0f' },
            { field: 'GapMinutes', type: 'quantitative', format: ',.1f' },
            { field: 'IncomingTokenTypes', type: 'nominal' },
            { field: 'Score', type: 'quantitative' },
          ],
        },
      },
    ],
  };
}
