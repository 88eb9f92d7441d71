/** `--tables SigninLogs,AADNonInteractiveUserSignInLogs`: which tables a pull reads (workspace and cluster alike). */
import { UserError } from '../errors';
import { isTableName, type TableName } from '../schema/table-names';

/** The tables a `--tables` list names (undefined when not given: both); a name that is not a table is refused. */
export function tablesOf(list: string | undefined): TableName[] | undefined {
  if (list === undefined) return undefined;
  const names = list.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = names.filter((t) => !isTableName(t));
  if (bad.length || names.length === 0) throw new UserError(`--tables: ${bad.join(', ') || '(empty)'} is not SigninLogs or AADNonInteractiveUserSignInLogs`);
  return names as TableName[];
}
