/** The two Log Analytics tables signinlab reads, and the Kusto types their columns use. */

export const TABLE_NAMES = ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const INTERACTIVE_TABLE: TableName = 'SigninLogs';
export const NON_INTERACTIVE_TABLE: TableName = 'AADNonInteractiveUserSignInLogs';

export type KustoType = 'string' | 'datetime' | 'bool' | 'long' | 'int' | 'real' | 'dynamic' | 'guid' | 'timespan' | 'decimal';

export function isTableName(x: unknown): x is TableName {
  return x === 'SigninLogs' || x === 'AADNonInteractiveUserSignInLogs';
}

/** The table a row belongs to, from its IsInteractive flag. */
export function tableFor(isInteractive: boolean): TableName {
  return isInteractive ? INTERACTIVE_TABLE : NON_INTERACTIVE_TABLE;
}
