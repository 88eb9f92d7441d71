/**
 * `project` / `extend` lists of normalized fields, from the `kql` expressions in src/schema/fields.ts. Twins extract
 * what they need in each table before a `union`, because a union splits the columns whose type differs between the
 * two tables (LocationDetails dynamic vs text) into LocationDetails_dynamic / LocationDetails_string.
 */
import { field, type FieldName } from '../schema/fields';
import { Kql } from './fragment';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `Name = expression` for each field (just `Name` when the field is the column itself), optionally under a prefixed
 * name so two sides of a join keep apart.
 * @example fieldColumns(['City', 'IPAddress']) // => City = tostring(parse_json(LocationDetails).city), IPAddress
 */
export function fieldColumns(names: readonly FieldName[], prefix = ''): Kql {
  if (prefix && !NAME.test(prefix)) throw new RangeError(`column prefix must be an identifier, got "${prefix}"`);
  return Kql.trusted(
    names
      .map((n) => {
        const f = field(n);
        const out = `${prefix}${f.name}`;
        return f.kql === out ? out : `${out} = ${f.kql}`;
      })
      .join(', '),
  );
}
