/**
 * The KQL that reproduces a finding in a workspace: the twin of the analysis that raised it, with that run's
 * parameters, scoped to the finding's user and IP and to its evidence window widened by a day each side (detections
 * compare the suspicious rows with what the user did just before and after, so the exact window would be too narrow).
 */
import type { Finding } from '../findings/finding';
import type { ReportAnalysis } from './report-input';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The analysis that raised a finding: the one whose result holds it, else the one whose id is its detector. */
export function analysisOf(finding: Finding, analyses: readonly ReportAnalysis[]): ReportAnalysis | undefined {
  return (
    analyses.find((a) => a.result?.findings.includes(finding)) ??
    analyses.find((a) => a.result?.findings.some((f) => f.detector === finding.detector)) ??
    analyses.find((a) => a.analysis.id === finding.detector)
  );
}

/** The ISO interval of the finding's evidence, widened by a day each side; undefined when its times are unreadable. */
export function findingTimespan(finding: Finding): string | undefined {
  const first = Date.parse(finding.first);
  const last = Date.parse(finding.last);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return undefined;
  return `${new Date(first - DAY_MS).toISOString()}/${new Date(last + DAY_MS).toISOString()}`;
}

/**
 * The KQL to reproduce a finding, or a note saying why there is none (no analysis given, or its twin failed).
 *
 * @returns `{ kql }` or `{ note }`
 */
export function findingKql(finding: Finding, analyses: readonly ReportAnalysis[]): { kql?: string; note?: string; analysisId?: string } {
  const a = analysisOf(finding, analyses);
  if (!a) return { note: `no analysis with id "${finding.detector}" was given to the report, so its KQL twin cannot be shown` };
  try {
    const kql = a.analysis.kql(a.result?.parameters ?? {}, {
      user: finding.userPrincipalName || undefined,
      ip: finding.ipAddress || undefined,
      timespan: findingTimespan(finding),
    });
    return { kql, analysisId: a.analysis.id };
  } catch (e) {
    return { note: `the KQL twin of ${a.analysis.id} failed: ${(e as Error).message}`, analysisId: a.analysis.id };
  }
}
