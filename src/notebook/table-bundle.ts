/**
 * Tables for display: a SignInTable (its first rows, the analyst's most useful columns first), result rows, an
 * AnalysisResult's rows, a danfo DataFrame. HTML escaped, with a text/plain twin.
 */
import type { AnalysisResult } from '../analyses/analysis';
import { toColumns, type Convertible } from '../table/to-dataframe';
import { SignInTable } from '../table/signin-table';
import { htmlTable } from './html-table';
import type { MimeBundle } from './mime-bundle';
import { textTable } from './plain-text';

export interface TableDisplayOptions {
  /** Most rows to show (default 20). */
  limit?: number;
  /** Columns to show, in order (default: for sign-ins SIGNIN_DISPLAY_COLUMNS, else every key). */
  columns?: readonly string[];
}

/** The columns an analyst reads first in a sign-in; pass `columns` for others. */
export const SIGNIN_DISPLAY_COLUMNS = [
  'CreatedDateTime',
  'Type',
  'UserPrincipalName',
  'IPAddress',
  'City',
  'CountryOrRegion',
  'AppDisplayName',
  'ClientAppUsed',
  'ResultType',
  'IncomingTokenType',
  'ConditionalAccessStatus',
] as const;

/**
 * Result-row columns an analyst reads first, in this order, when no `columns` are given and the rows carry a verdict
 * (Severity or Score): the verdict and its reasons, then who and where. Every other column follows in its own order
 * and scrolls sideways. Rows without a verdict keep their own order.
 */
export const KEY_RESULT_COLUMNS = ['Severity', 'Score', 'Reasons', 'UserPrincipalName', 'IPAddress'] as const;

/** The keys of the first `limit` rows, key columns first. */
function resultColumns(rows: readonly Record<string, unknown>[], limit: number): string[] {
  const seen = new Set<string>();
  for (const r of rows.slice(0, limit)) for (const k of Object.keys(r)) seen.add(k);
  if (!seen.has('Severity') && !seen.has('Score')) return [...seen];
  const keys = KEY_RESULT_COLUMNS.filter((c) => seen.has(c));
  return [...keys, ...[...seen].filter((c) => !(keys as string[]).includes(c))];
}

/** Bundle for a table of columns and rows (the common end of every table display). */
export function tableBundle(columns: readonly string[], rows: readonly (readonly unknown[])[], caption: string): MimeBundle {
  return {
    'text/html': htmlTable(columns, rows, caption),
    'text/plain': `${caption}\n${textTable(columns, rows)}`,
  };
}

/** Bundle for sign-ins, result rows or an AnalysisResult's rows: the first `limit` rows, with a caption saying so. */
export function rowsBundle(
  x: Convertible,
  options: TableDisplayOptions = {},
): MimeBundle {
  const limit = options.limit ?? 20;
  const isTable = x instanceof SignInTable;
  const rows = (isTable ? undefined : Array.isArray(x) ? x : (x as AnalysisResult<unknown, object>).rows) as readonly Record<string, unknown>[] | undefined;
  const columns = options.columns ?? (isTable ? SIGNIN_DISPLAY_COLUMNS : resultColumns(rows!, limit));
  const { columns: names, data } = toColumns(x, { columns, limit });
  const total = isTable ? x.length : rows!.length;
  const what = isTable ? 'sign-ins' : 'rows';
  let caption = data.length < total ? `first ${data.length} of ${total} ${what}` : `${total} ${what}`;
  if (isTable) {
    const c = x.counts();
    caption += ` (SigninLogs ${c.SigninLogs}, AADNonInteractiveUserSignInLogs ${c.AADNonInteractiveUserSignInLogs})`;
  }
  return tableBundle(names, data, caption);
}

/** The parts of a danfo DataFrame we read (structural, so danfo need not be loaded to recognise one). */
export interface DataFrameLike {
  columns: string[];
  values: unknown[][];
  shape: number[];
}

export function isDataFrameLike(x: unknown): x is DataFrameLike {
  const d = x as DataFrameLike;
  return (
    typeof x === 'object' && x !== null && Array.isArray(d.columns) && Array.isArray(d.values) && Array.isArray(d.shape)
  );
}

/** Bundle for a danfo DataFrame: its first `limit` rows. */
export function dataFrameBundle(df: DataFrameLike, options: TableDisplayOptions = {}): MimeBundle {
  const limit = options.limit ?? 20;
  const total = df.shape[0] ?? df.values.length;
  const rows = df.values.slice(0, limit);
  const caption = rows.length < total ? `DataFrame: first ${rows.length} of ${total} rows` : `DataFrame: ${total} rows`;
  return tableBundle(df.columns, rows, caption);
}
