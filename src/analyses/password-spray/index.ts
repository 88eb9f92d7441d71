/**
 * Password spray: one IP trying a password or two against many accounts, slowly enough to dodge smart lockout. The
 * signal is many distinct accounts failing with password errors from one IP inside a short window; a user mistyping
 * their own password a few times is one account and never counts. A password accepted from that IP afterwards (a
 * success, or an MFA / Conditional Access interrupt that only comes after a right password) means a guess worked.
 *
 * Pipeline: pass 1 collects password failures per IP → IPs with at least two failing accounts are candidates →
 * pass 2 collects accepted sign-ins of the candidate IPs → a sliding window finds the most accounts failing within
 * `windowMinutes` → one row per candidate IP, one finding per IP crossing `minAccounts`.
 */
import { evidenceRows } from '../../findings/evidence-row';
import type { Finding } from '../../findings/finding';
import { isoTime } from '../../iso-time';
import { PASSWORD_ACCEPTED_CODES, PASSWORD_FAILURE_CODES } from '../../schema/result-codes';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { sortedList } from '../../findings/evidence-row';
import { compareFindings } from '../../findings/severity';
import { codeMask } from '../../table/code-mask';
import { passwordSprayKql } from './kql';

export interface PasswordSprayParams {
  minAccounts: number;
  windowMinutes: number;
  failureCodes: string[];
  acceptedCodes: string[];
  requireMoreFailedThanAcceptedAccounts: boolean;
}

/** One IP with password failures against at least two accounts. */
export interface PasswordSprayRow {
  IPAddress: string;
  /** Most distinct accounts failing within one window. */
  PeakAccounts: number;
  PeakWindowStart: string;
  /** Distinct accounts with password failures from the IP over the whole period. */
  Accounts: number;
  Failures: number;
  FailureCodes: string[];
  /** Distinct accounts whose password was accepted from the IP, over the whole period (busy-shared-IP check). */
  AcceptedAccounts: number;
  /** Accounts whose password was accepted from the IP after its first password failure. */
  AccountsAcceptedAfterFailure: string[];
  Types: string[];
  FirstSeen: string;
  LastSeen: string;
  /** PeakAccounts reached minAccounts. */
  Breached: boolean;
}

interface IpWork {
  fails: number[];
  accepted: number[];
}

export const passwordSpray: Analysis<PasswordSprayParams, PasswordSprayRow> = {
  id: 'password-spray',
  title: 'Password spray',
  question: 'Is one IP failing passwords against many accounts in a short window, and did any guess work?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    minAccounts: {
      default: 5,
      description: 'Distinct accounts failing from one IP within the window that make a spray.',
      source: 'Microsoft Sentinel analytic rule "Password spray attack against Microsoft Entra ID application" (default account threshold 5)',
    },
    windowMinutes: {
      default: 20,
      description: 'Length of the sliding window in minutes.',
      source: 'same Sentinel rule (20-minute windows); we slide the window instead of fixed bins (our choice) so a spray across a bin edge is not split',
    },
    failureCodes: {
      default: [...PASSWORD_FAILURE_CODES],
      description: 'ResultType values of a failed password guess.',
      source: 'Sentinel rule uses 50126, 50053, 50055; 50056 (no password stored) added by us as another password failure',
    },
    acceptedCodes: {
      default: [...PASSWORD_ACCEPTED_CODES],
      description: 'ResultType values meaning the password was right (success, MFA prompt, Conditional Access block).',
      source: 'subset of the success codes of the same Sentinel rule',
    },
    requireMoreFailedThanAcceptedAccounts: {
      default: true,
      description: 'Only alert when more accounts fail than succeed from the IP; busy shared egress IPs become informational.',
      source: 'same Sentinel rule (failed principals must outnumber successful ones to drop busy IPs)',
    },
  },

  run(table: SignInTable, overrides?: Partial<PasswordSprayParams>): AnalysisResult<PasswordSprayParams, PasswordSprayRow> {
    const params = resolveParameters(this.parameters, overrides);
    const ipCol = table.column('IPAddress');
    const upnCol = table.column('UserPrincipalName');
    const resCol = table.column('ResultType');
    const typeCol = table.column('Type');
    const time = table.column('CreatedDateTime').values;
    const failure = codeMask(resCol, params.failureCodes);
    const accepted = codeMask(resCol, params.acceptedCodes);

    const byIp = new Map<number, IpWork>();
    let noIp = 0;
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      if (!failure[resCol.codes[p]]) continue;
      const ip = ipCol.codes[p];
      if (ip === 0) {
        noIp++; // dictionary code 0 is the empty string: failures without an IP cannot be tied to a source
        continue;
      }
      let w = byIp.get(ip);
      if (!w) byIp.set(ip, (w = { fails: [], accepted: [] }));
      w.fails.push(k);
    }
    for (const [ip, w] of byIp) {
      const accounts = new Set(w.fails.map((k) => upnCol.codes[table.position(k)]));
      if (accounts.size < 2) byIp.delete(ip);
    }
    if (byIp.size > 0) {
      for (let k = 0; k < table.length; k++) {
        const p = table.position(k);
        if (!accepted[resCol.codes[p]]) continue;
        const w = byIp.get(ipCol.codes[p]);
        if (w) w.accepted.push(k);
      }
    }

    const at = (k: number) => time[table.position(k)];
    const upn = (k: number) => upnCol.values[upnCol.codes[table.position(k)]];
    const windowMs = params.windowMinutes * 60_000;
    const rows: PasswordSprayRow[] = [];
    const samples = new Map<string, number[]>();
    for (const [ip, w] of byIp) {
      const fails = w.fails.sort((a, b) => at(a) - at(b) || a - b);
      const peak = slidingPeak(fails, at, (k) => upnCol.codes[table.position(k)], windowMs);
      const firstFail = at(fails[0]);
      const after = w.accepted.filter((k) => at(k) >= firstFail).sort((a, b) => at(a) - at(b) || a - b);
      const last = Math.max(at(fails[fails.length - 1]), after.length ? at(after[after.length - 1]) : -Infinity);
      const ipText = ipCol.values[ip];
      rows.push({
        IPAddress: ipText,
        PeakAccounts: peak.accounts,
        PeakWindowStart: isoTime(peak.start),
        Accounts: new Set(fails.map(upn)).size,
        Failures: fails.length,
        FailureCodes: sortedList(new Set(fails.map((k) => table.get(k, 'ResultType')))),
        AcceptedAccounts: new Set(w.accepted.map(upn)).size,
        AccountsAcceptedAfterFailure: sortedList(new Set(after.map(upn))),
        Types: sortedList(new Set([...fails, ...after].map((k) => typeCol.values[typeCol.codes[table.position(k)]]))),
        FirstSeen: isoTime(firstFail),
        LastSeen: isoTime(last),
        Breached: peak.accounts >= params.minAccounts,
      });
      samples.set(ipText, [...after.slice(0, 5), ...fails]);
    }
    rows.sort((a, b) => b.PeakAccounts - a.PeakAccounts || b.Failures - a.Failures || a.IPAddress.localeCompare(b.IPAddress));

    const findings = this.findingsFromRows!(rows, params);
    for (const f of findings) f.evidence.rows = evidenceRows(table, samples.get(f.ipAddress ?? '') ?? [], ['ClientAppUsed', 'UserAgent']);
    const warnings = noIp ? [`${noIp} password failures have no IPAddress and were left out of the per-IP counts.`] : [];
    return { id: this.id, parameters: params, rows, findings, warnings };
  },

  kql(overrides?: Partial<PasswordSprayParams>, scope?: KqlScope): string {
    return String(passwordSprayKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** One finding per IP whose peak reached minAccounts: high when a password was then accepted from it, else medium;
   *  informational when more accounts succeed than fail there (a busy shared IP) and the guard is on. */
  findingsFromRows(rows: PasswordSprayRow[], params: PasswordSprayParams): Finding[] {
    const out: Finding[] = [];
    for (const r of rows) {
      if (!r.Breached) continue;
      const busy = params.requireMoreFailedThanAcceptedAccounts && r.Accounts <= r.AcceptedAccounts;
      const hit = r.AccountsAcceptedAfterFailure;
      const severity = busy ? 'informational' : hit.length > 0 ? 'high' : 'medium';
      const tail = busy
        ? `; ${r.AcceptedAccounts} accounts also sign in from it, so it looks like a shared egress IP`
        : hit.length > 0
          ? `; afterwards the password of ${hit.length} account(s) was accepted from it`
          : '';
      out.push({
        detector: 'password-spray',
        severity,
        ipAddress: r.IPAddress,
        first: r.FirstSeen,
        last: r.LastSeen,
        summary: `${r.IPAddress} failed passwords for ${r.PeakAccounts} accounts within ${params.windowMinutes} minutes (${r.Accounts} accounts, ${r.Failures} failures in all)${tail}.`,
        evidence: {
          rows: [],
          rowCount: r.Failures,
          peakAccounts: r.PeakAccounts,
          peakWindowStart: r.PeakWindowStart,
          accounts: r.Accounts,
          failureCodes: r.FailureCodes,
          acceptedAccounts: r.AcceptedAccounts,
          accountsAcceptedAfterFailure: hit,
          minAccounts: params.minAccounts,
          windowMinutes: params.windowMinutes,
          tables: r.Types,
        },
      });
    }
    return out.sort(compareFindings);
  },
};

/** The most distinct keys within any window of `windowMs` over time-sorted `ks`, and where that window starts. */
export function slidingPeak(
  ks: readonly number[],
  at: (k: number) => number,
  keyOf: (k: number) => number,
  windowMs: number,
): { accounts: number; start: number } {
  const count = new Map<number, number>();
  let lo = 0;
  let best = { accounts: 0, start: NaN };
  for (let hi = 0; hi < ks.length; hi++) {
    const key = keyOf(ks[hi]);
    count.set(key, (count.get(key) ?? 0) + 1);
    while (at(ks[hi]) - at(ks[lo]) > windowMs) {
      const old = keyOf(ks[lo]);
      const n = count.get(old)! - 1;
      if (n === 0) count.delete(old);
      else count.set(old, n);
      lo++;
    }
    if (count.size > best.accounts) best = { accounts: count.size, start: at(ks[lo]) };
  }
  return best;
}
