/**
 * Runs token-types over a table: a rollup by Type × canonical IncomingTokenType (normalised once per distinct value,
 * not per row), the PRT / refresh-token split per table, and per user × app the tokens each pair presented.
 */
import { normalizeTokenType, TOKEN_TYPE_DEFS, type TokenType } from '../../schema/token-types';
import { count, countIf, setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { mapped } from '../../table/group-keys';
import { rollup } from '../../table/rollup';
import { matches } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import type { TokenTypesParams } from './parameters';

/** One token type in one table. */
export interface TokenTypesRow {
  Type: string;
  /** Canonical value (primaryRefreshToken...), the logged text when unrecognised, "" when not recorded. */
  IncomingTokenType: string;
  Label: string;
  /** 0-3, PRT highest (catalogue ranking); 0 for unrecognised and empty values. */
  ReplayWeight: number;
  SignIns: number;
  /** Distinct users and apps (an empty name counts, as the twin's make_set counts it). */
  Users: number;
  Apps: number;
  /** Share of the table's rows. */
  Share: number;
}

export type TokenTypesUserAppRow = {
  UserPrincipalName: string;
  AppDisplayName: string;
  SignIns: number;
  PrimaryRefreshToken: number;
  RefreshToken: number;
  Other: number;
  NotRecorded: number;
  /** PRT / (PRT + refresh token); 0 when neither. */
  PrtShare: number;
};

/** The catalogue's value when recognised, the logged text (trimmed) otherwise, "" when not recorded. */
const canonical = (v: string): string => normalizeTokenType(v) ?? v.trim();
const tokenIs = (t: string) => matches('IncomingTokenType', (v) => canonical(v) === t);
const share = (part: number, whole: number): number => (whole ? part / whole : 0);

export function runTokenTypes(table: SignInTable, p: TokenTypesParams): AnalysisResult<TokenTypesParams, TokenTypesRow> {
  const counts = rollup(groupBy(table, ['Type', mapped('IncomingTokenType', canonical)]), {
    SignIns: count(),
    Users: setSize('UserPrincipalName'),
    Apps: setSize('AppDisplayName'),
  });
  const tableRows = new Map<string, number>();
  for (const c of counts) tableRows.set(c.Type as string, (tableRows.get(c.Type as string) ?? 0) + c.SignIns);
  const rows: TokenTypesRow[] = counts
    .map((c) => ({ ...describe(c.Type as string, c.IncomingTokenType as string), SignIns: c.SignIns, Users: c.Users, Apps: c.Apps, Share: c.SignIns / tableRows.get(c.Type as string)! }))
    .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);

  const prtVsRefresh = [...tableRows.keys()].sort().map((Type) => {
    const signIns = (tok: TokenType) => rows.find((r) => r.Type === Type && r.IncomingTokenType === tok)?.SignIns ?? 0;
    const prt = signIns('primaryRefreshToken');
    const rt = signIns('refreshToken');
    return { Type, PrimaryRefreshToken: prt, RefreshToken: rt, PrtShare: share(prt, prt + rt) };
  });
  const missing = rows.filter((r) => r.IncomingTokenType === '').reduce((n, r) => n + r.SignIns, 0);
  const warnings = missing
    ? [`${missing} sign-ins carry no IncomingTokenType (the column arrived in late 2024; older rows and some exports lack it).`]
    : [];
  const tables = { prtVsRefresh, ...(p.perUserApp ? { perUserApp: perUserApp(table) } : {}) };
  return { id: 'token-types', parameters: p, rows, tables, findings: [], warnings };
}

/** Per user × app: sign-ins by the token presented, users first by name, then their busiest apps. */
function perUserApp(table: SignInTable): TokenTypesUserAppRow[] {
  return rollup(groupBy(table, ['UserPrincipalName', 'AppDisplayName']), {
    SignIns: count(),
    PrimaryRefreshToken: countIf(tokenIs('primaryRefreshToken')),
    RefreshToken: countIf(tokenIs('refreshToken')),
    NotRecorded: countIf(tokenIs('')),
  })
    .map((r) => ({
      UserPrincipalName: r.UserPrincipalName as string,
      AppDisplayName: r.AppDisplayName as string,
      SignIns: r.SignIns,
      PrimaryRefreshToken: r.PrimaryRefreshToken,
      RefreshToken: r.RefreshToken,
      Other: r.SignIns - r.PrimaryRefreshToken - r.RefreshToken - r.NotRecorded,
      NotRecorded: r.NotRecorded,
      PrtShare: share(r.PrimaryRefreshToken, r.PrimaryRefreshToken + r.RefreshToken),
    }))
    .sort((a, b) => a.UserPrincipalName.localeCompare(b.UserPrincipalName) || b.SignIns - a.SignIns);
}

/** Label and replay weight from the catalogue; unrecognised values show as logged and weigh 0. */
function describe(Type: string, token: string): Pick<TokenTypesRow, 'Type' | 'IncomingTokenType' | 'Label' | 'ReplayWeight'> {
  const def = token in TOKEN_TYPE_DEFS ? TOKEN_TYPE_DEFS[token as TokenType] : null;
  return { Type, IncomingTokenType: token, Label: def ? def.label : token === '' ? '(not recorded)' : token, ReplayWeight: def ? def.replayWeight : 0 };
}
