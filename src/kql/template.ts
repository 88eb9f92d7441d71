/**
 * The `kql` tagged template: the text written in the template is trusted query text, every `${value}` becomes a
 * literal chosen by its type. A string can only ever become a string literal; splicing query text requires a `Kql`
 * fragment, which only this folder's renderers make.
 *
 * | interpolated value         | rendered as                         |
 * |----------------------------|-------------------------------------|
 * | string                     | "escaped string literal"            |
 * | number (finite)            | 42, real(0.5)                       |
 * | boolean                    | true / false                        |
 * | Date                       | datetime(2025-06-02T00:00:00.000Z)  |
 * | array of strings / numbers | dynamic(["a", "b"])                 |
 * | Kql fragment               | its text, as is                     |
 */
import { Kql } from './fragment';
import { boolLiteral, datetimeLiteral, dynamicArray, numberLiteral, stringLiteral } from './literals';

export type KqlValue = string | number | boolean | Date | Kql | readonly (string | number)[];

/** Renders one interpolated value as a literal (or a trusted fragment as is). */
export function literal(value: KqlValue): Kql {
  if (Kql.isKql(value)) return value;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'boolean') return boolLiteral(value);
  if (value instanceof Date) return datetimeLiteral(value);
  if (Array.isArray(value)) return dynamicArray(value);
  throw new TypeError(`cannot put a ${value === null ? 'null' : typeof value} into a KQL query`);
}

/**
 * Builds KQL with every interpolation escaped by its type.
 * @example kql`SigninLogs | where UserPrincipalName =~ ${upn}` // upn always stays inside one string literal
 */
export function kql(strings: TemplateStringsArray, ...values: KqlValue[]): Kql {
  let text = strings[0];
  values.forEach((v, i) => {
    text += literal(v).text + strings[i + 1];
  });
  return Kql.trusted(text);
}

/** Separators `joinKql` may put between fragments: a closed list, so no caller can splice text through it. */
export type KqlSeparator = '\n' | ', ' | ' and ' | ' or ' | '\n| ';

/** Joins fragments (e.g. the optional `where` clauses of a scope). */
export function joinKql(parts: readonly Kql[], separator: KqlSeparator): Kql {
  return Kql.trusted(parts.map((p) => p.text).join(separator));
}
