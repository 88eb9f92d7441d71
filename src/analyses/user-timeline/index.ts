/**
 * User timeline: everything one user did, both tables, in time order, with the fields an investigator reads, and
 * per-IP and per-app summaries. The union pattern used as the course intends it: for one user.
 */
import { UserError } from '../../errors';
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type ParameterDefs } from '../analysis';
import { countBy } from '../count-by';
import { latestRows, timelineRow, type TimelineRow } from './timeline-row';
import { userTimelineKql } from './kql';

export interface UserTimelineParams {
  user: string;
  limit: number;
}

const parameters: ParameterDefs<UserTimelineParams> = {
  user: { default: '', description: 'The UserPrincipalName to follow (required).', source: 'Analyst input.' },
  limit: {
    default: 5000,
    description: 'Rows returned (the latest ones); the per-IP and per-app summaries count every row.',
    source: 'Our choice: a busy user makes hundreds of events a day.',
  },
};

function requireUser(user: string): string {
  const u = user.trim();
  if (!u) throw new UserError('user-timeline needs a user: pass { user: "name@contoso.com" } (a UserPrincipalName).');
  return u;
}

export const userTimeline: Analysis<UserTimelineParams, TimelineRow> = {
  id: 'user-timeline',
  title: 'One user, both tables, in time order',
  question: 'What did this account do, interactively and silently, from where, with which apps and tokens?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters,

  run(table: SignInTable, overrides?: Partial<UserTimelineParams>): AnalysisResult<UserTimelineParams, TimelineRow> {
    const p = resolveParameters(parameters, overrides);
    const mine = table.forUser(requireUser(p.user));
    const rows = latestRows(mine, p.limit).map((k) => timelineRow(mine, k));
    const perIp = countBy(mine, 'IPAddress').map((c) => ({
      IPAddress: c.value,
      City: mine.column('City').get(c.sample),
      CountryOrRegion: mine.column('CountryOrRegion').get(c.sample),
      AutonomousSystemNumber: mine.column('AutonomousSystemNumber').get(c.sample),
      Interactive: c.interactive,
      NonInteractive: c.nonInteractive,
      Failures: c.failures,
      First: isoTime(c.first),
      Last: isoTime(c.last),
    }));
    const perApp = countBy(mine, 'AppDisplayName').map((c) => ({
      AppDisplayName: c.value,
      Interactive: c.interactive,
      NonInteractive: c.nonInteractive,
      Failures: c.failures,
      First: isoTime(c.first),
      Last: isoTime(c.last),
    }));
    const warnings: string[] = [];
    if (mine.length === 0) warnings.push(`No rows for ${p.user}.`);
    if (rows.length < mine.length) warnings.push(`Showing the latest ${rows.length} of ${mine.length} rows (parameter limit).`);
    return { id: 'user-timeline', parameters: p, rows, tables: { perIp, perApp }, findings: [], warnings };
  },

  kql(overrides, scope) {
    const p = resolveParameters(parameters, overrides);
    requireUser(p.user || scope?.user || '');
    return userTimelineKql({ ...p, user: p.user || scope?.user || '' }, scope);
  },
};
