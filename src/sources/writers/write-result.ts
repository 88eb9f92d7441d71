/** What a writer reports: rows written, per table. */
import type { TableName } from '../../schema/table-names';

export interface WriteResult {
  path: string;
  rows: number;
  byTable: Record<TableName, number>;
}

export function emptyResult(path: string): WriteResult {
  return { path, rows: 0, byTable: { SigninLogs: 0, AADNonInteractiveUserSignInLogs: 0 } };
}

/** Counts one written row under its table. */
export function count(result: WriteResult, row: Record<string, unknown>): void {
  result.rows++;
  if (row.Type === 'SigninLogs' || row.Type === 'AADNonInteractiveUserSignInLogs') result.byTable[row.Type]++;
}
