/**
 * What `show()` draws for each kind of value, decided in one place:
 *
 *   chart spec ──► Vega-Lite + PNG      findings ──► severity table      SignInTable / rows / DataFrame ──► table
 *   AnalysisResult ──► warnings + rows + findings      md`` / markdown() ──► Markdown      string, anything else ──► text
 */
import type { AnalysisResult } from '../analyses/analysis';
import { isVegaLiteSpec } from '../charts/is-spec';
import { renderPng } from '../charts/render-png';
import { SignInTable } from '../table/signin-table';
import { chartBundle } from './chart-bundle';
import { findingsBundle, isFinding } from './findings-bundle';
import { escapeHtml, escapeTerminal, escapeTerminalLines } from '../escape';
import { isMarkdown, markdownBundle } from './markdown';
import type { MimeBundle } from './mime-bundle';
import { dataFrameBundle, isDataFrameLike, rowsBundle, type TableDisplayOptions } from './table-bundle';

export type ShowOptions = TableDisplayOptions;

export function isAnalysisResult(x: unknown): x is AnalysisResult {
  const r = x as AnalysisResult;
  return typeof x === 'object' && x !== null && typeof r.id === 'string' && Array.isArray(r.rows) &&
    Array.isArray(r.findings) && Array.isArray(r.warnings);
}

export function isMimeBundle(x: unknown): x is MimeBundle {
  return typeof x === 'object' && x !== null && typeof (x as MimeBundle)['text/plain'] === 'string';
}

/** The bundle for any value `show()` accepts (async only because charts are rendered to PNG). */
export async function bundleOf(x: unknown, options: ShowOptions = {}): Promise<MimeBundle> {
  if (isVegaLiteSpec(x)) return chartBundle(x, await renderPng(x));
  return plainBundleOf(x, options);
}

/** The bundle for anything but a chart (synchronous). */
export function plainBundleOf(x: unknown, options: ShowOptions = {}): MimeBundle {
  if (isMimeBundle(x)) return x;
  // a bare string may hold data (a UPN, a user agent): shown as text; Markdown is asked for with md`` or markdown()
  if (typeof x === 'string') return { 'text/plain': escapeTerminalLines(x) };
  if (isMarkdown(x)) return markdownBundle(x);
  if (x instanceof SignInTable) return rowsBundle(x, options);
  if (isDataFrameLike(x)) return dataFrameBundle(x, options);
  if (isAnalysisResult(x)) return resultBundle(x, options);
  if (isFinding(x)) return findingsBundle([x]);
  if (Array.isArray(x)) {
    if (x.length > 0 && x.every(isFinding)) return findingsBundle(x);
    if (x.every((r) => typeof r === 'object' && r !== null)) return rowsBundle(x as Record<string, unknown>[], options);
  }
  return { 'text/plain': escapeTerminalLines(stringify(x)) };
}

/** An analysis result: its warnings first (they change how to read the rest), then its rows, then its findings. */
function resultBundle(r: AnalysisResult, options: ShowOptions): MimeBundle {
  const rows = rowsBundle(r, options);
  const findings = findingsBundle(r.findings);
  const warnings = r.warnings.map((w) => `⚠ ${w}`);
  const htmlWarnings = r.warnings.length
    ? `<ul>${r.warnings.map((w) => `<li style="color:#8a6d3b">⚠ ${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return {
    'text/html': `<div><strong>${escapeHtml(r.id)}</strong>${htmlWarnings}${rows['text/html']}<br>${findings['text/html']}</div>`,
    'text/plain': [r.id, ...warnings.map(escapeTerminal), rows['text/plain'], findings['text/plain']].join('\n'),
  };
}

function stringify(x: unknown): string {
  if (x === undefined) return 'undefined';
  try {
    return typeof x === 'object' ? JSON.stringify(x, null, 2) : String(x);
  } catch {
    return String(x);
  }
}
