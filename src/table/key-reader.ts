/**
 * A group key bound to a table: each row's key as a small integer code, and the way back from a code to the value.
 * Dictionary fields give their own codes, read in place; mapped keys pass them through a per-code table, and
 * multi-valued keys a per-code list, both computed once per distinct value; derived keys and bins number their values as
 * they first appear.
 */
import type { FieldName } from '../schema/fields';
import type { AnyColumn, DictColumn } from './columns';
import type { BinKey, GroupKey } from './group-keys';
import type { SignInTable } from './signin-table';

export type KeyValue = string | number | boolean | null;

/** More bins than this are numbered as they appear rather than from the smallest. */
const MAX_BINS = 1 << 20;

/** Where a row's code is: `map[source[p]]`, or `source[p]` without a map (no array is built per key). */
export interface CodeSource {
  readonly source: ArrayLike<number>;
  readonly map?: ArrayLike<number>;
}

export interface KeyReader {
  readonly name: string;
  /** Every code is below this for the whole pass (a dictionary's size); Infinity when codes appear as values do. */
  readonly bound: number;
  /** Single-valued keys: the codes, in place. */
  readonly codes?: CodeSource;
  /** Single-valued keys computed per row (derived keys, bins). */
  readonly code?: (position: number) => number;
  /** Multi-valued keys: the codes of each of the row's elements. */
  readonly each?: (position: number) => readonly number[];
  value(code: number): KeyValue;
}

export function keyReader(table: SignInTable, key: GroupKey): KeyReader {
  if (typeof key === 'string') return fieldReader(table, key);
  if (!('kind' in key)) return numbering(key.name, (p) => key.of(p));
  if (key.kind === 'bin') return binReader(table, key);
  const col = dictColumn(table, key.field, key.kind);
  const ids = new Map<string, number>();
  const values: string[] = [];
  const idOf = (v: string): number => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = values.push(v) - 1));
    return id;
  };
  const value = (c: number): string => values[c];
  if (key.kind === 'mapped') {
    const map = Int32Array.from(col.values, (v) => idOf(key.map(v)));
    return { name: key.name, bound: values.length, codes: { source: col.codes, map }, value };
  }
  const byCode = col.values.map((v) => key.split(v).map(idOf));
  return { name: key.name, bound: values.length, each: (p) => byCode[col.codes[p]], value };
}

function fieldReader(table: SignInTable, field: FieldName): KeyReader {
  const col = table.column(field) as AnyColumn;
  if (col.kind === 'dict') return { name: field, bound: col.values.length, codes: { source: col.codes }, value: (c) => col.values[c] };
  if (col.kind === 'bool') {
    const b = col.values;
    return { name: field, bound: 3, code: (p) => b[p] + 1, value: (c) => (c === 0 ? null : c === 2) };
  }
  throw new Error(`groupBy needs a dictionary or bool field, or a derived key; ${field} is a ${col.kind} field`);
}

function dictColumn(table: SignInTable, field: FieldName, what: string): DictColumn {
  const col = table.column(field) as AnyColumn;
  if (col.kind !== 'dict') throw new Error(`${what} needs a dictionary field; ${field} is a ${col.kind} field`);
  return col;
}

/** Bins of a number or time field (most bins are few: days of a week): codes are bin numbers from the field's smallest. */
function binReader(table: SignInTable, key: BinKey): KeyReader {
  const col = table.column(key.field) as AnyColumn;
  if (col.kind !== 'time' && col.kind !== 'number') throw new Error(`bin needs a number or time field; ${key.field} is a ${col.kind} field`);
  const v = col.values as Float64Array;
  let lo = Infinity;
  let hi = -Infinity;
  for (let p = 0; p < col.length; p++) {
    if (v[p] < lo) lo = v[p];
    if (v[p] > hi) hi = v[p];
  }
  const first = Math.floor(lo / key.size);
  const bins = Math.floor(hi / key.size) - first + 1;
  if (!(bins <= MAX_BINS)) {
    // Too many bins to number from the smallest (or no value at all): number them as they appear.
    const reader = numbering(key.name, (p) => Math.floor(v[p] / key.size) * key.size);
    return { ...reader, value: (c) => nullForNaN(reader.value(c)) };
  }
  // Code 0: no value (NaN); code b + 1: bin `first + b`.
  const code = (p: number): number => (Number.isNaN(v[p]) ? 0 : Math.floor(v[p] / key.size) - first + 1);
  return { name: key.name, bound: bins + 1, code, value: (c) => (c === 0 ? null : (c - 1 + first) * key.size) };
}

/** Codes for values computed per row, numbered in order of first appearance (Map keys: NaN equals NaN). */
function numbering(name: string, of: (p: number) => string | number): KeyReader {
  const codes = new Map<string | number, number>();
  const values: (string | number)[] = [];
  const code = (p: number): number => {
    const v = of(p);
    let c = codes.get(v);
    if (c === undefined) codes.set(v, (c = values.push(v) - 1));
    return c;
  };
  return { name, bound: Infinity, code, value: (c) => values[c] };
}

function nullForNaN(v: KeyValue): KeyValue {
  return typeof v === 'number' && Number.isNaN(v) ? null : v;
}
