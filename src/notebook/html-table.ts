/**
 * Escaped HTML tables. Every cell and header goes through escapeHtml: sign-in fields are attacker-controlled, and a
 * notebook output is live HTML in the analyst's browser.
 */
import { escapeHtml } from '../escape';

export const TABLE_STYLE = 'border-collapse:collapse;font-size:12px;font-family:monospace';
/** Short values stay on one line (the table scrolls sideways instead of growing tall); long ones wrap in a wide cell. */
const CELL_STYLE = 'border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top;white-space:nowrap';
const LONG_CELL_STYLE = 'border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top;white-space:normal;min-width:40em';
const LONG = 60;

/** A wrapper that scrolls a wide table sideways inside the notebook's output area. */
export function scrollBox(html: string): string {
  return `<div style="overflow-x:auto;max-width:100%">${html}</div>`;
}

/** One cell's display text: "" for null/undefined/NaN, numbers at most 3 decimals, lists of values comma-separated, objects as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isNaN(v) ? '' : Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : '';
  // a list of names (apps, addresses, accounts) reads as a list, not as JSON
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return v.map((x) => cellText(x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * An HTML table of rows.
 *
 * @param columns header names
 * @param rows one array of cells per row
 * @param caption shown above the table (escaped)
 */
export function htmlTable(columns: readonly string[], rows: readonly (readonly unknown[])[], caption?: string): string {
  const th = columns.map((c) => `<th style="${CELL_STYLE}">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((v) => td(cellText(v))).join('')}</tr>`)
    .join('\n');
  const cap = caption ? `<caption style="text-align:left;font-style:italic">${escapeHtml(caption)}</caption>` : '';
  return scrollBox(`<table style="${TABLE_STYLE}">${cap}<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`);
}

function td(text: string): string {
  return `<td style="${text.length > LONG ? LONG_CELL_STYLE : CELL_STYLE}">${escapeHtml(text)}</td>`;
}
