/**
 * Conditional Access blocks as a positive control metric: how often policies refused a sign-in, per day, per policy,
 * per user and app, and how much traffic no policy touched at all (notApplied). A block means the control worked, so
 * findings are low by default; blocks from a country the user never signed in from successfully rank medium, and
 * repeated blocks of one user from such an IP rank high (someone holding the password keeps trying).
 *
 * Pipeline: per-code masks → one pass (status and day counts for every row; block rows collected) → the user's
 * success countries from a second pass over successes of blocked users → rows per user × IP → findings.
 */
import { evidenceRows } from '../../findings/evidence-row';
import type { Finding } from '../../findings/finding';
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { conditionalAccessKql } from './kql';
import { sortedList } from '../../findings/evidence-row';
import { compareFindings } from '../../findings/severity';
import { codeMask, perCode } from '../../table/code-mask';

export interface ConditionalAccessParams {
  blockCodes: string[];
  repeatedBlocks: number;
}

/** Blocks of one user from one IP. */
export interface ConditionalAccessRow {
  UserPrincipalName: string;
  IPAddress: string;
  CountryOrRegion: string;
  /** Countries of the user's successful sign-ins (ResultType 0) in the data. */
  HomeCountries: string[];
  /** The block came from a country absent from HomeCountries (or the user has no success to compare with). */
  Unfamiliar: boolean;
  Blocks: number;
  Apps: string[];
  Policies: string[];
  Types: string[];
  FirstSeen: string;
  LastSeen: string;
}

type Group = { row: ConditionalAccessRow; ks: number[]; first: number; last: number; apps: Set<string>; pols: Set<string>; types: Set<string> };

export const conditionalAccess: Analysis<ConditionalAccessParams, ConditionalAccessRow> = {
  id: 'conditional-access',
  title: 'Conditional Access blocks',
  question: 'Did Conditional Access block sign-ins, for whom, under which policy, and how much traffic did no policy cover?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    blockCodes: {
      default: ['53003'],
      description: 'ResultType values counted as a block, besides ConditionalAccessStatus failure.',
      source: 'two-table course: ConditionalAccessStatus == "failure" or ResultType == 53003 (BlockedByConditionalAccess)',
    },
    repeatedBlocks: {
      default: 3,
      description: 'Blocks of one user from one unfamiliar IP that make the finding high.',
      source: 'our choice: one or two blocks are a user on a new network; three or more from a new country is someone retrying',
    },
  },

  run(table: SignInTable, overrides?: Partial<ConditionalAccessParams>): AnalysisResult<ConditionalAccessParams, ConditionalAccessRow> {
    const params = resolveParameters(this.parameters, overrides);
    const resCol = table.column('ResultType');
    const stCol = table.column('ConditionalAccessStatus');
    const typeCol = table.column('Type');
    const upnCol = table.column('UserPrincipalName');
    const ipCol = table.column('IPAddress');
    const time = table.column('CreatedDateTime').values;
    const blockCode = codeMask(resCol, params.blockCodes);
    const status = perCode(stCol, canonicalStatus);
    const success = codeMask(resCol, ['0']);

    const statusCounts = new Map<number, { Type: string; ConditionalAccessStatus: string; SignIns: number }>();
    const days = new Map<number, { Day: string; Type: string; SignIns: number; Blocks: number; NotApplied: number }>();
    const typeN = typeCol.values.length;
    const blockKs: number[] = [];
    const blockedUsers = new Set<number>();
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      const tc = typeCol.codes[p];
      const st = status[stCol.codes[p]];
      const sk = stCol.codes[p] * typeN + tc;
      let sc = statusCounts.get(sk);
      if (!sc) statusCounts.set(sk, (sc = { Type: typeCol.values[tc], ConditionalAccessStatus: st, SignIns: 0 }));
      sc.SignIns++;
      const dayIndex = Number.isFinite(time[p]) ? Math.floor(time[p] / 86_400_000) : -1;
      const dk = (dayIndex + 1) * typeN + tc;
      let d = days.get(dk);
      if (!d) {
        const Day = dayIndex < 0 ? '' : isoTime(dayIndex * 86_400_000).slice(0, 10);
        days.set(dk, (d = { Day, Type: typeCol.values[tc], SignIns: 0, Blocks: 0, NotApplied: 0 }));
      }
      d.SignIns++;
      if (st === 'notApplied') d.NotApplied++;
      if (st === 'failure' || blockCode[resCol.codes[p]]) {
        d.Blocks++;
        blockKs.push(k);
        blockedUsers.add(upnCol.codes[p]);
      }
    }

    const home = new Map<number, Set<string>>();
    if (blockedUsers.size > 0) {
      for (let k = 0; k < table.length; k++) {
        const p = table.position(k);
        const u = upnCol.codes[p];
        if (!success[resCol.codes[p]] || !blockedUsers.has(u)) continue;
        const c = table.get(k, 'CountryOrRegion');
        if (c === '') continue;
        (home.get(u) ?? home.set(u, new Set()).get(u)!).add(c);
      }
    }

    const groups = new Map<string, Group>();
    const perUserApp = new Map<string, { UserPrincipalName: string; AppDisplayName: string; Blocks: number }>();
    const perPolicy = new Map<string, { Policy: string; Blocks: number; users: Set<string> }>();
    for (const k of blockKs) {
      const p = table.position(k);
      const u = upnCol.codes[p];
      const upn = upnCol.values[u];
      const ip = ipCol.values[ipCol.codes[p]];
      const country = table.get(k, 'CountryOrRegion');
      const app = table.get(k, 'AppDisplayName');
      const policies = table.get(k, 'ConditionalAccessPoliciesFailed').split(';').map((s) => s.trim()).filter((s) => s !== '');
      const key = `${upn}\u0000${ip}`;
      let g = groups.get(key);
      if (!g) {
        const homes = home.get(u) ?? new Set<string>();
        const row: ConditionalAccessRow = {
          UserPrincipalName: upn,
          IPAddress: ip,
          CountryOrRegion: country,
          HomeCountries: sortedList(homes),
          Unfamiliar: homes.size === 0 || (country !== '' && !homes.has(country)),
          Blocks: 0,
          Apps: [],
          Policies: [],
          Types: [],
          FirstSeen: '',
          LastSeen: '',
        };
        groups.set(key, (g = { row, ks: [], first: Infinity, last: -Infinity, apps: new Set(), pols: new Set(), types: new Set() }));
      }
      g.row.Blocks++;
      g.ks.push(k);
      g.first = Math.min(g.first, time[p]);
      g.last = Math.max(g.last, time[p]);
      g.apps.add(app);
      g.types.add(typeCol.values[typeCol.codes[p]]);
      for (const pol of policies) {
        g.pols.add(pol);
        const pp = perPolicy.get(pol) ?? perPolicy.set(pol, { Policy: pol, Blocks: 0, users: new Set() }).get(pol)!;
        pp.Blocks++;
        pp.users.add(upn);
      }
      const uak = `${upn}|${app}`;
      const ua = perUserApp.get(uak) ?? perUserApp.set(uak, { UserPrincipalName: upn, AppDisplayName: app, Blocks: 0 }).get(uak)!;
      ua.Blocks++;
    }

    const rows = [...groups.values()]
      .map((g) => ({
        ...g.row,
        Apps: sortedList(g.apps),
        Policies: sortedList(g.pols),
        Types: sortedList(g.types),
        FirstSeen: isoTime(g.first),
        LastSeen: isoTime(g.last),
      }))
      .sort((a, b) => b.Blocks - a.Blocks || a.UserPrincipalName.localeCompare(b.UserPrincipalName) || a.IPAddress.localeCompare(b.IPAddress));

    const findings = this.findingsFromRows!(rows, params);
    for (const f of findings) {
      const g = groups.get(`${f.userPrincipalName}\u0000${f.ipAddress}`);
      if (g) f.evidence.rows = evidenceRows(table, g.ks, ['ConditionalAccessStatus', 'ConditionalAccessPoliciesFailed', 'CountryOrRegion']);
    }

    const totals = new Map<string, number>();
    const merged = new Map<string, { Type: string; ConditionalAccessStatus: string; SignIns: number }>();
    for (const s of statusCounts.values()) {
      totals.set(s.Type, (totals.get(s.Type) ?? 0) + s.SignIns);
      const key = `${s.Type}|${s.ConditionalAccessStatus}`;
      const m = merged.get(key);
      if (m) m.SignIns += s.SignIns;
      else merged.set(key, { ...s });
    }
    const statusShare = [...merged.values()]
      .map((s) => ({ ...s, Share: s.SignIns / totals.get(s.Type)! }))
      .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);
    const warnings = statusShare
      .filter((s) => s.ConditionalAccessStatus === 'notApplied' && s.Share >= 0.5)
      .map((s) => `${Math.round(s.Share * 100)}% of ${s.Type} sign-ins had no Conditional Access policy apply (notApplied): blocks only measure the traffic policies cover.`);

    return {
      id: this.id,
      parameters: params,
      rows,
      tables: {
        perDay: [...days.values()].sort((a, b) => a.Day.localeCompare(b.Day) || a.Type.localeCompare(b.Type)),
        perPolicy: [...perPolicy.values()].map(({ users, ...p }) => ({ ...p, Users: users.size })).sort((a, b) => b.Blocks - a.Blocks),
        perUserApp: [...perUserApp.values()].sort((a, b) => b.Blocks - a.Blocks),
        statusShare,
      },
      findings,
      warnings,
    };
  },

  kql(overrides?: Partial<ConditionalAccessParams>, scope?: KqlScope): string {
    return String(conditionalAccessKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** One finding per user × IP: low from a familiar country, medium from an unfamiliar one, high when repeated there. */
  findingsFromRows(rows: ConditionalAccessRow[], params: ConditionalAccessParams): Finding[] {
    const out: Finding[] = rows.map((r) => {
      const severity = !r.Unfamiliar ? 'low' : r.Blocks >= params.repeatedBlocks ? 'high' : 'medium';
      const where = r.CountryOrRegion ? ` (${r.CountryOrRegion}${r.Unfamiliar ? ', not a country the user signed in from' : ''})` : '';
      return {
        detector: 'ca-blocked',
        severity,
        userPrincipalName: r.UserPrincipalName,
        ipAddress: r.IPAddress,
        first: r.FirstSeen,
        last: r.LastSeen,
        summary: `Conditional Access blocked ${r.Blocks} sign-in(s) of ${r.UserPrincipalName} from ${r.IPAddress}${where} to ${r.Apps.join(', ')}.`,
        evidence: {
          rows: [],
          rowCount: r.Blocks,
          countryOrRegion: r.CountryOrRegion,
          homeCountries: r.HomeCountries,
          unfamiliar: r.Unfamiliar,
          policies: r.Policies,
          apps: r.Apps,
          tables: r.Types,
        },
      };
    });
    return out.sort(compareFindings);
  },
};

/** Graph / Log Analytics form of a ConditionalAccessStatus, also from the portal's display text ("Not applied"). */
function canonicalStatus(value: string): string {
  const v = value.replace(/\s+/g, '').toLowerCase();
  return v === 'notapplied' ? 'notApplied' : v;
}
