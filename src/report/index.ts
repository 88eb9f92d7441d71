/** The incident write-up: HTML and Markdown reports from a table, its findings, analyses and charts. */
export { writeReport, reportFormatOf } from './write-report';
export { chartFiles, chartFileName, chartFolderOf, type ChartFile } from './chart-files';
export { buildReportModel, type ReportModel } from './report-model';
export { fingerprintFiles, fingerprintOfDigests, fingerprintRows, type DataFingerprint, type FileDigest } from './fingerprint';
export { REPORT_CSP } from './render-html';
export type { ReportInput, ReportOptions, ReportFormat, ReportAnalysis, ReportChart, LoadAccounting, Rejected } from './report-input';
export { prepareReport, runForReport, concernsUser, type PrepareOptions } from './prepare-report';
export { DETECTOR_GUIDANCE, guidanceFor, type DetectorGuidance, type AttackTechnique, type ResponseStep } from './detector-guidance';
export { narrowFinding, narrowRow, rowConcernsUser } from './narrow-to-user';
