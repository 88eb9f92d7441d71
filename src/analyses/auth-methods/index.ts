/**
 * Authentication methods across both tables: which methods signed users in, per table, and how much of it was
 * phishing-resistant (FIDO2, passkeys, Windows Hello for Business, certificates). Since April 2025 a FIDO2 sign-in that
 * obtains a refresh token is logged in the non-interactive table, so counting SigninLogs alone undercounts FIDO2 and
 * passkey use; the `undercount` table and the warning say by how much.
 *
 * Pipeline: catalogue lookup per AuthenticationMethods dictionary code → one pass counting rows and users per
 * method × table → per-table shares and the per-method undercount.
 */
import { describeAuthMethod, splitAuthMethods, type AuthMethodGroup } from '../../schema/auth-methods';
import { INTERACTIVE_TABLE, NON_INTERACTIVE_TABLE } from '../../schema/table-names';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { authMethodsKql } from './kql';
import { codeMask, perCode } from '../../table/code-mask';

export interface AuthMethodsParams {
  successOnly: boolean;
}

/** One method in one table. */
export interface AuthMethodsRow {
  Type: string;
  AuthenticationMethod: string;
  Group: AuthMethodGroup;
  PhishingResistant: boolean;
  SignIns: number;
  Users: number;
}

interface CodeFacts {
  methods: { id: number; value: string; group: AuthMethodGroup; pr: boolean }[];
  credential: boolean;
  pr: boolean;
}

interface TableTotals {
  Type: string;
  SignIns: number;
  /** Sign-ins where a credential was presented (a method other than a token claim). */
  CredentialSignIns: number;
  PhishingResistantSignIns: number;
  PhishingResistantShare: number;
  Users: number;
  UsersWithPhishingResistant: number;
}

export const authMethods: Analysis<AuthMethodsParams, AuthMethodsRow> = {
  id: 'auth-methods',
  title: 'Authentication methods',
  question: 'Which authentication methods do users sign in with, how much is phishing-resistant, and what does SigninLogs alone miss?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    successOnly: {
      default: true,
      description: 'Count only successful sign-ins (ResultType 0).',
      source: 'our choice: a method counts as used when the sign-in it belongs to succeeded',
    },
  },

  run(table: SignInTable, overrides?: Partial<AuthMethodsParams>): AnalysisResult<AuthMethodsParams, AuthMethodsRow> {
    const params = resolveParameters(this.parameters, overrides);
    const mCol = table.column('AuthenticationMethods');
    const typeCol = table.column('Type');
    const upnCol = table.column('UserPrincipalName');
    const res = table.column('ResultType');
    const success = codeMask(res, ['0']);
    const ids = new Map<string, number>();
    const facts = perCode(mCol, (v): CodeFacts => {
      const methods = splitAuthMethods(v).map((s) => {
        const d = describeAuthMethod(s);
        const id = ids.get(d.value) ?? ids.set(d.value, ids.size).get(d.value)!;
        return { id, value: d.value, group: d.group, pr: d.phishingResistant };
      });
      return { methods, credential: methods.some((m) => m.group !== 'token'), pr: methods.some((m) => m.pr) };
    });

    const groups = new Map<number, { row: AuthMethodsRow; users: Set<number> }>();
    const typeN = typeCol.values.length;
    const totals = new Map<number, { t: TableTotals; users: Set<number>; prUsers: Set<number> }>();
    const both = { t: emptyTotals('both'), users: new Set<number>(), prUsers: new Set<number>() };
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      if (params.successOnly && !success[res.codes[p]]) continue;
      const tc = typeCol.codes[p];
      const ty = typeCol.values[tc];
      const u = upnCol.codes[p];
      const f = facts[mCol.codes[p]];
      let tt = totals.get(tc);
      if (!tt) totals.set(tc, (tt = { t: emptyTotals(ty), users: new Set(), prUsers: new Set() }));
      count(tt, u, f);
      count(both, u, f);
      for (const m of f.methods) {
        const key = m.id * typeN + typeCol.codes[p];
        let g = groups.get(key);
        if (!g) {
          const row: AuthMethodsRow = { Type: ty, AuthenticationMethod: m.value, Group: m.group, PhishingResistant: m.pr, SignIns: 0, Users: 0 };
          groups.set(key, (g = { row, users: new Set() }));
        }
        g.row.SignIns++;
        g.users.add(u);
      }
    }

    const rows = [...groups.values()]
      .map((g) => ({ ...g.row, Users: g.users.size }))
      .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns || a.AuthenticationMethod.localeCompare(b.AuthenticationMethod));

    const perTable = [...[...totals.values()].sort((a, b) => a.t.Type.localeCompare(b.t.Type)), both].map(({ t, users, prUsers }) => ({
      ...t,
      PhishingResistantShare: t.CredentialSignIns ? t.PhishingResistantSignIns / t.CredentialSignIns : 0,
      Users: users.size,
      UsersWithPhishingResistant: prUsers.size,
    }));

    const undercount = undercountOf(rows);
    const missed = undercount.reduce((n, r) => n + r.MissedByInteractiveOnly, 0);
    const all = undercount.reduce((n, r) => n + r.Total, 0);
    const warnings =
      missed > 0
        ? [
            `Counting ${INTERACTIVE_TABLE} alone misses ${missed} of ${all} phishing-resistant sign-ins (${Math.round((missed / all) * 100)}%): ` +
              'since April 2025 FIDO2 sign-ins that obtain a refresh token are logged in the non-interactive table.',
          ]
        : [];
    return { id: this.id, parameters: params, rows, tables: { perTable, undercount }, findings: [], warnings };
  },

  kql(overrides?: Partial<AuthMethodsParams>, scope?: KqlScope): string {
    return String(authMethodsKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** Method counts raise no findings: they measure adoption. */
  findingsFromRows: () => [],
};

function count(acc: { t: TableTotals; users: Set<number>; prUsers: Set<number> }, u: number, f: CodeFacts): void {
  acc.t.SignIns++;
  acc.users.add(u);
  if (f.credential) acc.t.CredentialSignIns++;
  if (f.pr) {
    acc.t.PhishingResistantSignIns++;
    acc.prUsers.add(u);
  }
}

function emptyTotals(Type: string): TableTotals {
  return { Type, SignIns: 0, CredentialSignIns: 0, PhishingResistantSignIns: 0, PhishingResistantShare: 0, Users: 0, UsersWithPhishingResistant: 0 };
}

/** Per phishing-resistant method: sign-ins in each table and what an interactive-only count would miss. */
export function undercountOf(rows: readonly AuthMethodsRow[]) {
  const by = new Map<string, { AuthenticationMethod: string; SigninLogs: number; AADNonInteractiveUserSignInLogs: number }>();
  for (const r of rows) {
    if (!r.PhishingResistant) continue;
    const e = by.get(r.AuthenticationMethod) ?? { AuthenticationMethod: r.AuthenticationMethod, SigninLogs: 0, AADNonInteractiveUserSignInLogs: 0 };
    by.set(r.AuthenticationMethod, e);
    if (r.Type === INTERACTIVE_TABLE) e.SigninLogs += r.SignIns;
    else if (r.Type === NON_INTERACTIVE_TABLE) e.AADNonInteractiveUserSignInLogs += r.SignIns;
  }
  return [...by.values()]
    .map((e) => {
      const Total = e.SigninLogs + e.AADNonInteractiveUserSignInLogs;
      return { ...e, Total, MissedByInteractiveOnly: e.AADNonInteractiveUserSignInLogs, MissedShare: Total ? e.AADNonInteractiveUserSignInLogs / Total : 0 };
    })
    .sort((a, b) => b.Total - a.Total);
}
