/** The one order findings are read in, everywhere (CLI, notebooks, report): most severe first, then earliest. */
import { SEVERITIES, type Finding } from './finding';

/** 0 for high … 3 for informational; an unknown severity (hand-made JSON) sorts last. */
export function severityRank(severity: string): number {
  const k = (SEVERITIES as readonly string[]).indexOf(severity);
  return k < 0 ? SEVERITIES.length : k;
}

/** Most severe first, then earliest, then by detector, account and address. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.first.localeCompare(b.first) ||
    a.detector.localeCompare(b.detector) ||
    (a.userPrincipalName ?? '').localeCompare(b.userPrincipalName ?? '') ||
    (a.ipAddress ?? '').localeCompare(b.ipAddress ?? '')
  );
}

/** A sorted copy. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
