/**
 * Legacy authentication: which users signed in with a protocol that cannot do MFA (IMAP, POP, SMTP, ActiveSync,
 * "Other clients"...), in either table. A successful legacy sign-in is a password alone getting in, so it outranks
 * failures; failures that Conditional Access or security defaults refused show a control working and rank lowest.
 *
 * Pipeline: one pass over dictionary codes → per ClientAppUsed × Type counts (all classes) → per user × client app ×
 * table groups (legacy only) → one finding per user, from the rows alone (`findingsFromRows`) plus sample evidence.
 */
import { evidenceRows } from '../../findings/evidence-row';
import type { Finding } from '../../findings/finding';
import { isoTime } from '../../iso-time';
import { MODERN_CLIENT_APPS } from '../../schema/client-apps';
import { CA_BLOCK_CODES } from '../../schema/result-codes';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { sortedList } from '../../findings/evidence-row';
import { compareFindings } from '../../findings/severity';
import { codeMask, perCode } from '../../table/code-mask';
import { legacyAuthKql } from './kql';

export interface LegacyAuthParams {
  modernClientApps: string[];
  successCodes: string[];
  blockCodes: string[];
}

/** One user × legacy client app × table. */
export interface LegacyAuthRow {
  UserPrincipalName: string;
  ClientAppUsed: string;
  Type: string;
  SignIns: number;
  Successes: number;
  Failures: number;
  /** Failures refused by Conditional Access or security defaults (blockCodes). */
  BlockedFailures: number;
  IPAddresses: string[];
  FirstSeen: string;
  LastSeen: string;
}

export const legacyAuth: Analysis<LegacyAuthParams, LegacyAuthRow> = {
  id: 'legacy-auth',
  title: 'Legacy authentication',
  question: 'Which users authenticated with legacy protocols that cannot do MFA, and did any of them get in?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    modernClientApps: {
      default: [...MODERN_CLIENT_APPS],
      description: 'ClientAppUsed values that are modern authentication (compared case-insensitively); empty and "Unknown" are reported apart.',
      source: 'Entra docs, sign-in log "Client app" filter: modern = Browser, Mobile Apps and Desktop clients',
    },
    successCodes: {
      default: ['0'],
      description: 'ResultType values that count as a successful sign-in.',
      source: 'Log Analytics sign-in docs: ResultType 0 is success',
    },
    blockCodes: {
      default: [...CA_BLOCK_CODES],
      description: 'ResultType values meaning Conditional Access or security defaults refused the sign-in (lowest severity).',
      source: 'Microsoft AADSTS error reference (53003, 530032, 530035...); grouping is our choice',
    },
  },

  run(table: SignInTable, overrides?: Partial<LegacyAuthParams>): AnalysisResult<LegacyAuthParams, LegacyAuthRow> {
    const params = resolveParameters(this.parameters, overrides);
    const appCol = table.column('ClientAppUsed');
    const typeCol = table.column('Type');
    const upnCol = table.column('UserPrincipalName');
    const ipCol = table.column('IPAddress');
    const resCol = table.column('ResultType');
    const time = table.column('CreatedDateTime').values;
    const modern = new Set(params.modernClientApps.map((v) => v.trim().toLowerCase()));
    const cls = perCode(appCol, (v) => {
      const l = v.trim().toLowerCase();
      return l === '' || l === 'unknown' ? 'unknown' : modern.has(l) ? 'modern' : 'legacy';
    });
    const success = codeMask(resCol, params.successCodes);
    const blocked = codeMask(resCol, params.blockCodes);

    const perApp = new Map<number, { ClientAppUsed: string; Class: string; Type: string; SignIns: number; Successes: number; users: Set<number> }>();
    const groups = new Map<string, LegacyAuthRow & { ips: Set<string>; first: number; last: number }>();
    const samples = new Map<string, { ok: number[]; bad: number[] }>();

    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      const a = appCol.codes[p];
      const ty = typeCol.codes[p];
      const r = resCol.codes[p];
      const u = upnCol.codes[p];
      const appKey = a * typeCol.values.length + ty;
      let pa = perApp.get(appKey);
      if (!pa) {
        pa = { ClientAppUsed: appCol.values[a], Class: cls[a], Type: typeCol.values[ty], SignIns: 0, Successes: 0, users: new Set() };
        perApp.set(appKey, pa);
      }
      pa.SignIns++;
      if (success[r]) pa.Successes++;
      pa.users.add(u);
      if (cls[a] !== 'legacy') continue;

      const key = `${u}|${a}|${ty}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          UserPrincipalName: upnCol.values[u],
          ClientAppUsed: appCol.values[a],
          Type: typeCol.values[ty],
          SignIns: 0,
          Successes: 0,
          Failures: 0,
          BlockedFailures: 0,
          IPAddresses: [],
          FirstSeen: '',
          LastSeen: '',
          ips: new Set(),
          first: Infinity,
          last: -Infinity,
        };
        groups.set(key, g);
      }
      g.SignIns++;
      const ok = success[r];
      if (ok) g.Successes++;
      else {
        g.Failures++;
        if (blocked[r]) g.BlockedFailures++;
      }
      g.ips.add(ipCol.values[ipCol.codes[p]]);
      const t = time[p];
      if (t < g.first) g.first = t;
      if (t > g.last) g.last = t;
      const userKey = g.UserPrincipalName;
      let s = samples.get(userKey);
      if (!s) samples.set(userKey, (s = { ok: [], bad: [] }));
      const list = ok ? s.ok : s.bad;
      if (list.length < 20) list.push(k);
    }

    const rows: LegacyAuthRow[] = [...groups.values()]
      .map(({ ips, first, last, ...row }) => ({ ...row, IPAddresses: sortedList(ips), FirstSeen: isoTime(first), LastSeen: isoTime(last) }))
      .sort((x, y) => y.Successes - x.Successes || y.SignIns - x.SignIns || x.UserPrincipalName.localeCompare(y.UserPrincipalName));

    const findings = this.findingsFromRows!(rows, params);
    for (const f of findings) {
      const s = samples.get(f.userPrincipalName ?? '');
      if (s) f.evidence.rows = evidenceRows(table, [...s.ok, ...s.bad], ['ClientAppUsed', 'UserAgent']);
    }

    const perClientApp = [...perApp.values()]
      .map(({ users, ...r }) => ({ ...r, Users: users.size }))
      .sort((x, y) => x.Class.localeCompare(y.Class) || y.SignIns - x.SignIns);
    const unclassified = perClientApp.filter((r) => r.Class === 'unknown');
    const warnings: string[] = [];
    const unknownRows = unclassified.reduce((n, r) => n + r.SignIns, 0);
    if (unknownRows > 0) {
      warnings.push(`${unknownRows} sign-ins have an empty or "Unknown" ClientAppUsed; they are listed in "unclassified", not counted as legacy.`);
    }
    return { id: this.id, parameters: params, rows, tables: { perClientApp, unclassified }, findings, warnings };
  },

  kql(overrides?: Partial<LegacyAuthParams>, scope?: KqlScope): string {
    return String(legacyAuthKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** One finding per user: high with any legacy success, low when every failure was a policy block, else medium. */
  findingsFromRows(rows: LegacyAuthRow[]): Finding[] {
    const byUser = new Map<string, LegacyAuthRow[]>();
    for (const r of rows) {
      const list = byUser.get(r.UserPrincipalName);
      if (list) list.push(r);
      else byUser.set(r.UserPrincipalName, [r]);
    }
    const out: Finding[] = [];
    for (const [upn, list] of byUser) {
      const sum = (f: (r: LegacyAuthRow) => number) => list.reduce((n, r) => n + f(r), 0);
      const successes = sum((r) => r.Successes);
      const failures = sum((r) => r.Failures);
      const blockedFailures = sum((r) => r.BlockedFailures);
      const ips = sortedList(new Set(list.flatMap((r) => r.IPAddresses)));
      const apps = sortedList(new Set(list.map((r) => r.ClientAppUsed)));
      const severity = successes > 0 ? 'high' : failures > 0 && blockedFailures === failures ? 'low' : 'medium';
      const what =
        successes > 0
          ? `${successes} successful legacy sign-in(s), which skip MFA`
          : blockedFailures === failures
            ? `${failures} legacy sign-in attempt(s), all refused by policy`
            : `${failures} failed legacy sign-in attempt(s)`;
      out.push({
        detector: 'legacy-auth',
        severity,
        userPrincipalName: upn,
        ...(ips.length === 1 ? { ipAddress: ips[0] } : {}),
        first: list.map((r) => r.FirstSeen).sort()[0],
        last: list.map((r) => r.LastSeen).sort().at(-1)!,
        summary: `${upn}: ${what} via ${apps.join(', ')} from ${ips.length} IP address(es).`,
        evidence: {
          rows: [],
          rowCount: successes + failures,
          successes,
          failures,
          blockedFailures,
          clientApps: apps,
          ipAddresses: ips,
          tables: sortedList(new Set(list.map((r) => r.Type))),
        },
      });
    }
    return out.sort(compareFindings);
  },
};
