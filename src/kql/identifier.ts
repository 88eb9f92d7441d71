/**
 * Column names put into a query. Only names from the schema catalogue (src/schema/columns.ts) are accepted, so a
 * column chosen at run time (a notebook's "group by" argument, a CLI option) can never smuggle in query text.
 */
import { COLUMNS } from '../schema/columns';
import { field, isFieldName } from '../schema/fields';
import type { TableName } from '../schema/table-names';
import { Kql } from './fragment';

const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]));

/**
 * A column of the sign-in tables, checked against the catalogue (and against `table` when given).
 * @example column('UserPrincipalName') // => UserPrincipalName
 */
export function column(name: string, table?: TableName): Kql {
  const def = BY_NAME.get(name);
  if (!def) throw new RangeError(`"${name}" is not a column of SigninLogs or AADNonInteractiveUserSignInLogs`);
  if (table && def[table] === undefined) throw new RangeError(`"${name}" is not a column of ${table}`);
  return Kql.trusted(name);
}

/**
 * The Kusto expression of a normalized field (src/schema/fields.ts): the column itself, or the expression that lifts
 * the value out of its JSON column in either table (e.g. City from LocationDetails).
 * @example fieldExpression('City') // => tostring(parse_json(LocationDetails).city)
 */
export function fieldExpression(name: string): Kql {
  if (!isFieldName(name)) throw new RangeError(`"${name}" is not a sign-in field`);
  return Kql.trusted(field(name).kql);
}
