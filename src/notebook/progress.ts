/**
 * Progress for long loads: one output line that rewrites itself (a Jupyter display updated in place) instead of a
 * thousand printed lines. Outside Jupyter it prints to the console, at most a few lines per second.
 */
import { randomBytes } from 'node:crypto';
import { escapeMarkdown, escapeTerminal } from '../escape';
import { markdownBundle } from './markdown';
import { publish, type PublishOptions } from './publish';

/**
 * What loaders report; any subset. Both signinlab loaders fit: files report { file, bytes, totalBytes, rows }, the live
 * workspace { table, rows, queries, done: share 0..1 }. A bare number counts rows, a bare string is a message.
 */
export interface ProgressEvent {
  file?: string;
  table?: string;
  rows?: number;
  rowsRead?: number;
  bytes?: number;
  bytesRead?: number;
  totalBytes?: number;
  duplicates?: number;
  rejected?: number;
  queries?: number;
  phase?: string;
  message?: string;
  /** true when finished, or the share done (0..1; 1 is finished). */
  done?: boolean | number;
}

const nf = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/**
 * The progress line for an event.
 *
 * @example progressLine('SigninLogs.csv', { rows: 12000, bytes: 5e6, totalBytes: 2e7 })
 *   // 'SigninLogs.csv: 12,000 rows · 4.8 MB of 19.1 MB (25%)'
 */
export function progressLine(label: string, event: ProgressEvent | number | string): string {
  const e: ProgressEvent = typeof event === 'number' ? { rows: event } : typeof event === 'string' ? { message: event } : event;
  const parts: string[] = [];
  if (e.file) parts.push(e.file);
  if (e.table) parts.push(e.table);
  if (e.phase) parts.push(e.phase);
  const rows = e.rows ?? e.rowsRead;
  if (rows !== undefined) parts.push(`${nf(rows)} rows`);
  if (e.duplicates) parts.push(`${nf(e.duplicates)} duplicates`);
  if (e.rejected) parts.push(`${nf(e.rejected)} rejected`);
  const bytes = e.bytes ?? e.bytesRead;
  if (bytes !== undefined) {
    parts.push(e.totalBytes ? `${mb(bytes)} of ${mb(e.totalBytes)} (${Math.floor((100 * bytes) / e.totalBytes)}%)` : mb(bytes));
  }
  if (e.queries !== undefined) parts.push(`${nf(e.queries)} queries`);
  if (e.message) parts.push(e.message);
  if (typeof e.done === 'number' && e.done < 1) parts.push(`${Math.floor(e.done * 100)}%`);
  else if (isFinal(e)) parts.push('done');
  return `${label}: ${parts.join(' · ')}`;
}

function isFinal(e: ProgressEvent): boolean {
  return e.done === true || (typeof e.done === 'number' && e.done >= 1);
}

/**
 * A progress callback that keeps one line up to date.
 *
 * @param label what is loading (a file name, "workspace query")
 * @returns a callback to pass as a loader's `onProgress`
 * @example const table = await loadFile('SigninLogs.csv', { onProgress: progress('SigninLogs.csv') })
 */
export function progress(
  label: string,
  options: Pick<PublishOptions, 'print' | 'writer'> & { minIntervalMs?: number; now?: () => number } = {},
): (event: ProgressEvent | number | string) => void {
  const displayId = `signinlab-progress-${randomBytes(6).toString('hex')}`;
  const minInterval = options.minIntervalMs ?? 250;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let first = true;
  return (event) => {
    const done = typeof event === 'object' && isFinal(event);
    const t = now();
    if (!first && !done && t - last < minInterval) return;
    last = t;
    const line = progressLine(label, event);
    const bundle = { ...markdownBundle({ markdown: escapeMarkdown(line) }), 'text/plain': escapeTerminal(line) };
    publish(bundle, { displayId, update: !first, print: options.print, writer: options.writer });
    first = false;
  };
}
