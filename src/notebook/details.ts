/**
 * Anything `show()` displays, folded under a summary line: long reference tables (notebook 04's result codes) stay one
 * click away instead of pushing the lesson off screen.
 */
import { escapeHtml } from '../escape';
import { plainBundleOf, type ShowOptions } from './bundle-of';
import type { MimeBundle } from './mime-bundle';

/**
 * A folded display of `x` (a table, rows, findings, Markdown...).
 *
 * @example show(details('All 60 result codes', triage.rows, { limit: 100 }))
 */
export function details(summary: string, x: unknown, options: ShowOptions = {}): MimeBundle {
  const inner = plainBundleOf(x, options);
  const html = typeof inner['text/html'] === 'string' ? inner['text/html'] : `<pre>${escapeHtml(inner['text/plain'])}</pre>`;
  return {
    'text/html': `<details><summary style="cursor:pointer;color:#57606a">${escapeHtml(summary)}</summary>${html}</details>`,
    'text/plain': `${summary}\n${inner['text/plain']}`,
  };
}
