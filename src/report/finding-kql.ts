/**
 * The KQL that reproduces a finding in a workspace: the twin of the analysis that raised it, with that run's
 * parameters, over the window of the loaded sign-ins (src/kql/reproduce-findings.ts runs it on them). Not narrowed to
 * the finding's user or IP: a detector's verdict rests on more than those rows (token replay on the user's own places
 * and the colleagues sharing an address, a spray on the other accounts), so a narrowed twin would not give the finding
 * back.
 */
import type { Finding } from '../findings/finding';
import type { ReportAnalysis } from './report-input';

/** The analysis that raised a finding: the one whose result holds it, else the one whose id is its detector. */
export function analysisOf(finding: Finding, analyses: readonly ReportAnalysis[]): ReportAnalysis | undefined {
  return (
    analyses.find((a) => a.result?.findings.includes(finding)) ??
    analyses.find((a) => a.result?.findings.some((f) => f.detector === finding.detector)) ??
    analyses.find((a) => a.analysis.id === finding.detector)
  );
}

/**
 * The KQL to reproduce a finding, or a note saying why there is none (no analysis given, or its twin failed).
 *
 * @param window the loaded rows' TimeGenerated range (loadedWindow), as an ISO interval; none: no time filter
 * @returns `{ kql }` or `{ note }`
 */
export function findingKql(finding: Finding, analyses: readonly ReportAnalysis[], window?: string): { kql?: string; note?: string; analysisId?: string } {
  const a = analysisOf(finding, analyses);
  if (!a) return { note: `no analysis with id "${finding.detector}" was given to the report, so its KQL twin cannot be shown` };
  try {
    const kql = a.analysis.kql(a.result?.parameters ?? {}, window ? { timespan: window } : {});
    return { kql, analysisId: a.analysis.id };
  } catch (e) {
    return { note: `the KQL twin of ${a.analysis.id} failed: ${(e as Error).message}`, analysisId: a.analysis.id };
  }
}
