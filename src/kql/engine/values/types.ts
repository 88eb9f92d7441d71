/**
 * Kusto's scalar types and how the engine holds their values in JavaScript.
 *
 * | Kusto type          | JavaScript value                                     | null          |
 * |---------------------|------------------------------------------------------|---------------|
 * | bool                | true / false                                         | null          |
 * | int, long, decimal  | number (integers past 2^53 lose precision)           | null          |
 * | real                | number (NaN and ±Infinity are values, not null)      | null          |
 * | datetime            | number: epoch milliseconds, UTC (Kusto keeps 100 ns) | null          |
 * | timespan            | number: milliseconds                                 | null          |
 * | string              | string                                               | never: ""     |
 * | guid                | string                                               | null          |
 * | dynamic             | JSON value (array, object, number, string, boolean)  | null          |
 *
 * The type travels with the column, not the value: a datetime and a long are both numbers here, and the binder
 * (Microsoft's language service) says which every expression is.
 */

export const SCALAR_TYPES = ['bool', 'int', 'long', 'real', 'decimal', 'datetime', 'timespan', 'string', 'guid', 'dynamic'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

/** A JSON-like value held by a `dynamic` cell. */
export type Dynamic = null | boolean | number | string | Dynamic[] | { [key: string]: Dynamic };

/** One cell. */
export type Value = Dynamic;

export interface ColumnSchema {
  readonly name: string;
  readonly type: ScalarType;
}

export function isScalarType(x: string): x is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(x);
}

/** Types whose values are numbers here. */
export function isNumeric(t: ScalarType): boolean {
  return t === 'int' || t === 'long' || t === 'real' || t === 'decimal';
}

/** Integer types: division truncates, values are whole. */
export function isInteger(t: ScalarType): boolean {
  return t === 'int' || t === 'long';
}

/** The null of a type: "" for string (Kusto strings cannot be null), null otherwise. */
export function nullOf(t: ScalarType): Value {
  return t === 'string' ? '' : null;
}

export const MS_PER_DAY = 86_400_000;
