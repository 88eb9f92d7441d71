/** The order findings are read in: most severe first, then earliest, then by detector and account. */
import { SEVERITIES, type Finding } from './finding';

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.first.localeCompare(b.first) ||
    a.detector.localeCompare(b.detector) ||
    (a.userPrincipalName ?? '').localeCompare(b.userPrincipalName ?? '') ||
    (a.ipAddress ?? '').localeCompare(b.ipAddress ?? '')
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
