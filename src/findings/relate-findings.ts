/**
 * One attack, one finding: findings of different detectors that share a source or a compromised account name each
 * other in `related`, so a reader follows one attack across detectors instead of meeting it several times.
 * (Filled in by the detectors' grouping step; today each finding is returned as it came.)
 */
import type { Finding } from './finding';

export function relateFindings(findings: Finding[]): Finding[] {
  return findings;
}
