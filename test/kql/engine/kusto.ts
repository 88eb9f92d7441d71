/**
 * kusto-loco-style engine tests: a query (usually over an inline `datatable`) in, a table out, written as data:
 *
 *   expect(kusto(`datatable(a:long)[1, 2] | where a > 1`)).toEqual(table('a:long', [[2]]));
 *
 * Rows compare in order; `unordered()` sorts both sides for operators whose row order Kusto leaves open (joins,
 * summarize groups). Datetimes read as ISO text, timespans as Kusto text, dynamic values as JSON values.
 */
import { KqlError } from '../../../src/kql/engine/errors';
import { query, type KqlResult, type QueryOptions } from '../../../src/kql/engine/query';
import type { SignInTable } from '../../../src/table/signin-table';

/** The clock every engine test runs at (now() / ago() read it). */
export const NOW = Date.parse('2024-05-01T12:00:00Z');

export interface TableOut {
  columns: string;
  rows: unknown[][];
}

/** `columns` as "name:type, name:type" and rows as arrays, in column order. */
export function table(columns: string, rows: unknown[][]): TableOut {
  return { columns, rows };
}

export function shape(r: KqlResult): TableOut {
  return {
    columns: r.columns.map((c) => `${c.name}:${c.type}`).join(', '),
    rows: r.rows.map((row) => r.columns.map((c) => row[c.name])),
  };
}

/** Runs a query over `signIns` (none by default) at the test clock. */
export function kusto(q: string, signIns?: SignInTable, options: QueryOptions = {}): TableOut {
  return shape(query(signIns, q, { now: NOW, ...options }));
}

/** The same table with its rows sorted, for results whose order Kusto does not define. */
export function unordered(t: TableOut): TableOut {
  return { columns: t.columns, rows: [...t.rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) };
}

/** The message of the KqlError a query is refused with (fails the test if it runs). */
export function refusal(q: string, signIns?: SignInTable): string {
  try {
    query(signIns, q, { now: NOW });
  } catch (e) {
    if (e instanceof KqlError) return e.message;
    throw e;
  }
  throw new Error(`expected a refusal, but the query ran: ${q}`);
}
