/**
 * The incident write-up: input ──buildReportModel──► model ──renderHtml | renderMarkdown──► text.
 */
import type { ReportFormat, ReportInput, ReportOptions } from './report-input';
import { buildReportModel } from './report-model';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

/**
 * Writes the incident report: scope and parameters, a fingerprint of the input, rows per table and time range,
 * findings with their evidence and the KQL that reproduces each, charts, and the tool version and generation time.
 *
 * @param input the table, findings, analyses and charts to report, and when (generatedAt, so output is deterministic)
 * @param options `{ format: 'html' }` for one self-contained page, `{ format: 'markdown' }` for tickets and wikis
 * @returns the document text; the caller writes it where it wants
 * @example fs.writeFileSync('out/report.html', writeReport({ table, findings, source: 'synthetic tenant', generatedAt: new Date() }, { format: 'html' }))
 */
export function writeReport(input: ReportInput, options: ReportOptions = { format: 'html' }): string {
  const model = buildReportModel(input, options);
  return options.format === 'markdown' ? renderMarkdown(model, options) : renderHtml(model);
}

/**
 * The format a file name asks for: .md / .markdown give Markdown, anything else HTML.
 *
 * @example reportFormatOf('case-42.md') // 'markdown'
 */
export function reportFormatOf(path: string): ReportFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'html';
}
