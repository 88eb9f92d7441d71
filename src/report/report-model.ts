/**
 * The report as data: input ──normalise──► ReportModel ──render──► HTML | Markdown. Both renderers print the same
 * model, so the two formats cannot drift apart, and every value in the model is plain display text that the renderer
 * escapes for its format.
 */
import { SEVERITIES, type Finding } from '../findings/finding';
import type { TableName } from '../schema/table-names';
import { guidanceFor, type DetectorGuidance } from './detector-guidance';
import { findingKql } from './finding-kql';
import { loadedWindow } from '../kql/reproduce-findings';
import { fingerprintFiles, fingerprintRows, type DataFingerprint } from './fingerprint';
import { isoTime } from '../iso-time';
import { formatValue } from './format-value';
import type { LoadAccounting, Rejected, ReportChart, ReportInput, ReportOptions } from './report-input';
import { toolVersion } from './tool-version';

/** A table of display text. */
export interface TextTable {
  columns: string[];
  rows: string[][];
  /** Rows there were in all (more than `rows.length` when capped). */
  total: number;
}

export interface FindingSection {
  finding: Finding;
  /** Detector-specific facts (distance, gap, thresholds...) as [name, text]. */
  facts: [string, string][];
  evidence: TextTable;
  kql?: string;
  kqlNote?: string;
  analysisId?: string;
  /** The KQL run on the report's own input: its rows, and whether they give this finding back. */
  reproduction?: { rows: number; aboutFinding: number; reproduced: boolean; seconds: string };
  /** The detector's ATT&CK techniques and response steps (src/report/detector-guidance.ts). */
  guidance?: DetectorGuidance;
}

export interface AnalysisSection {
  id: string;
  title: string;
  question: string;
  tables: string[];
  parameters: [string, string][];
  warnings: string[];
  results?: TextTable;
  findingCount?: number;
}

export interface ReportModel {
  title: string;
  generatedAt: string;
  version: string;
  source: string;
  parameters: [string, string][];
  fingerprint: DataFingerprint;
  counts: Record<TableName, number>;
  rows: number;
  timeRange: { first: string; last: string } | null;
  load?: {
    offered: string;
    duplicates: string;
    rejected: string;
    repaired: string;
    conflicts: string;
    /** The rows behind those counts, each table with its caption: rejected, repaired, conflicting duplicates. */
    lists: [string, TextTable][];
  };
  /** Where saved pulls came from: one list of facts per input file that has a pull manifest. */
  pulls: [string, string][][];
  severityCounts: [string, number][];
  findings: FindingSection[];
  analyses: AnalysisSection[];
  charts: ReportChart[];
}

/**
 * Evidence columns in the order an analyst reads them: what the row is in the case (Role), when, which table, who,
 * from where (address, place, network) and in which session; then what and how it ended. Detector-specific columns
 * follow, the row Id last: the table scrolls sideways, so what decides a case must come first.
 */
export const EVIDENCE_COLUMNS = ['Role', 'CreatedDateTime', 'Type', 'UserPrincipalName', 'IPAddress', 'City', 'CountryOrRegion', 'AutonomousSystemNumber', 'AutonomousSystemName', 'SessionId', 'AppDisplayName', 'ResultType', 'IncomingTokenType', 'ClientAppUsed'];
const LAST_COLUMNS = ['Id'];

/** Display table from row objects: known columns first, then every other key in order of first appearance. */
export function textTable(rows: readonly Record<string, unknown>[], max: number, preferred: readonly string[] = []): TextTable {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  const last = LAST_COLUMNS.filter((c) => seen.has(c) && !preferred.includes(c));
  const columns = [...preferred.filter((c) => seen.has(c)), ...[...seen].filter((c) => !preferred.includes(c) && !last.includes(c)), ...last];
  const shown = rows.slice(0, Math.max(0, max));
  return { columns, rows: shown.map((r) => columns.map((c) => formatValue(r[c]))), total: rows.length };
}

/**
 * Load accounting as text, with the rows behind it when the loader listed them: rejected (file, line, reason),
 * repaired (file, line, field, what was done) and duplicates that differ from the row kept (where each is).
 */
function loadSection(load: LoadAccounting, max: number): NonNullable<ReportModel['load']> {
  const list = Array.isArray(load.rejected) ? (load.rejected as readonly Rejected[]) : [];
  const rejected = typeof load.rejected === 'number' ? load.rejected : list.length;
  const repaired = load.repaired ?? [];
  const conflicts = load.conflicts ?? [];
  const lists: [string, TextTable][] = [
    ['Rejected rows', textTable(list.map((r) => ({ file: r.file, line: r.line, reason: r.reason })), max)],
    ['Repaired rows (loaded, one field not as written)', textTable(repaired.map((r) => ({ file: r.file, line: r.line, field: r.field, reason: r.reason })), max)],
    ['Duplicate Ids whose rows differ (the first row was kept)', textTable(conflicts.map((c) => ({ file: c.file, line: c.line, Id: c.Id, 'kept from': `${c.firstFile ?? ''}:${c.firstLine ?? ''}` })), max)],
  ];
  return {
    offered: formatValue(load.offered),
    duplicates: formatValue(load.duplicates ?? 0),
    rejected: String(rejected),
    repaired: String(repaired.length),
    conflicts: String(conflicts.length),
    lists: lists.filter(([, t]) => t.total > 0),
  };
}

/** A saved pull as facts: which workspace, which window, what was sent, when, and whether the file is unchanged. */
function pullFacts(p: NonNullable<ReportInput['pulls']>[number]): [string, string][] {
  const sent = Object.entries(p.queries).map(([t, q]) => `${t}: ${q?.length ?? 0}`).join(', ');
  const rows = Object.entries(p.rows).map(([t, n]) => `${t}: ${n}`).join(', ');
  return [
    ['Saved pull', p.file],
    ['Workspace', `${p.workspaceId} (${p.endpoint})`],
    ['Time window', `${p.timespan}: ${p.window.start} to ${p.window.end}`],
    ...(p.scope.user || p.scope.ip ? [['Scope', [p.scope.user && `user ${p.scope.user}`, p.scope.ip && `IP ${p.scope.ip}`].filter(Boolean).join(', ')] as [string, string]] : []),
    ['Pulled at', `${p.pulledAt} by signinlab ${p.signinlabVersion}`],
    ['Rows pulled', rows || '0'],
    ['KQL sent', `${sent || 'none'} queries; every one in ${p.file}.pull.json`],
    ['File unchanged since the pull', p.matches ? `yes (SHA-256 ${p.sha256})` : `NO: its SHA-256 no longer matches the manifest's ${p.sha256}`],
  ];
}

const severityRank = (f: Finding) => SEVERITIES.indexOf(f.severity);

/** Builds the model of a report. */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  const maxEvidence = options.maxEvidenceRows ?? 50;
  const maxResults = options.maxResultRows ?? 20;
  const analyses = input.analyses ?? [];
  const range = input.table.timeRange();
  const findings = [...input.findings].sort(
    (a, b) => severityRank(a) - severityRank(b) || a.first.localeCompare(b.first) || a.detector.localeCompare(b.detector),
  );
  return {
    title: input.title ?? 'Sign-in investigation',
    generatedAt: isoTime(input.generatedAt) || formatValue(input.generatedAt),
    version: input.version ?? toolVersion(),
    source: input.source,
    parameters: Object.entries(input.parameters ?? {}).map(([k, v]) => [k, formatValue(v)]),
    fingerprint: input.fingerprint ?? (input.files?.length ? fingerprintFiles(input.files) : fingerprintRows(input.table)),
    counts: input.table.counts(),
    rows: input.table.length,
    timeRange: range && { first: isoTime(range.first), last: isoTime(range.last) },
    load: input.load && loadSection(input.load, maxEvidence),
    pulls: (input.pulls ?? []).map(pullFacts),
    severityCounts: SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
    findings: findings.map((finding) => {
      const { rows, rowCount: _rowCount, ...facts } = finding.evidence;
      const evidence = textTable(rows ?? [], maxEvidence, EVIDENCE_COLUMNS);
      evidence.total = Math.max(evidence.total, finding.evidence.rowCount ?? 0);
      const run = input.reproductions?.get(finding);
      const { kql, note, analysisId } = run ? { kql: run.kql, note: undefined, analysisId: run.analysisId } : findingKql(finding, analyses, loadedWindow(input.table));
      const reproduction = run && { rows: run.rows, aboutFinding: run.aboutFinding, reproduced: run.reproduced, seconds: (run.ms / 1000).toFixed(1) };
      return { finding, facts: Object.entries(facts).map(([k, v]) => [k, formatValue(v)]), evidence, kql, kqlNote: note, analysisId, reproduction, guidance: guidanceFor(finding.detector) };
    }),
    analyses: analyses.map(({ analysis, result }) => ({
      id: analysis.id,
      title: analysis.title,
      question: analysis.question,
      tables: [...(analysis.tables ?? [])],
      parameters: Object.entries((result?.parameters ?? {}) as Record<string, unknown>).map(([k, v]) => [k, formatValue(v)]),
      warnings: result?.warnings ?? [],
      results: result && textTable(result.rows as Record<string, unknown>[], maxResults),
      findingCount: result?.findings.length,
    })),
    charts: [...(input.charts ?? [])],
  };
}
