/**
 * The columns a pull asks each table for: the source columns of the normalized fields, plus the few the normalizer reads
 * to tell a user sign-in from an application's (Category, SignInEventTypes, ServicePrincipalName/Id). Projecting keeps
 * each answer small, so fewer windows hit the service's size cap. Each table gets only the columns it has, under its own
 * types: SigninLogs sends seven of them as dynamic, the non-interactive table as JSON text, and the normalizer takes both.
 */
import { UserError } from '../../errors';
import { COLUMNS } from '../../schema/columns';
import { FIELDS } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';

/** Columns the normalizer reads besides the fields' own sources. */
const CLASSIFYING = ['Category', 'SignInEventTypes', 'ServicePrincipalName', 'ServicePrincipalId'] as const;

/** Every source column the model needs, in catalogue order. */
export const MODEL_COLUMNS: readonly string[] = (() => {
  const wanted = new Set<string>([...FIELDS.map((f) => f.from.column), ...CLASSIFYING]);
  return COLUMNS.filter((c) => wanted.has(c.name)).map((c) => c.name);
})();

/**
 * The columns to project from `table`: `requested` (source column names) or the model's, keeping those the table has.
 * Unknown names are refused, so a typo does not silently drop a column. Id, TimeGenerated and Type are always kept:
 * without them a row cannot be deduplicated, windowed or placed in its table.
 */
export function pullColumns(table: TableName, requested?: readonly string[]): string[] {
  if (requested) {
    const unknown = requested.filter((n) => !COLUMNS.some((c) => c.name === n));
    if (unknown.length) throw new UserError(`unknown column(s) ${unknown.join(', ')}: not a column of SigninLogs or AADNonInteractiveUserSignInLogs`);
  }
  const wanted = new Set([...(requested ?? MODEL_COLUMNS), 'Id', 'TimeGenerated', 'Type']);
  return COLUMNS.filter((c) => wanted.has(c.name) && c[table] !== undefined).map((c) => c.name);
}
