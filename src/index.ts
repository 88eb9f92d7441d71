/**
 * signinlab: the public API.
 *
 *   source ──► normalize ──► SignInTable ──► analysis ──► findings / DataFrame / chart / KQL / report
 *   (synthetic tenant,       (one typed      (one security   (evidence, danfo, vega-lite,
 *    files, live workspace)   columnar model)  question each)   Kusto twin, HTML write-up)
 *
 * Each section below is one stage; every name keeps Entra's own column names.
 */

// ── schema: the one source of truth for both tables ─────────────────────────────────────────────────────────────────
export { COLUMNS, columnsOf, typeConflicts, type ColumnDef } from './schema/columns';
export { FIELDS, FIELD_NAMES, field, isFieldName, type FieldDef, type FieldName, type SignIn } from './schema/fields';
export { TABLE_NAMES, INTERACTIVE_TABLE, NON_INTERACTIVE_TABLE, tableFor, type TableName, type KustoType } from './schema/table-names';
// schema: catalogues (result codes, client-app classes, token types, authentication methods)
export { RESULT_CODES, describeResult, inGroup, PASSWORD_FAILURE_CODES, PASSWORD_ACCEPTED_CODES, MFA_CHALLENGE_CODES, MFA_FAILURE_CODES, MFA_ENROLLMENT_CODES, MFA_INTERRUPT_CODES, CA_BLOCK_CODES, type ResultCode, type ResultCategory } from './schema/result-codes';
export { CLIENT_APPS, MODERN_CLIENT_APPS, LEGACY_CLIENT_APPS, classifyClientApp, isLegacyClientApp, type ClientAppClass, type ClientAppDef } from './schema/client-apps';
export { TOKEN_TYPES, TOKEN_TYPE_DEFS, normalizeTokenType, tokenReplayWeight, type TokenType, type TokenTypeDef } from './schema/token-types';
export { AUTH_METHODS, describeAuthMethod, isPhishingResistant, splitAuthMethods, type AuthMethodDef, type AuthMethodGroup } from './schema/auth-methods';

// ── table: the columnar store ───────────────────────────────────────────────────────────────────────────────────────
export { SignInTable } from './table/signin-table';
export { SignInTableBuilder, tableFromRows } from './table/table-builder';
// table: verbs (KQL's where / summarize … by, over dictionary codes)
export { groupBy, Groups, type GroupKey, type DerivedKey, type GroupOptions, type KeyValue } from './table/group-by';
export { mapped, bin, each, type MappedKey, type BinKey, type EachKey } from './table/group-keys';
export { rollup, type RollupRow } from './table/rollup';
export { count, countIf, distinct, setSize, values, makeSet, elements, min, max, sum, first, type Aggregate } from './table/aggregates';
export { is, matches, between, where, not, and, or, type RowTest } from './table/row-test';

// ── sources: synthetic tenant, files, live workspace ────────────────────────────────────────────────────────────────
// sources: synthetic
export { syntheticTenant } from './sources/synthetic/synthetic-tenant';
export { generateRows, SyntheticRows } from './sources/synthetic/generate-rows';
export { GENERATOR_VERSION, type ScenarioLabel, type ScenarioKind, type TenantLabels } from './sources/synthetic/labels';
export type { SyntheticOptions } from './sources/synthetic/options';
export type { LaRow } from './sources/synthetic/la-row';
export { writeRows, WRITER_FORMATS, isWriterFormat, type WriterFormat, type WriteResult } from './sources/writers/write-rows';
export { graphSignInOf } from './sources/writers/graph-signin-of';
// sources: files
export { loadFiles, loadText, type LoadResult, type LoadOptions, type ParallelOptions, type LoadProgress, type FileSummary, type Rejection, type Repair, type Conflict, type FileFailure } from './sources/files/load-files';
export { normalizeLogAnalyticsRow, RowRejection, isRowRejection } from './sources/normalize/log-analytics-row';
export { normalizeGraphSignIn } from './sources/normalize/graph-signin';
export { normalizeDiagnosticRecord } from './sources/normalize/diagnostic-record';
export { parseTime, timeProblem } from './sources/time';
export { parseTimespanText, parseDuration, windowOf, type Timespan, type Duration } from './timespan';
// sources: live workspace, and the one entry point over all sources
export { loadSignIns, defaultTimespan, type SourceSpec, type OpenedSource } from './sources/open-source';
export { loadWorkspace, type WorkspaceOptions, type WorkspaceLoadResult } from './sources/live/load-workspace';
export { pushdown, type PushdownOptions } from './sources/live/pushdown';
export { createLogsClient, type ClientSettings } from './sources/live/logs-client';
export { CLOUDS, resolveCloud, type Cloud } from './sources/live/clouds';
export { parseTimespan, type TimeWindow as PullWindow } from './sources/live/time-window';
export type { PullProgress } from './sources/live/pull-table';
export type { RetryOptions } from './sources/live/retry';

// ── analyses: one security question each, with findings and a KQL twin ──────────────────────────────────────────────
// analyses: failures, legacy authentication, Conditional Access, spray, MFA, methods, token types
export { legacyAuth, type LegacyAuthParams, type LegacyAuthRow } from './analyses/legacy-auth';
export { conditionalAccess, type ConditionalAccessParams, type ConditionalAccessRow } from './analyses/conditional-access';
export { failureTriage, type FailureTriageParams, type FailureTriageRow } from './analyses/failure-triage';
export { passwordSpray, type PasswordSprayParams, type PasswordSprayRow } from './analyses/password-spray';
export { mfaOutcomes, type MfaOutcomesParams, type MfaOutcomesRow, type MfaOutcome } from './analyses/mfa-outcomes';
export { authMethods, type AuthMethodsParams, type AuthMethodsRow } from './analyses/auth-methods';
export { tokenTypes, type TokenTypesParams, type TokenTypesRow, type TokenTypesUserAppRow } from './analyses/token-types';
// analyses: the two tables together (union, volume ratio, app footprint, user timeline, token replay) and the registry
export { union, type UnionParams } from './analyses/union';
export { volumeRatio, type VolumeRatioParams, type VolumeRatioRow, type VolumeAssessment } from './analyses/volume-ratio';
export { appFootprint, type AppFootprintParams, type AppFootprintRow } from './analyses/app-footprint';
export { userTimeline, type UserTimelineParams } from './analyses/user-timeline';
export { type TimelineRow } from './analyses/user-timeline/timeline-row';
export { tokenReplay, type TokenReplayParams } from './analyses/token-replay';
export { ipPivot, type IpPivotParams, type IpPivotRow } from './analyses/ip-pivot';
export { type TokenReplayRow } from './analyses/token-replay/row';
export { NETWORK_CLASSES, NETWORK_CLASS_LABELS, type NetworkClass } from './networks/catalogue';
export { networkClassifier, type NetworkClassifier, type NetworkInfo } from './networks/classify';
export { asnData, type AsnData } from './networks/asn-data';
export { haversineKm } from './networks/geo';
export { ANALYSES, DETECTORS, analysisById, type AnyAnalysis } from './analyses/registry';
export { resolveParameters, defineAnalysis, type AnalysisSpec, type Analysis, type AnalysisResult, type ParameterDef, type KqlScope } from './analyses/analysis';
// findings: run every detector, sort, score against labels
export { SEVERITIES, isAlert, type Finding, type Severity, type Evidence, type EvidenceRow } from './findings/finding';
export { runDetectors, detect, planDetectors, collect, type DetectorOverrides, type DetectorRun, type DetectorResult, type PlannedDetector } from './analyses/run-detectors';
export { sortFindings, compareFindings } from './findings/severity';
export { evaluate, findingMatches, scoreKinds, type Evaluation, type DetectorScore, type KindScore } from './findings/evaluate';
export { parseOverrides } from './analyses/parse-overrides';
export { formatFindings } from './findings/format-findings';

// ── kql: literal escaping and rendering ─────────────────────────────────────────────────────────────────────────────
export { kql, literal, joinKql, type KqlValue } from './kql/template';
export { Kql } from './kql/fragment';
export { stringLiteral, numberLiteral, boolLiteral, datetimeLiteral, timespanLiteral, dynamicArray } from './kql/literals';
export { column, fieldExpression } from './kql/identifier';
export { scopeFilter } from './kql/scope';
export { parseTimeWindow, type TimeWindow } from './kql/time-window';
export { validateKql, kqlTokens, type KqlValidation, type KqlDiagnostic } from './kql/validate';
export { query, KqlError, signInColumns, type KqlResult, type QueryOptions } from './kql/engine';

// ── charts, notebook display, report ────────────────────────────────────────────────────────────────────────────────
export * from './charts';
export * from './notebook';
export { toDataFrame, toColumns, type ToDataFrameOptions, type Convertible } from './table/to-dataframe';
// report: the incident write-up (self-contained HTML or Markdown)
export { writeReport, reportFormatOf, chartFiles, chartFileName, chartFolderOf, type ChartFile, prepareReport, runForReport, concernsUser, fingerprintFiles, fingerprintOfDigests, fingerprintRows, REPORT_CSP } from './report';
export type { ReportInput, ReportOptions, ReportFormat, ReportAnalysis, ReportChart, LoadAccounting, Rejected, PrepareOptions, DataFingerprint, FileDigest } from './report';
// report: what each detector's finding means (MITRE ATT&CK) and the response steps, with their sources
export { DETECTOR_GUIDANCE, guidanceFor, type DetectorGuidance, type AttackTechnique, type ResponseStep } from './report';

// ── escaping: one module for HTML, Markdown, terminal text and CSV ────────────────────────────────────────────────────
export { escapeHtml, escapeMarkdown, codeBlock, escapeTerminal, escapeTerminalLines, escapeCsvCell, hasInvisible } from './escape';

// ── errors ──────────────────────────────────────────────────────────────────────────────────────────────────────────
export { UserError, isUserError } from './errors';
