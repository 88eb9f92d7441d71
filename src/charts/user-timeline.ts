/**
 * One user's sign-ins on a time line, against the IP address or the app they came from. Interactive sign-ins (circles)
 * among the token refreshes (squares) show where a session started; a new IP appearing only in refreshes is the shape
 * of a stolen token.
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

/**
 * Points of one user's sign-ins: x = CreatedDateTime (UTC), y = IP or app, shape = table, colour = success/failure.
 *
 * @param input the user's sign-ins: `table.forUser(upn)` or rows with the same fields
 * @example show(userTimelineChart(table.forUser('alice@contoso.com'), { y: 'AppDisplayName' }))
 */
export function userTimelineChart(input: SignInTable | readonly TimelineChartRow[], options: TimelineOptions = {}): VegaLiteSpec {
  const y = options.y ?? 'IPAddress';
  const limit = options.limit ?? 5000;
  const all = Array.isArray(input) ? (input as readonly TimelineChartRow[]) : (input as SignInTable).sortByTime().take(range(Math.min(limit, (input as SignInTable).length))).rows();
  const total = Array.isArray(input) ? input.length : (input as SignInTable).length;
  const values = all.slice(0, limit).map((r) => ({
    CreatedDateTime: isoTime(r.CreatedDateTime),
    Type: String(r.Type),
    IPAddress: String(r.IPAddress ?? ''),
    AppDisplayName: String(r.AppDisplayName ?? ''),
    ResultType: String(r.ResultType ?? ''),
    Outcome: String(r.ResultType) === '0' ? 'success' : 'failure or interrupt',
    City: String(r.City ?? ''),
    ClientAppUsed: String(r.ClientAppUsed ?? ''),
  }));
  const users = [...new Set(all.map((r) => r.UserPrincipalName).filter(Boolean))];
  const who = users.length === 1 ? users[0] : `${users.length || 'unnamed'} users`;
  const cut = total > values.length ? `first ${values.length} of ${total} sign-ins shown` : '';
  const distinct = new Set(values.map((v) => v[y])).size;
  return {
    ...base(options.title ?? `Sign-ins of ${who} by ${y} (UTC)`, 640, Math.max(80, distinct * 22), cut),
    data: { values },
    mark: { type: 'point', filled: true, size: 60, opacity: 0.8 },
    encoding: {
      x: { field: 'CreatedDateTime', type: 'temporal', title: 'CreatedDateTime (UTC)', scale: { type: 'utc' }, axis: { format: '%m-%d %H:%M' } },
      y: { field: y, type: 'nominal', title: y, axis: WIDE_AXIS },
      shape: { field: 'Type', type: 'nominal', title: 'table', scale: { domain: [...TABLE_COLOURS.domain], range: ['circle', 'square'] }, legend: WIDE_LEGEND },
      color: {
        field: 'Outcome',
        type: 'nominal',
        title: 'outcome',
        legend: WIDE_LEGEND,
        scale: { domain: ['success', 'failure or interrupt'], range: ['#2ca02c', '#d62728'] },
      },
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
