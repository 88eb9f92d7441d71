/** The result row of password spray (one per source: an IP, an ASN or a user agent) and the finding it becomes. */
import type { Finding } from '../../findings/finding';
import { networkClassifier, type NetworkClassifier } from '../../networks/classify';
import { compareFindings } from '../../findings/severity';
import type { PasswordSprayParams } from './parameters';

export type SpraySpeed = 'burst' | 'low-and-slow' | 'distributed' | '';

export interface PasswordSprayRow {
  /** What the source is: one IPAddress, one AutonomousSystemNumber, or one UserAgent over many addresses. */
  Source: 'IPAddress' | 'AutonomousSystemNumber' | 'UserAgent';
  /** The source IP, or for an ASN or user agent the address with the most failures. */
  IPAddress: string;
  /** Every source address (capped at 200). IPCount: how many of them failed within the busiest lowSlowHours window (1 for an IP). */
  IPAddresses: string[];
  IPCount: number;
  AutonomousSystemNumber: string;
  /** The user agent (the source itself for a UserAgent row; the most frequent one otherwise). */
  UserAgent: string;
  /** Which threshold was crossed first (burst before low-and-slow); "" when none. */
  Speed: SpraySpeed;
  /** Most distinct accounts failing within windowMinutes. */
  PeakAccounts: number;
  PeakWindowStart: string;
  /** Most distinct accounts failing within lowSlowHours. */
  PeakDayAccounts: number;
  PeakDayStart: string;
  /** Distinct accounts with password failures from the source over the whole period. */
  Accounts: number;
  Failures: number;
  FailureCodes: string[];
  ClientApps: string[];
  /** Distinct accounts whose password was accepted from the source, over the whole period (busy-shared-IP check). */
  AcceptedAccounts: number;
  /** Accounts whose password was accepted from the source after their first failure there. */
  AccountsAcceptedAfterFailure: string[];
  Types: string[];
  FirstSeen: string;
  LastSeen: string;
  /** A threshold was crossed. */
  Breached: boolean;
}

/** The threshold a row crossed, and whose it is. */
export function thresholdText(r: PasswordSprayRow, p: PasswordSprayParams): string {
  switch (r.Speed) {
    case 'burst':
      return `${r.PeakAccounts} accounts failed within ${p.windowMinutes} minutes (Sentinel's burst rule: ${p.minAccounts})`;
    case 'low-and-slow':
      return `${r.PeakDayAccounts} accounts failed within ${p.lowSlowHours} hours (low-and-slow: ${p.lowSlowAccounts}, after Sentinel's ADFS spray rule)`;
    case 'distributed':
      return `${r.PeakDayAccounts} accounts failed from ${r.IPCount} addresses within ${p.lowSlowHours} hours (distributed: ${p.distributedAccounts} accounts over ${p.distributedAddresses} addresses)`;
    default:
      return '';
  }
}

/** One finding per breached source: high when a password was then accepted from it, else medium; informational when
 *  more accounts succeed than fail there (a busy shared IP) and the guard is on. */
export function sprayFindings(rows: readonly PasswordSprayRow[], p: PasswordSprayParams, networks: NetworkClassifier = networkClassifier()): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    if (!r.Breached) continue;
    const net = r.AutonomousSystemNumber ? networks.classify(r.AutonomousSystemNumber, r.IPAddress) : undefined;
    const label = net ? networks.label(net.asn) : '';
    const threshold = thresholdText(r, p);
    const busy = p.requireMoreFailedThanAcceptedAccounts && r.Accounts <= r.AcceptedAccounts;
    const hit = r.AccountsAcceptedAfterFailure;
    const severity = busy ? 'informational' : hit.length > 0 ? 'high' : 'medium';
    const from =
      r.Source === 'IPAddress'
        ? `${r.IPAddress}${label ? ` (${label})` : ''}`
        : r.Source === 'AutonomousSystemNumber'
          ? `${r.IPCount} addresses of ${label || `AS${r.AutonomousSystemNumber}`}`
          : `${r.IPCount} addresses with the user agent "${r.UserAgent}"`;
    const tail = busy
      ? `; ${r.AcceptedAccounts} accounts also sign in from it, so it looks like a shared egress IP`
      : hit.length > 0
        ? `; afterwards the password of ${hit.length} account(s) was accepted from it`
        : '';
    const counter = busy ? [`not alerted: ${r.AcceptedAccounts} accounts sign in from it and only ${r.Accounts} fail (a busy shared address)`] : [];
    out.push({
      detector: 'password-spray',
      severity,
      ipAddress: r.IPAddress,
      ...(r.Source === 'IPAddress' ? {} : { ipAddresses: r.IPAddresses }),
      first: r.FirstSeen,
      last: r.LastSeen,
      summary: `${r.Speed} password spray from ${from}: ${threshold} (${r.Accounts} accounts, ${r.Failures} failures in all${r.ClientApps.length ? ` over ${r.ClientApps.join(', ')}` : ''})${tail}.`,
      reasons: [threshold, ...(hit.length ? [`passwords accepted afterwards: ${hit.join(', ')}`] : [])],
      counterReasons: counter,
      ...(net ? { network: { asn: net.asn, name: label, class: net.class } } : {}),
      evidence: {
        rows: [],
        rowCount: r.Failures,
        speed: r.Speed,
        source: r.Source,
        ipAddresses: r.IPAddresses,
        userAgent: r.UserAgent,
        peakAccounts: r.PeakAccounts,
        peakWindowStart: r.PeakWindowStart,
        peakDayAccounts: r.PeakDayAccounts,
        accounts: r.Accounts,
        failureCodes: r.FailureCodes,
        clientApps: r.ClientApps,
        acceptedAccounts: r.AcceptedAccounts,
        accountsAcceptedAfterFailure: hit,
        tables: r.Types,
      },
    });
  }
  return out.sort(compareFindings);
}
