/**
 * One user's sign-ins on a time line, against the IP address or the app they came from. Each address gets two lanes:
 * interactive sign-ins (SigninLogs, large circles) above, token refreshes (AADNonInteractiveUserSignInLogs, small
 * squares) below, so neither hides the other. Colour says table and outcome at once: blue interactive, orange
 * refresh, red and dark red their failures. An address whose upper lane stays empty while its lower lane fills is the
 * shape of a stolen token: refreshes where the user never signed in.
 */
import type { SignInTable } from '../table/signin-table';
import { isoTime } from '../iso-time';
import { base, TABLE_COLOURS, WIDE_AXIS, WIDE_LEGEND, type VegaLiteSpec } from './spec';

/** A row of the user-timeline or union analyses (TimelineRow), or a SignIn. */
export interface TimelineChartRow {
  /** Epoch ms (SignIn) or ISO text (analysis rows). */
  CreatedDateTime: number | string;
  Type: string;
  IPAddress: string;
  AppDisplayName: string;
  ResultType: string;
  UserPrincipalName?: string;
  City?: string;
  ClientAppUsed?: string;
}

export interface TimelineOptions {
  /** What the vertical axis lists (default 'IPAddress'). */
  y?: 'IPAddress' | 'AppDisplayName';
  /** Most rows to draw, earliest first (default 5000; the title says when more were left out). */
  limit?: number;
  title?: string;
}

/** The four kinds of mark, in legend order, with their colours: table colour for success, a red for failure. */
export const TIMELINE_KINDS = {
  domain: ['interactive · success', 'interactive · failure', 'non-interactive · success', 'non-interactive · failure'],
  range: [TABLE_COLOURS.range[0], '#d62728', TABLE_COLOURS.range[1], '#8c1c13'],
} as const;

const LANE = { SigninLogs: 'interactive', AADNonInteractiveUserSignInLogs: 'non-interactive' } as Record<string, string>;

/**
 * Points of one user's sign-ins: x = CreatedDateTime (UTC), y = IP or app with one lane per table, colour = table and
 * outcome, shape = table. Drag to zoom the time axis in a live notebook; hover for the row.
 *
 * @param input the user's sign-ins: `table.forUser(upn)` or rows with the same fields
 * @example await show(userTimelineChart(table.forUser('alice@contoso.com'), { y: 'AppDisplayName' }))
 */
export function userTimelineChart(input: SignInTable | readonly TimelineChartRow[], options: TimelineOptions = {}): VegaLiteSpec {
  const y = options.y ?? 'IPAddress';
  const limit = options.limit ?? 5000;
  const all = Array.isArray(input) ? (input as readonly TimelineChartRow[]) : (input as SignInTable).sortByTime().take(range(Math.min(limit, (input as SignInTable).length))).rows();
  const total = Array.isArray(input) ? input.length : (input as SignInTable).length;
  const values = all.slice(0, limit).map((r) => {
    const lane = LANE[String(r.Type)] ?? String(r.Type);
    const outcome = String(r.ResultType) === '0' ? 'success' : 'failure';
    return {
      CreatedDateTime: isoTime(r.CreatedDateTime),
      Type: String(r.Type),
      Lane: lane,
      Kind: `${lane} · ${outcome}`,
      IPAddress: String(r.IPAddress ?? ''),
      AppDisplayName: String(r.AppDisplayName ?? ''),
      ResultType: String(r.ResultType ?? ''),
      City: String(r.City ?? ''),
      ClientAppUsed: String(r.ClientAppUsed ?? ''),
    };
  });
  const users = [...new Set(all.map((r) => r.UserPrincipalName).filter(Boolean))];
  const who = users.length === 1 ? users[0] : `${users.length || 'unnamed'} users`;
  const counts = { interactive: 0, 'non-interactive': 0 } as Record<string, number>;
  for (const v of values) counts[v.Lane] = (counts[v.Lane] ?? 0) + 1;
  const cut = total > values.length ? `; first ${values.length} of ${total} sign-ins shown` : '';
  const subtitle = `${counts.interactive} interactive (upper lane), ${counts['non-interactive']} non-interactive (lower lane)${cut}`;
  const distinct = new Set(values.map((v) => v[y])).size;
  return {
    ...base(options.title ?? `Sign-ins of ${who} by ${y} (UTC)`, 640, Math.max(60, distinct * 34), subtitle),
    data: { values },
    // interactive marks last, so they are drawn on top wherever lanes touch
    transform: [{ calculate: "datum.Lane === 'interactive' ? 1 : 0", as: 'DrawOrder' }],
    params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
    mark: { type: 'point', filled: true, opacity: 0.85, size: { expr: "datum.Lane === 'interactive' ? 90 : 28" } },
    encoding: {
      x: { field: 'CreatedDateTime', type: 'temporal', title: 'CreatedDateTime (UTC)', scale: { type: 'utc', padding: 10 }, axis: { format: '%m-%d %H:%M', tickCount: 7, labelOverlap: 'greedy' } },
      // no axis title: the chart title names the field, and long labels (IPv6) would run into a rotated title
      y: { field: y, type: 'nominal', title: null, axis: { ...WIDE_AXIS, grid: true, tickBand: 'extent' } },
      yOffset: { field: 'Lane', type: 'nominal', scale: { domain: ['interactive', 'non-interactive'], paddingOuter: 0.2 } },
      color: { field: 'Kind', type: 'nominal', title: 'table · outcome', scale: { ...TIMELINE_KINDS }, legend: WIDE_LEGEND },
      // shape on the same field as colour, so the one legend shows each kind as it is drawn
      shape: { field: 'Kind', type: 'nominal', title: 'table · outcome', scale: { domain: [...TIMELINE_KINDS.domain], range: ['circle', 'circle', 'square', 'square'] }, legend: WIDE_LEGEND },
      order: { field: 'DrawOrder', type: 'quantitative' },
      tooltip: [
        { field: 'CreatedDateTime', type: 'nominal', title: 'CreatedDateTime (UTC)' },
        { field: 'Type', type: 'nominal', title: 'table' },
        { field: 'IPAddress', type: 'nominal' },
        { field: 'City', type: 'nominal' },
        { field: 'AppDisplayName', type: 'nominal' },
        { field: 'ClientAppUsed', type: 'nominal' },
        { field: 'ResultType', type: 'nominal' },
      ],
    },
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}
