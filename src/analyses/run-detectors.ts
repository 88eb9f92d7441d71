/**
 * The one detect loop. Every caller (the CLI on files, the CLI pushing twins down to a workspace, the report, the
 * notebooks) plans the detectors here, runs each one its own way (locally on a table, or in a workspace), and hands
 * the results back to `collect`, which gathers findings and warnings, links the findings of one attack and sorts them.
 *
 *   planDetectors(overrides) ──► run each (table: analysis.run │ workspace: pushdown) ──► collect(results)
 */
import { UserError } from '../errors';
import type { Finding } from '../findings/finding';
import { relateFindings } from '../findings/relate-findings';
import { sortFindings } from '../findings/severity';
import type { SignInTable } from '../table/signin-table';
import type { AnalysisResult } from './analysis';
import { analysisById, DETECTORS, type AnyAnalysis } from './registry';

/**
 * Parameter overrides per analysis, keyed by analysis id or detector id:
 * `{ 'token-replay': { minDistanceKm: 300 }, 'high-volume-ratio': { suspicious: 800 } }`.
 */
export type DetectorOverrides = Record<string, Record<string, unknown>>;

/** One detector to run: its analysis and the overrides that name it. */
export interface PlannedDetector {
  readonly detector: string;
  readonly analysis: AnyAnalysis;
  readonly overrides: Record<string, unknown>;
}

/** One detector's run. */
export interface DetectorResult extends PlannedDetector {
  readonly result: AnalysisResult;
}

export interface DetectorRun {
  /** Every finding, related across detectors (one attack, one lead finding) and sorted. */
  findings: Finding[];
  /** Each analysis's caveats, prefixed with its id. */
  warnings: string[];
  /** Each detector's whole result (rows, tables), for reports and notebooks. */
  results: DetectorResult[];
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

/** Every detector with its overrides, in the registry's order. Unknown ids in `overrides` are refused. */
export function planDetectors(overrides: DetectorOverrides = {}): PlannedDetector[] {
  const byAnalysis = overridesByAnalysis(overrides);
  return DETECTORS.map(({ detector, analysis }) => ({ detector, analysis, overrides: byAnalysis.get(analysis.id) ?? {} }));
}

/** Findings and warnings of every detector's result: findings of one attack related, then sorted. */
export function collect(results: readonly DetectorResult[]): DetectorRun {
  const findings = results.flatMap((r) => r.result.findings);
  const warnings = results.flatMap((r) => r.result.warnings.map((w) => `${r.analysis.id}: ${w}`));
  return { findings: sortFindings(relateFindings(findings)), warnings, results: [...results] };
}

/** Every detector run locally over one table. */
export function detect(table: SignInTable, overrides: DetectorOverrides = {}): DetectorRun {
  return collect(planDetectors(overrides).map((p) => ({ ...p, result: p.analysis.run(table, p.overrides) })));
}

/**
 * Every finding of every detector (token-replay, high-volume-ratio, password-spray, legacy-auth, ca-blocked,
 * mfa-abandoned), related and sorted by severity then time.
 *
 * @example runDetectors(table, { 'token-replay': { excludedIpRanges: ['203.0.113.0/24'] } })
 */
export function runDetectors(table: SignInTable, overrides: DetectorOverrides = {}): Finding[] {
  return detect(table, overrides).findings;
}
