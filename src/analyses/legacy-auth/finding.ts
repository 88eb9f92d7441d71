/** The result row of legacy-auth (one per user × legacy client app × table) and the per-user findings. */
import { sortedList } from '../../findings/evidence-row';
import type { Finding, Severity } from '../../findings/finding';
import { compareFindings } from '../../findings/severity';

export interface LegacyAuthRow {
  UserPrincipalName: string;
  ClientAppUsed: string;
  Type: string;
  SignIns: number;
  Successes: number;
  Failures: number;
  /** Failures refused by Conditional Access or security defaults (blockCodes): the protocol is blocked. */
  BlockedFailures: number;
  /** Other failures from an address where sprayAccounts or more accounts fail: part of a spray. */
  SprayFailures: number;
  /** The remaining failures from a network (ASN, or address without one) the user signs in from successfully: their
   *  own device retrying a stale password. */
  OwnNetworkFailures: number;
  IPAddresses: string[];
  /** Addresses of the failures none of the above explains (capped at 50). */
  UnexplainedIPAddresses: string[];
  FirstSeen: string;
  LastSeen: string;
}

/**
 * One finding per user: high with any legacy success (a password alone got in, skipping MFA); medium for failures
 * from elsewhere; informational when every failure was refused by policy, came from a spray source (the spray is one
 * finding about its source, see password-spray) or from a network the user signs in from (a stale password).
 */
export function legacyAuthFindings(rows: readonly LegacyAuthRow[], sprayIps: readonly string[] = []): Finding[] {
  const byUser = new Map<string, LegacyAuthRow[]>();
  for (const r of rows) byUser.set(r.UserPrincipalName, [...(byUser.get(r.UserPrincipalName) ?? []), r]);
  const sprays = new Set(sprayIps);
  const out: Finding[] = [];
  for (const [upn, list] of byUser) {
    const sum = (f: (r: LegacyAuthRow) => number) => list.reduce((n, r) => n + f(r), 0);
    const successes = sum((r) => r.Successes);
    const failures = sum((r) => r.Failures);
    const blocked = sum((r) => r.BlockedFailures);
    const sprayed = sum((r) => r.SprayFailures);
    const stale = sum((r) => r.OwnNetworkFailures);
    const ips = sortedList(new Set(list.flatMap((r) => r.IPAddresses)));
    const apps = sortedList(new Set(list.map((r) => r.ClientAppUsed)));
    const context = successes === 0 && failures > 0 && blocked + sprayed + stale >= failures;
    const severity: Severity = successes > 0 ? 'high' : context ? 'informational' : 'medium';
    const what =
      successes > 0
        ? `${successes} successful legacy sign-in(s), which skip MFA`
        : context
          ? `${failures} failed legacy sign-in attempt(s)${blocked ? `, ${blocked} refused by policy` : ''}${sprayed ? `, ${sprayed} from a spray source` : ''}${stale ? `, ${stale} from the user's own networks` : ''}`
          : `${failures} failed legacy sign-in attempt(s)`;
    const counter: string[] = [];
    if (context) {
      const why = [
        blocked ? 'the protocol is blocked by policy' : '',
        sprayed ? `its failures come from ${ips.filter((a) => sprays.has(a)).join(', ') || 'a spray source'}, where many accounts fail (one finding about the source: password-spray)` : '',
        stale ? 'its failures come from networks the user signs in from successfully (a device of theirs with a stale password)' : '',
      ]
        .filter((x) => x)
        .join('; ');
      counter.push(`not alerted: ${why}`);
    }
    out.push({
      detector: 'legacy-auth',
      severity,
      userPrincipalName: upn,
      ...(ips.length === 1 ? { ipAddress: ips[0] } : {}),
      first: list.map((r) => r.FirstSeen).sort()[0],
      last: list.map((r) => r.LastSeen).sort().at(-1)!,
      summary: `${upn}: ${what} via ${apps.join(', ')} from ${ips.length} IP address(es).`,
      reasons: successes > 0
        ? [`${successes} legacy sign-in(s) succeeded: a password alone got in, without MFA`]
        : context
          ? []
          : [`${failures - blocked - sprayed - stale} legacy failure(s) from networks the user does not sign in from, neither blocked by policy nor from a spray source`],
      counterReasons: counter,
      evidence: {
        rows: [],
        rowCount: successes + failures,
        successes,
        failures,
        blockedFailures: blocked,
        sprayFailures: sprayed,
        ownNetworkFailures: stale,
        unexplainedIpAddresses: sortedList(new Set(list.flatMap((r) => r.UnexplainedIPAddresses))),
        clientApps: apps,
        ipAddresses: ips,
        tables: sortedList(new Set(list.map((r) => r.Type))),
      },
    });
  }
  return out.sort(compareFindings);
}
