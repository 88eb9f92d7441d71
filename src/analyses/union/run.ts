/** Runs the union over a table: the latest rows of both tables in time order, and a summary per table. */
import { isoTime } from '../../iso-time';
import { count, distinct, max, min } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import { TABLE_NAMES } from '../../schema/table-names';
import type { AnalysisResult } from '../analysis';
import { latestRows, timelineRow, type TimelineRow } from '../user-timeline/timeline-row';
import type { UnionParams } from './parameters';

export function runUnion(table: SignInTable, p: UnionParams): AnalysisResult<UnionParams, TimelineRow> {
  const scoped = p.user ? table.forUser(p.user) : table;
  const rows = latestRows(scoped, p.limit).map((k) => timelineRow(scoped, k));
  const users = groupBy(scoped, 'UserPrincipalName').length;
  const warnings: string[] = [];
  if (users > p.populationUsers) {
    warnings.push(
      `The union spans ${users} users: aggregated across users, non-interactive volume drowns the interactive ` +
        'sign-ins. For population questions (legacy protocols, Conditional Access failures) start from SigninLogs alone; ' +
        'use the union for one user.',
    );
  }
  if (rows.length < scoped.length) warnings.push(`Showing the latest ${rows.length} of ${scoped.length} rows (parameter limit).`);
  if (p.user && scoped.length === 0) warnings.push(`No rows for ${p.user}.`);
  return { id: 'union', parameters: p, rows, tables: { summary: summarize(scoped) }, findings: [], warnings };
}

/** Rows, users, IPs and apps per table, with the time span, plus a share of all rows. */
function summarize(table: SignInTable): Record<string, unknown>[] {
  const perTable = new Map(
    rollup(groupBy(table, 'Type'), {
      Rows: count(),
      Users: distinct('UserPrincipalName'),
      IPAddresses: distinct('IPAddress'),
      Apps: distinct('AppDisplayName'),
      First: min('CreatedDateTime'),
      Last: max('CreatedDateTime'),
    }).map((r) => [r.Type, r]),
  );
  return TABLE_NAMES.map((name) => {
    const r = perTable.get(name);
    return {
      Type: name,
      IsInteractive: name === 'SigninLogs',
      Rows: r?.Rows ?? 0,
      Share: table.length && r ? Math.round((r.Rows / table.length) * 1000) / 10 : 0,
      Users: r?.Users ?? 0,
      IPAddresses: r?.IPAddresses ?? 0,
      Apps: r?.Apps ?? 0,
      First: r ? isoTime(r.First) : '',
      Last: r ? isoTime(r.Last) : '',
    };
  });
}
