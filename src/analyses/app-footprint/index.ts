/**
 * App footprint: per application, what the user opened (interactive) against what refreshes silently in the
 * background (non-interactive); silent-only apps are the ones users do not know are running, and the broader
 * footprint a stolen token reaches.
 */
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type ParameterDefs } from '../analysis';
import { appFootprintKql } from './kql';
import { countBy } from '../count-by';

export interface AppFootprintParams {
  user: string;
}

export type AppFootprintRow = {
  AppDisplayName: string;
  Interactive: number;
  NonInteractive: number;
  /** Distinct users in all, and per table. */
  Users: number;
  InteractiveUsers: number;
  NonInteractiveUsers: number;
  /** Seen only in non-interactive sign-ins: it refreshes silently, nobody opened it in this period. */
  SilentOnly: boolean;
  Failures: number;
  First: string;
  Last: string;
};

const parameters: ParameterDefs<AppFootprintParams> = {
  user: { default: '', description: 'Only this UserPrincipalName (empty: everyone).', source: 'Analyst input.' },
};

export const appFootprint: Analysis<AppFootprintParams, AppFootprintRow> = {
  id: 'app-footprint',
  title: 'Applications: opened vs refreshing silently',
  question: 'Which applications did users open, and which refresh tokens in the background without them?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters,

  run(table: SignInTable, overrides?: Partial<AppFootprintParams>): AnalysisResult<AppFootprintParams, AppFootprintRow> {
    const p = resolveParameters(parameters, overrides);
    const scoped = p.user ? table.forUser(p.user) : table;
    const rows = countBy(scoped, 'AppDisplayName').map((c) => ({
      AppDisplayName: c.value,
      Interactive: c.interactive,
      NonInteractive: c.nonInteractive,
      Users: new Set([...c.interactiveUsers, ...c.nonInteractiveUsers]).size,
      InteractiveUsers: c.interactiveUsers.size,
      NonInteractiveUsers: c.nonInteractiveUsers.size,
      SilentOnly: c.interactive === 0 && c.nonInteractive > 0,
      Failures: c.failures,
      First: isoTime(c.first),
      Last: isoTime(c.last),
    }));
    const warnings: string[] = [];
    if (p.user && scoped.length === 0) warnings.push(`No rows for ${p.user}.`);
    if (rows.some((r) => r.AppDisplayName === '')) warnings.push('Some rows have no AppDisplayName; they are counted under "".');
    return { id: 'app-footprint', parameters: p, rows, findings: [], warnings };
  },

  kql(overrides, scope) {
    return appFootprintKql(resolveParameters(parameters, overrides), scope);
  },
};
