/** Runs app-footprint over a table: one rollup by AppDisplayName of the per-table counts and the users behind them. */
import { isoTime } from '../../iso-time';
import { setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { byVolume, INTERACTIVE, NON_INTERACTIVE, TABLE_SPLIT } from '../table-split';
import type { AppFootprintParams } from './parameters';

export type AppFootprintRow = {
  AppDisplayName: string;
  Interactive: number;
  NonInteractive: number;
  /** Distinct users in all, and per table (an empty UserPrincipalName counts as one, as the twin's make_set does). */
  Users: number;
  InteractiveUsers: number;
  NonInteractiveUsers: number;
  /** Seen only in non-interactive sign-ins: it refreshes silently, nobody opened it in this period. */
  SilentOnly: boolean;
  Failures: number;
  First: string;
  Last: string;
};

export function runAppFootprint(table: SignInTable, p: AppFootprintParams): AnalysisResult<AppFootprintParams, AppFootprintRow> {
  const scoped = p.user ? table.forUser(p.user) : table;
  const rows: AppFootprintRow[] = rollup(groupBy(scoped, 'AppDisplayName'), {
    ...TABLE_SPLIT,
    Users: setSize('UserPrincipalName'),
    InteractiveUsers: setSize('UserPrincipalName', INTERACTIVE),
    NonInteractiveUsers: setSize('UserPrincipalName', NON_INTERACTIVE),
  })
    .map((r) => ({
      AppDisplayName: r.AppDisplayName as string,
      Interactive: r.Interactive,
      NonInteractive: r.NonInteractive,
      Users: r.Users,
      InteractiveUsers: r.InteractiveUsers,
      NonInteractiveUsers: r.NonInteractiveUsers,
      SilentOnly: r.Interactive === 0 && r.NonInteractive > 0,
      Failures: r.Failures,
      First: isoTime(r.First),
      Last: isoTime(r.Last),
    }))
    .sort(byVolume((r) => r.AppDisplayName));
  const warnings: string[] = [];
  if (p.user && scoped.length === 0) warnings.push(`No rows for ${p.user}.`);
  if (rows.some((r) => r.AppDisplayName === '')) warnings.push('Some rows have no AppDisplayName; they are counted under "".');
  return { id: 'app-footprint', parameters: p, rows, findings: [], warnings };
}
