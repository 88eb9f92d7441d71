/**
 * Which findings an analyst asked for: about one user, from one address, at or above a severity, from some detectors.
 * The CLI's `findings --user/--ip/--severity/--detector` and the one-user report choose findings with these.
 */
import { UserError } from '../errors';
import { SEVERITIES, type Finding, type Severity } from './finding';

/** The value names the account: it is the UPN, or a list holding it (compared case-insensitively). */
export function mentionsUser(value: unknown, upn: string): boolean {
  const want = upn.toLowerCase();
  if (typeof value === 'string') return value.toLowerCase() === want;
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.toLowerCase() === want);
}

/** True when the finding is about this user: named as its subject, in its evidence rows, or in its evidence facts. */
export function concernsUser(f: Finding, upn: string): boolean {
  const want = upn.toLowerCase();
  if (f.userPrincipalName?.toLowerCase() === want) return true;
  const { rows, ...facts } = f.evidence;
  return rows.some((r) => r.UserPrincipalName?.toLowerCase() === want) || Object.values(facts).some((v) => mentionsUser(v, upn));
}

/** True when the finding is about this address: its subject, an evidence row's IPAddress, or a fact naming it. */
export function concernsIp(f: Finding, ip: string): boolean {
  if (f.ipAddress === ip) return true;
  const { rows, ...facts } = f.evidence;
  return rows.some((r) => r.IPAddress === ip) || Object.values(facts).some((v) => v === ip || (Array.isArray(v) && v.includes(ip)));
}

export interface FindingSelection {
  user?: string;
  ip?: string;
  /** The least severe level to keep (high keeps high only; informational keeps all). */
  severity?: string;
  /** Detector ids to keep. */
  detectors?: readonly string[];
}

/**
 * The findings that match every criterion given.
 *
 * @param known detector ids that exist (an unknown one in `detectors` is refused, so a typo does not print nothing)
 * @throws UserError for an unknown severity or detector
 * @example selectFindings(findings, { user: 'ana@contoso.com', severity: 'medium' })
 */
export function selectFindings(findings: readonly Finding[], s: FindingSelection, known: readonly string[] = []): Finding[] {
  let rank: number = SEVERITIES.length;
  if (s.severity !== undefined) {
    rank = SEVERITIES.indexOf(s.severity as Severity);
    if (rank < 0) throw new UserError(`--severity must be one of ${SEVERITIES.join(', ')}, not "${s.severity}"`);
  }
  const unknown = (s.detectors ?? []).filter((d) => known.length && !known.includes(d));
  if (unknown.length) throw new UserError(`unknown detector ${unknown.map((d) => `"${d}"`).join(', ')}; expected one of: ${known.join(', ')}`);
  return findings.filter(
    (f) =>
      (s.user === undefined || concernsUser(f, s.user)) &&
      (s.ip === undefined || concernsIp(f, s.ip)) &&
      SEVERITIES.indexOf(f.severity) <= rank &&
      (!s.detectors?.length || s.detectors.includes(f.detector)),
  );
}
