/**
 * Findings as one table, most severe first, each row coloured by severity; the summary is visible and the evidence
 * (facts and cited sign-ins) folds open under a <details>. Everything from the data is escaped.
 */
import { escapeHtml } from '../escape';
import { SEVERITIES, type Finding, type Severity } from '../findings/finding';
import { cellText, htmlTable, scrollBox, TABLE_STYLE } from './html-table';
import type { MimeBundle } from './mime-bundle';
import { textTable } from './plain-text';

export const SEVERITY_COLOURS: Record<Severity, string> = {
  high: '#f8d7da',
  medium: '#fff3cd',
  low: '#d1ecf1',
  informational: '#e2e3e5',
};

const CELL = 'border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top';

export function isFinding(x: unknown): x is Finding {
  const f = x as Finding;
  return (
    typeof x === 'object' && x !== null && typeof f.detector === 'string' && typeof f.severity === 'string' &&
    typeof f.summary === 'string' && typeof f.evidence === 'object' && f.evidence !== null
  );
}

/** Findings sorted most severe first (stable within a severity). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = (s: string) => {
    const k = SEVERITIES.indexOf(s as Severity);
    return k < 0 ? SEVERITIES.length : k;
  };
  return findings.map((f, k) => ({ f, k })).sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.k - b.k).map((x) => x.f);
}

function evidenceHtml(f: Finding): string {
  const { rows, rowCount, ...facts } = f.evidence;
  const factRows = Object.entries(facts).map(([k, v]) => [k, cellText(v)]);
  const evRows = Array.isArray(rows) ? rows : [];
  const columns = [...new Set(evRows.flatMap((r) => Object.keys(r)))];
  const factsTable = factRows.length ? htmlTable(['fact', 'value'], factRows) : '';
  const rowsTable = htmlTable(columns, evRows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c])),
    `${evRows.length} of ${rowCount ?? evRows.length} evidence rows`);
  return `<details><summary>evidence (${escapeHtml(rowCount ?? evRows.length)} rows)</summary>${factsTable}${rowsTable}</details>`;
}

/**
 * Bundle for findings.
 *
 * @example show(result.findings)
 */
export function findingsBundle(findings: readonly Finding[]): MimeBundle {
  const sorted = bySeverity(findings);
  const head = ['severity', 'detector', 'user', 'IP', 'first', 'last', 'summary and evidence'];
  const rows = sorted.map((f) => {
    const bg = SEVERITY_COLOURS[f.severity] ?? '#ffffff';
    const cells = [f.severity, f.detector, f.userPrincipalName ?? '', f.ipAddress ?? '', f.first, f.last]
      .map((v) => `<td style="${CELL}">${escapeHtml(v)}</td>`)
      .join('');
    return `<tr style="background:${bg}">${cells}<td style="${CELL}">${escapeHtml(f.summary)}${evidenceHtml(f)}</td></tr>`;
  });
  const counts = SEVERITIES.map((s) => `${s} ${findings.filter((f) => f.severity === s).length}`).join(', ');
  const caption = `${findings.length} findings (${counts})`;
  const html = scrollBox(
    `<table style="${TABLE_STYLE}"><caption style="text-align:left;font-style:italic">${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head.map((h) => `<th style="${CELL}">${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`,
  );
  const text = textTable(
    ['severity', 'detector', 'user', 'IP', 'first', 'summary'],
    sorted.map((f) => [f.severity, f.detector, f.userPrincipalName ?? '', f.ipAddress ?? '', f.first, f.summary]),
    80,
  );
  return { 'text/html': html, 'text/plain': `${caption}\n${text}` };
}
