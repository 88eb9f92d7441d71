/** Runs user-timeline over a table: one user's latest rows in time order, and rollups of them per IP and per app. */
import { isoTime } from '../../iso-time';
import { first } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { byVolume, TABLE_SPLIT } from '../table-split';
import { requireUser, type UserTimelineParams } from './parameters';
import { latestRows, timelineRow, type TimelineRow } from './timeline-row';

export function runUserTimeline(table: SignInTable, p: UserTimelineParams): AnalysisResult<UserTimelineParams, TimelineRow> {
  const mine = table.forUser(requireUser(p.user));
  const rows = latestRows(mine, p.limit).map((k) => timelineRow(mine, k));
  const perIp = rollup(groupBy(mine, 'IPAddress'), {
    // Where the address is: from its first row that says (rows of one address share it).
    City: first('City'),
    CountryOrRegion: first('CountryOrRegion'),
    AutonomousSystemNumber: first('AutonomousSystemNumber'),
    ...TABLE_SPLIT,
  })
    .sort(byVolume((r) => String(r.IPAddress)))
    .map((r) => ({ ...r, First: isoTime(r.First), Last: isoTime(r.Last) }));
  const perApp = rollup(groupBy(mine, 'AppDisplayName'), TABLE_SPLIT)
    .sort(byVolume((r) => String(r.AppDisplayName)))
    .map((r) => ({ ...r, First: isoTime(r.First), Last: isoTime(r.Last) }));
  const warnings: string[] = [];
  if (mine.length === 0) warnings.push(`No rows for ${p.user}.`);
  if (rows.length < mine.length) warnings.push(`Showing the latest ${rows.length} of ${mine.length} rows (parameter limit).`);
  return { id: 'user-timeline', parameters: p, rows, tables: { perIp, perApp }, findings: [], warnings };
}
