/**
 * Token types: which token clients presented (IncomingTokenType), per table and per user × app. A primary refresh
 * token gives SSO to every app, so a PRT stream from an odd place is worth more than a refresh-token one; the share of
 * PRT against refresh tokens is the baseline the token-replay detector is read against. Display forms such as
 * "Primary Refresh Token" are normalised; values we do not recognise are kept as logged, empty ones apart.
 *
 * Pipeline: canonical token type per dictionary code → one pass counting per table × type and per user × app.
 */
import { TOKEN_TYPE_DEFS, normalizeTokenType } from '../../schema/token-types';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { perCode } from '../../table/code-mask';
import { tokenTypesKql } from './kql';

export interface TokenTypesParams {
  perUserApp: boolean;
}

/** One token type in one table. */
export interface TokenTypesRow {
  Type: string;
  /** Canonical value (primaryRefreshToken...), the logged text when unrecognised, "" when not recorded. */
  IncomingTokenType: string;
  Label: string;
  /** 0-3, PRT highest (catalogue ranking); 0 for unrecognised and empty values. */
  ReplayWeight: number;
  SignIns: number;
  Users: number;
  Apps: number;
  /** Share of the table's rows. */
  Share: number;
}

export interface TokenTypesUserAppRow {
  UserPrincipalName: string;
  AppDisplayName: string;
  SignIns: number;
  PrimaryRefreshToken: number;
  RefreshToken: number;
  Other: number;
  NotRecorded: number;
  /** PRT / (PRT + refresh token); 0 when neither. */
  PrtShare: number;
}

export const tokenTypes: Analysis<TokenTypesParams, TokenTypesRow> = {
  id: 'token-types',
  title: 'Token types',
  question: 'Which tokens do clients present in each table, and how much is PRT against refresh token, per user and app?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    perUserApp: {
      default: true,
      description: 'Also build the per user × app table (one row per pair; large for big tenants).',
      source: 'our choice: the per-user view is what an investigation needs, the per-table view what a baseline needs',
    },
  },

  run(table: SignInTable, overrides?: Partial<TokenTypesParams>): AnalysisResult<TokenTypesParams, TokenTypesRow> {
    const params = resolveParameters(this.parameters, overrides);
    const tCol = table.column('IncomingTokenType');
    const typeCol = table.column('Type');
    const upnCol = table.column('UserPrincipalName');
    const appCol = table.column('AppDisplayName');
    const canon = perCode(tCol, (v) => normalizeTokenType(v) ?? v.trim());
    // Codes whose values normalise alike share a group id, so the per-row key is a number, not a string.
    const ids = new Map<string, number>();
    const groupOf = canon.map((c) => ids.get(c) ?? ids.set(c, ids.size).get(c)!);
    const typeN = typeCol.values.length;
    const appN = appCol.values.length;

    const groups = new Map<number, { row: TokenTypesRow; users: Set<number>; apps: Set<number> }>();
    const totals = new Map<string, number>();
    const perUA = new Map<number, TokenTypesUserAppRow>();
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      const ty = typeCol.values[typeCol.codes[p]];
      const tok = canon[tCol.codes[p]];
      totals.set(ty, (totals.get(ty) ?? 0) + 1);
      const key = groupOf[tCol.codes[p]] * typeN + typeCol.codes[p];
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { row: newRow(ty, tok), users: new Set(), apps: new Set() }));
      g.row.SignIns++;
      g.users.add(upnCol.codes[p]);
      g.apps.add(appCol.codes[p]);
      if (!params.perUserApp) continue;
      const uaKey = upnCol.codes[p] * appN + appCol.codes[p];
      let ua = perUA.get(uaKey);
      if (!ua) {
        ua = { UserPrincipalName: upnCol.values[upnCol.codes[p]], AppDisplayName: appCol.values[appCol.codes[p]], SignIns: 0, PrimaryRefreshToken: 0, RefreshToken: 0, Other: 0, NotRecorded: 0, PrtShare: 0 };
        perUA.set(uaKey, ua);
      }
      ua.SignIns++;
      if (tok === 'primaryRefreshToken') ua.PrimaryRefreshToken++;
      else if (tok === 'refreshToken') ua.RefreshToken++;
      else if (tok === '') ua.NotRecorded++;
      else ua.Other++;
    }

    const rows = [...groups.values()]
      .map((g) => ({ ...g.row, Users: g.users.size, Apps: g.apps.size, Share: g.row.SignIns / totals.get(g.row.Type)! }))
      .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);

    const prtVsRefresh = [...totals.keys()].sort().map((Type) => {
      const count = (tok: string) => rows.find((r) => r.Type === Type && r.IncomingTokenType === tok)?.SignIns ?? 0;
      const prt = count('primaryRefreshToken');
      const rt = count('refreshToken');
      return { Type, PrimaryRefreshToken: prt, RefreshToken: rt, PrtShare: prt + rt ? prt / (prt + rt) : 0 };
    });
    const perUserApp = [...perUA.values()]
      .map((r) => ({ ...r, PrtShare: r.PrimaryRefreshToken + r.RefreshToken ? r.PrimaryRefreshToken / (r.PrimaryRefreshToken + r.RefreshToken) : 0 }))
      .sort((a, b) => a.UserPrincipalName.localeCompare(b.UserPrincipalName) || b.SignIns - a.SignIns);

    const missing = rows.filter((r) => r.IncomingTokenType === '').reduce((n, r) => n + r.SignIns, 0);
    const warnings = missing
      ? [`${missing} sign-ins carry no IncomingTokenType (the column arrived in late 2024; older rows and some exports lack it).`]
      : [];
    return { id: this.id, parameters: params, rows, tables: { prtVsRefresh, ...(params.perUserApp ? { perUserApp } : {}) }, findings: [], warnings };
  },

  kql(overrides?: Partial<TokenTypesParams>, scope?: KqlScope): string {
    return String(tokenTypesKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** Token-type shares raise no findings: token-replay is the detector that uses them. */
  findingsFromRows: () => [],
};

function newRow(Type: string, tok: string): TokenTypesRow {
  const def = tok in TOKEN_TYPE_DEFS ? TOKEN_TYPE_DEFS[tok as keyof typeof TOKEN_TYPE_DEFS] : null;
  return {
    Type,
    IncomingTokenType: tok,
    Label: def ? def.label : tok === '' ? '(not recorded)' : tok,
    ReplayWeight: def ? def.replayWeight : 0,
    SignIns: 0,
    Users: 0,
    Apps: 0,
    Share: 0,
  };
}
