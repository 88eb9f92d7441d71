/**
 * Union: both tables as one event stream, with Type and IsInteractive kept so each row says where it came from. Right
 * for one user's full picture; wrong for population questions, where the non-interactive volume (50-100x) drowns the
 * interactive events that matter, so the result warns when it spans many users.
 */
import { isoTime } from '../../iso-time';
import { TABLE_NAMES } from '../../schema/table-names';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type ParameterDefs } from '../analysis';
import { latestRows, timelineRow, type TimelineRow } from '../user-timeline/timeline-row';
import { unionKql } from './kql';

export interface UnionParams {
  user: string;
  limit: number;
  populationUsers: number;
}

const parameters: ParameterDefs<UnionParams> = {
  user: { default: '', description: 'Only this UserPrincipalName (empty: everyone).', source: 'Analyst input.' },
  limit: {
    default: 1000,
    description: 'Rows returned (the latest ones, in time order); tables.summary always counts every row.',
    source: 'Our choice: what a notebook can show; raise it for an export.',
  },
  populationUsers: {
    default: 10,
    description: 'Above this many users the union is a population query and a warning says to start from SigninLogs.',
    source: 'Course guidance (union for one user\'s investigation; population queries on SigninLogs first); the number is our choice.',
  },
};

export const union: Analysis<UnionParams, TimelineRow> = {
  id: 'union',
  title: 'Both tables as one',
  question: 'What does the complete authentication picture look like, interactive and non-interactive together?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters,

  run(table: SignInTable, overrides?: Partial<UnionParams>): AnalysisResult<UnionParams, TimelineRow> {
    const p = resolveParameters(parameters, overrides);
    const scoped = p.user ? table.forUser(p.user) : table;
    const ks = latestRows(scoped, p.limit);
    const rows = ks.map((k) => timelineRow(scoped, k));
    const summary = summarize(scoped);
    const users = new Set<number>();
    const upn = scoped.column('UserPrincipalName').codes;
    for (let k = 0; k < scoped.length; k++) users.add(upn[scoped.position(k)]);

    const warnings: string[] = [];
    if (users.size > p.populationUsers) {
      warnings.push(
        `The union spans ${users.size} users: aggregated across users, non-interactive volume drowns the interactive ` +
          'sign-ins. For population questions (legacy protocols, Conditional Access failures) start from SigninLogs alone; ' +
          'use the union for one user.',
      );
    }
    if (rows.length < scoped.length) warnings.push(`Showing the latest ${rows.length} of ${scoped.length} rows (parameter limit).`);
    if (p.user && scoped.length === 0) warnings.push(`No rows for ${p.user}.`);
    return { id: 'union', parameters: p, rows, tables: { summary }, findings: [], warnings };
  },

  kql(overrides, scope) {
    return unionKql(resolveParameters(parameters, overrides), scope);
  },
};

/** Rows, users, IPs and apps per table, with the time span, plus a share of all rows. */
function summarize(table: SignInTable): Record<string, unknown>[] {
  const type = table.column('Type');
  const cols = { upn: table.column('UserPrincipalName').codes, ip: table.column('IPAddress').codes, app: table.column('AppDisplayName').codes };
  const time = table.column('CreatedDateTime').values;
  const acc = TABLE_NAMES.map((name) => ({ code: type.codeOf(name), rows: 0, users: new Set<number>(), ips: new Set<number>(), apps: new Set<number>(), first: Infinity, last: -Infinity }));
  for (let k = 0; k < table.length; k++) {
    const pos = table.position(k);
    const a = acc.find((x) => x.code === type.codes[pos]);
    if (!a) continue;
    a.rows++;
    if (cols.upn[pos]) a.users.add(cols.upn[pos]); // code 0 is the empty string
    if (cols.ip[pos]) a.ips.add(cols.ip[pos]);
    if (cols.app[pos]) a.apps.add(cols.app[pos]);
    if (time[pos] < a.first) a.first = time[pos];
    if (time[pos] > a.last) a.last = time[pos];
  }
  return TABLE_NAMES.map((name, i) => ({
    Type: name,
    IsInteractive: name === 'SigninLogs',
    Rows: acc[i].rows,
    Share: table.length ? Math.round((acc[i].rows / table.length) * 1000) / 10 : 0,
    Users: acc[i].users.size,
    IPAddresses: acc[i].ips.size,
    Apps: acc[i].apps.size,
    First: acc[i].rows ? isoTime(acc[i].first) : '',
    Last: acc[i].rows ? isoTime(acc[i].last) : '',
  }));
}
