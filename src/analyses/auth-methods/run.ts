/**
 * Runs auth-methods over a table: each row's AuthenticationMethods split into catalogue methods once per distinct
 * value (`each`, KQL's mv-expand), a rollup by Type × method, and per table how much was phishing-resistant.
 */
import { describeAuthMethod, splitAuthMethods, type AuthMethodDef, type AuthMethodGroup } from '../../schema/auth-methods';
import { count, countIf, setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { each } from '../../table/group-keys';
import { rollup } from '../../table/rollup';
import { matches } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import type { AuthMethodsParams } from './parameters';
import { undercountOf, undercountWarnings } from './undercount';

/** One method in one table. */
export interface AuthMethodsRow {
  Type: string;
  AuthenticationMethod: string;
  Group: AuthMethodGroup;
  PhishingResistant: boolean;
  SignIns: number;
  /** Distinct UserPrincipalNames (an empty one counts, as the twin's make_set counts it). */
  Users: number;
}

const methodsOf = (v: string): AuthMethodDef[] => splitAuthMethods(v).map(describeAuthMethod);
/** A credential was presented: some method other than a token claim ("Previously satisfied"). */
const CREDENTIAL = matches('AuthenticationMethods', (v) => methodsOf(v).some((m) => m.group !== 'token'));
const PHISHING_RESISTANT = matches('AuthenticationMethods', (v) => methodsOf(v).some((m) => m.phishingResistant));
/** Per table: sign-ins, those presenting a credential, the phishing-resistant ones, and the users behind them. */
const TOTALS = {
  SignIns: count(),
  CredentialSignIns: countIf(CREDENTIAL),
  PhishingResistantSignIns: countIf(PHISHING_RESISTANT),
  Users: setSize('UserPrincipalName'),
  UsersWithPhishingResistant: setSize('UserPrincipalName', PHISHING_RESISTANT),
};

export function runAuthMethods(table: SignInTable, p: AuthMethodsParams): AnalysisResult<AuthMethodsParams, AuthMethodsRow> {
  // ResultType compared trimmed, as the catalogue's codes are; the filter is applied once, as a view.
  const counted = p.successOnly ? table.where(matches('ResultType', (v) => v.trim() === '0')) : table;
  const method = each('AuthenticationMethods', (v) => methodsOf(v).map((m) => m.value), 'AuthenticationMethod');
  const rows: AuthMethodsRow[] = rollup(groupBy(counted, ['Type', method]), { SignIns: count(), Users: setSize('UserPrincipalName') })
    .map((r) => {
      const d = describeAuthMethod(r.AuthenticationMethod as string);
      return { Type: r.Type as string, AuthenticationMethod: d.value, Group: d.group, PhishingResistant: d.phishingResistant, SignIns: r.SignIns, Users: r.Users };
    })
    .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns || a.AuthenticationMethod.localeCompare(b.AuthenticationMethod));

  const perType = rollup(groupBy(counted, 'Type'), TOTALS).sort((a, b) => String(a.Type).localeCompare(String(b.Type)));
  const perTable = [...perType, { Type: 'both', ...rollup(groupBy(counted, []), TOTALS)[0] }].map((t) => ({
    Type: t.Type as string,
    SignIns: t.SignIns,
    CredentialSignIns: t.CredentialSignIns,
    PhishingResistantSignIns: t.PhishingResistantSignIns,
    PhishingResistantShare: t.CredentialSignIns ? t.PhishingResistantSignIns / t.CredentialSignIns : 0,
    Users: t.Users,
    UsersWithPhishingResistant: t.UsersWithPhishingResistant,
  }));
  const undercount = undercountOf(rows);
  return { id: 'auth-methods', parameters: p, rows, tables: { perTable, undercount }, findings: [], warnings: undercountWarnings(undercount) };
}
