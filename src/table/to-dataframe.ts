/**
 * Conversion to danfo DataFrames, for analysts who want pandas-style exploration in a notebook. danfo takes seconds to
 * load and is slow on millions of rows, so it is required lazily (importing signinlab stays fast) and only what the
 * analyst looks at is converted: pick `columns`, cap with `limit`.
 *
 * Times become ISO-8601 UTC strings (they print readably, sort correctly, and danfo keeps numbers as float32, which
 * would round epoch milliseconds). Absent values (NaN, "" in time fields, undefined) become null, danfo's missing value.
 */
import type { DataFrame } from 'danfojs-node';
import type { AnalysisResult } from '../analyses/analysis';
import { FIELDS, type FieldName } from '../schema/fields';
import { SignInTable } from './signin-table';

export interface ToDataFrameOptions {
  /** Columns to keep, in this order (default: all; for a SignInTable, every normalized field). */
  columns?: readonly string[];
  /** Most rows to convert, from the top (default: all). */
  limit?: number;
}

type Cell = string | number | boolean | null;

/**
 * What converts: sign-ins, any rows of objects, or any analysis result. `object`, not Record<string, unknown>: the
 * analyses' row types (TokenReplayRow, Finding...) are interfaces, which have no index signature, so a Record
 * parameter would refuse them in a notebook ("Index signature for type 'string' is missing").
 */
export type Convertible = SignInTable | readonly object[] | AnalysisResult<unknown, object>;

const TIME_FIELDS = new Set<string>(FIELDS.filter((f) => f.kind === 'time').map((f) => f.name));

/**
 * A danfo DataFrame of sign-ins, result rows, or an analysis result's main rows.
 *
 * @param x a SignInTable, row objects (any analysis's rows, findings), or an AnalysisResult (its `rows`)
 * @param options `columns` to keep, `limit` on rows
 * @returns a danfo DataFrame (an empty one keeps its column names)
 * @example toDataFrame(table.forUser('alice@contoso.com'), { columns: ['CreatedDateTime', 'IPAddress'], limit: 50 })
 */
export function toDataFrame(
  x: Convertible,
  options: ToDataFrameOptions = {},
): DataFrame {
  const { columns, data } = toColumns(x, options);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dfd = require('danfojs-node') as typeof import('danfojs-node');
  return new dfd.DataFrame(data, { columns });
}

/** The column names and row arrays toDataFrame hands to danfo (pure; exported for tests and other renderers). */
export function toColumns(
  x: Convertible,
  options: ToDataFrameOptions = {},
): { columns: string[]; data: Cell[][] } {
  if (x instanceof SignInTable) return tableColumns(x, options);
  const rows = (Array.isArray(x) ? x : (x as AnalysisResult<unknown, object>).rows) as readonly Record<string, unknown>[];
  const n = Math.min(rows.length, options.limit ?? Infinity);
  const columns = options.columns ? [...options.columns] : unionOfKeys(rows, n);
  const data: Cell[][] = new Array(n);
  for (let k = 0; k < n; k++) data[k] = columns.map((c) => cell(rows[k][c], TIME_FIELDS.has(c)));
  return { columns, data };
}

function tableColumns(table: SignInTable, options: ToDataFrameOptions): { columns: string[]; data: Cell[][] } {
  const columns = options.columns ? [...options.columns] : FIELDS.map((f) => f.name);
  for (const c of columns) {
    if (!FIELDS.some((f) => f.name === c)) throw new Error(`unknown sign-in field "${c}"`);
  }
  const n = Math.min(table.length, options.limit ?? Infinity);
  const data: Cell[][] = new Array(n);
  for (let k = 0; k < n; k++) data[k] = columns.map((c) => cell(table.get(k, c as FieldName), TIME_FIELDS.has(c)));
  return { columns, data };
}

/** Keys of the first n rows in first-seen order (result rows may differ in optional keys). */
function unionOfKeys(rows: readonly Record<string, unknown>[], n: number): string[] {
  const seen = new Set<string>();
  for (let k = 0; k < n; k++) for (const key of Object.keys(rows[k])) seen.add(key);
  return [...seen];
}

function cell(v: unknown, isTime: boolean): Cell {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    return isTime ? new Date(v).toISOString() : v;
  }
  if (typeof v === 'string') return isTime && v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
