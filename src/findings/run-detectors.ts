/** Runs every detector over one table and gathers their findings in reading order. */
import { analysisById, DETECTORS } from '../analyses/registry';
import { UserError } from '../errors';
import type { SignInTable } from '../table/signin-table';
import type { Finding } from './finding';
import { sortFindings } from './sort-findings';

/**
 * Parameter overrides per analysis, keyed by analysis id or detector id:
 * `{ 'token-replay': { minDistanceKm: 300 }, 'high-volume-ratio': { suspicious: 800 } }`.
 */
export type DetectorOverrides = Record<string, Record<string, unknown>>;

export interface DetectorRun {
  findings: Finding[];
  /** Each analysis's caveats, prefixed with its id. */
  warnings: string[];
}

/**
 * The overrides merged per analysis id (a detector id such as high-volume-ratio names its analysis, volume-ratio).
 * @throws UserError for a key that is neither an analysis nor a detector id
 */
export function overridesByAnalysis(overrides: DetectorOverrides = {}): Map<string, Record<string, unknown>> {
  const byAnalysis = new Map<string, Record<string, unknown>>();
  for (const [key, values] of Object.entries(overrides)) {
    const a = analysisById(key);
    if (!a) throw new UserError(`unknown analysis or detector "${key}"; expected one of: ${DETECTORS.map((d) => d.detector).join(', ')}`);
    byAnalysis.set(a.id, { ...byAnalysis.get(a.id), ...values });
  }
  return byAnalysis;
}

/** Findings and warnings of every detector. Unknown analysis ids in `overrides` are refused. */
export function detect(table: SignInTable, overrides: DetectorOverrides = {}): DetectorRun {
  const byAnalysis = overridesByAnalysis(overrides);
  const findings: Finding[] = [];
  const warnings: string[] = [];
  for (const { analysis } of DETECTORS) {
    const result = analysis.run(table, byAnalysis.get(analysis.id) ?? {});
    findings.push(...result.findings);
    warnings.push(...result.warnings.map((w) => `${analysis.id}: ${w}`));
  }
  return { findings: sortFindings(findings), warnings };
}

/**
 * Every finding of every detector (token-replay, high-volume-ratio, password-spray, legacy-auth, ca-blocked,
 * mfa-abandoned), sorted by severity then time.
 *
 * @example runDetectors(table, { 'token-replay': { excludedIpRanges: ['203.0.113.0/24'] } })
 */
export function runDetectors(table: SignInTable, overrides: DetectorOverrides = {}): Finding[] {
  return detect(table, overrides).findings;
}
