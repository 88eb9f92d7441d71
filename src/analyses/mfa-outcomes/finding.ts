/** The mfa-abandoned finding: one per user with an attempt that did not complete, its severity from MFA_SEVERITY. */
import type { Finding } from '../../findings/finding';
import { compareFindings } from '../../findings/severity';
import type { MfaOutcomesRow } from './outcomes';
import { MFA_SEVERITY, type MfaOutcomesParams } from './parameters';

/** Findings from result rows alone (local or pushed down), evidence rows left for the caller to add. */
export function mfaFindings(rows: readonly MfaOutcomesRow[], p: MfaOutcomesParams): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    const failed = r.Denied + r.Abandoned;
    const fatigue = r.Denials >= p.fatigueDenials;
    if (failed === 0 && !fatigue) continue;
    const severity = MFA_SEVERITY[fatigue ? 'fatigue' : r.UnfamiliarIpAttempts > 0 ? 'unfamiliarIp' : 'familiar'];
    const what = fatigue
      ? `${r.Denials} MFA denials (possible MFA fatigue)${r.CompletedAfterDenials ? ', then an MFA prompt was approved' : ''}`
      : `${failed} MFA attempt(s) not completed (${r.Denied} denied, ${r.Abandoned} abandoned)`;
    const unfamiliar = r.UnfamiliarIpAttempts > 0 ? `, ${r.UnfamiliarIpAttempts} from an IP the user never signed in from` : '';
    out.push({
      detector: 'mfa-abandoned',
      severity,
      userPrincipalName: r.UserPrincipalName,
      ...(r.IPAddresses.length === 1 ? { ipAddress: r.IPAddresses[0] } : {}),
      first: r.FirstSeen,
      last: r.LastSeen,
      summary: `${r.UserPrincipalName}: ${what}${unfamiliar}; the password was accepted each time.`,
      evidence: {
        rows: [],
        rowCount: r.MfaRows,
        attempts: r.Attempts,
        completed: r.Completed,
        denied: r.Denied,
        abandoned: r.Abandoned,
        denials: r.Denials,
        unfamiliarIpAttempts: r.UnfamiliarIpAttempts,
        completedAfterDenials: r.CompletedAfterDenials,
        ipAddresses: r.IPAddresses,
      },
    });
  }
  return out.sort(compareFindings);
}
