/**
 * What groupBy can split by besides a plain field, each the twin of a KQL `by` clause:
 *
 *   mapped('IncomingTokenType', normalizeTokenType)     by Key = f(IncomingTokenType)
 *   bin('CreatedDateTime', 86_400_000, 'Day')           by Day = bin(CreatedDateTime, 1d)
 *   each('AuthenticationMethods', splitAuthMethods)     mv-expand … | summarize … by Method
 *   { name: 'Hour', of: (p) => … }                      any value computed from the row
 *
 * `mapped` and `each` call their function once per distinct value of a dictionary field, not once per row, so a
 * million rows with forty distinct values cost forty calls.
 */
import type { FieldName } from '../schema/fields';

/** A key computed from a row: `of(position)` reads the underlying columns at a row's position. */
export interface DerivedKey {
  readonly name: string;
  of(position: number): string | number;
}

/** A dictionary field's values passed through `map` (values that map alike fall in one group). */
export interface MappedKey {
  readonly kind: 'mapped';
  readonly name: string;
  readonly field: FieldName;
  readonly map: (value: string) => string;
}

/** A number or time field cut into bins of `size` (each bin keyed by its start; a missing value keys null). */
export interface BinKey {
  readonly kind: 'bin';
  readonly name: string;
  readonly field: FieldName;
  readonly size: number;
}

/**
 * A multi-valued dictionary field: a row joins one group per element `split` returns (none when it returns none), as
 * after KQL's mv-expand. An element listed twice on a row counts twice, as mv-expand would.
 */
export interface EachKey {
  readonly kind: 'each';
  readonly name: string;
  readonly field: FieldName;
  readonly split: (value: string) => readonly string[];
}

/** A dictionary or bool field, or one of the keys above. */
export type GroupKey = FieldName | DerivedKey | MappedKey | BinKey | EachKey;

/** @example groupBy(t, ['Type', mapped('IncomingTokenType', (v) => normalizeTokenType(v) ?? v.trim(), 'Token')]) */
export function mapped(field: FieldName, map: (value: string) => string, name: string = field): MappedKey {
  return { kind: 'mapped', name, field, map };
}

/** @example groupBy(t, ['UserPrincipalName', bin('CreatedDateTime', 86_400_000, 'Day')]) */
export function bin(field: FieldName, size: number, name: string = field): BinKey {
  if (!(size > 0)) throw new Error(`bin needs a positive size, not ${size}`);
  return { kind: 'bin', name, field, size };
}

/** @example groupBy(t, each('ConditionalAccessPoliciesFailed', (v) => v.split(';').map((s) => s.trim()).filter(Boolean), 'Policy')) */
export function each(field: FieldName, split: (value: string) => readonly string[], name: string = field): EachKey {
  return { kind: 'each', name, field, split };
}
