/**
 * Pulls every row of one table in a time window, however many there are. The service caps one answer (500,000 rows or
 * about 64 MB) and marks a capped answer as partial; an answer of exactly the cap may also have been cut without a
 * mark. Either way the window is bisected and both halves asked again, depth first and in time order, until each
 * window's answer is whole. Only whole answers are kept, and windows are half-open, so every row arrives exactly once.
 *
 *   [start ─────────────── end)   partial or == cap  →  [start ── mid) [mid ── end)   → … → whole answers, in order
 *
 * Asking a window that is too big costs a full answer (up to 64 MB) thrown away, so once an answer has shown how dense
 * the table is and how many rows fit under the cap, a pending window expected to exceed three quarters of that is
 * halved before it is asked. The estimate only saves queries; the partial / cap checks still decide.
 */
import { UserError } from '../../errors';
import type { TableName } from '../../schema/table-names';
import type { QueryAnswer } from './run-query';
import { bisect, formatWindow, type TimeWindow } from './time-window';

/** Progress of a long pull, reported after every query. */
export interface PullProgress {
  table: TableName;
  /** The window just asked. */
  window: { start: Date; end: Date };
  /** What happened to it: rows kept, or split in two because the answer was capped. */
  outcome: 'rows' | 'split';
  /** Rows kept so far from this table. */
  rows: number;
  /** Queries sent so far for this table. */
  queries: number;
  /** Share of the table's whole window that is done, 0..1. */
  done: number;
}

export interface PullTableOptions {
  table: TableName;
  window: TimeWindow;
  /** Runs one window's query. */
  ask: (window: TimeWindow) => Promise<QueryAnswer>;
  /** Receives each whole answer's rows, in time order of windows. */
  onRows: (rows: Record<string, unknown>[]) => void;
  /** The service's row cap per answer (500,000; tests use small numbers). */
  maxRowsPerQuery: number;
  /** Upper bound on queries, so a pathological workspace cannot loop for hours (default 20,000). */
  maxQueries?: number;
  onProgress?: (p: PullProgress) => void;
}

/** Pulls the table; resolves to the rows kept and the queries sent. */
export async function pullTable(o: PullTableOptions): Promise<{ rows: number; queries: number; splits: number }> {
  const maxQueries = o.maxQueries ?? 20_000;
  const total = o.window.end - o.window.start;
  const stack: TimeWindow[] = [o.window];
  let rows = 0;
  let queries = 0;
  let splits = 0;
  let covered = 0;
  /** Rows per ms in the latest whole answer that had rows. */
  let density = 0;
  /** Rows an answer can hold: the row cap, or fewer when a partial answer was cut earlier (the size cap). */
  let fits = o.maxRowsPerQuery;
  while (stack.length > 0) {
    const w = stack.pop()!;
    const halves = bisect(w);
    if (halves && density * (w.end - w.start) > 0.75 * fits) {
      stack.push(halves[1], halves[0]);
      continue;
    }
    if (queries >= maxQueries) {
      throw new UserError(`${o.table}: gave up after ${queries} queries at ${formatWindow(w)}; pull a shorter timespan or one --user / --ip`);
    }
    queries++;
    const answer = await o.ask(w);
    const capped = !answer.complete ? answer.reason : answer.rows.length === o.maxRowsPerQuery ? `exactly ${o.maxRowsPerQuery} rows, the cap` : '';
    if (capped) {
      if (!answer.complete && answer.rows > 0) fits = Math.min(fits, answer.rows);
      if (!halves) {
        throw new UserError(
          `${o.table}: the answer for the single millisecond ${formatWindow(w)} is still capped (${capped}); ` +
            'the rows cannot be pulled completely, so pull with --user or --ip',
        );
      }
      splits++;
      stack.push(halves[1], halves[0]);
      o.onProgress?.(progress(o.table, w, 'split', rows, queries, covered / total));
      continue;
    }
    if (!answer.complete) throw new Error('unreachable');
    o.onRows(answer.rows);
    rows += answer.rows.length;
    if (answer.rows.length > 0) density = answer.rows.length / (w.end - w.start);
    covered += w.end - w.start;
    o.onProgress?.(progress(o.table, w, 'rows', rows, queries, covered / total));
  }
  return { rows, queries, splits };
}

function progress(table: TableName, w: TimeWindow, outcome: PullProgress['outcome'], rows: number, queries: number, done: number): PullProgress {
  return { table, window: { start: new Date(w.start), end: new Date(w.end) }, outcome, rows, queries, done };
}
