/**
 * A group key bound to a table: each row's key as a small integer code, and the way back from a code to the value.
 * Dictionary fields give their own codes; mapped and multi-valued keys compute a code per dictionary code once; derived
 * keys and bins number their values as they first appear.
 */
import type { FieldName } from '../schema/fields';
import type { AnyColumn, BoolColumn, DictColumn } from './columns';
import type { GroupKey } from './group-keys';
import type { SignInTable } from './signin-table';

export type KeyValue = string | number | boolean | null;

export interface KeyReader {
  readonly name: string;
  /** Every code is below this for the whole pass (a dictionary's size); Infinity when codes appear as values do. */
  readonly bound: number;
  /** The code of each row at `positions` (single-valued keys), in one tight loop per kind of key. */
  codes(positions: Uint32Array): ArrayLike<number>;
  /** The codes of each of the row's elements (multi-valued keys only). */
  readonly each?: (position: number) => readonly number[];
  value(code: number): KeyValue;
}

export function keyReader(table: SignInTable, key: GroupKey): KeyReader {
  if (typeof key === 'string') return fieldReader(table, key);
  if (!('kind' in key)) return numbering(key.name, (p) => key.of(p));
  if (key.kind === 'bin') {
    const col = table.column(key.field) as AnyColumn;
    if (col.kind !== 'time' && col.kind !== 'number') throw new Error(`bin needs a number or time field; ${key.field} is a ${col.kind} field`);
    const v = col.values as Float64Array;
    const reader = numbering(key.name, (p) => Math.floor(v[p] / key.size) * key.size);
    return { ...reader, value: (c) => nullForNaN(reader.value(c)) };
  }
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
    const byCode = Int32Array.from(col.values, (v) => idOf(key.map(v)));
    return { name: key.name, bound: values.length, codes: (ps) => gather(ps, (p) => byCode[col.codes[p]]), value };
  }
  const byCode = col.values.map((v) => key.split(v).map(idOf));
  return { name: key.name, bound: values.length, codes: () => [], each: (p) => byCode[col.codes[p]], value };
}

function fieldReader(table: SignInTable, field: FieldName): KeyReader {
  const col = table.column(field) as AnyColumn;
  if (col.kind === 'dict') {
    const codes = (ps: Uint32Array): Uint32Array => {
      const out = new Uint32Array(ps.length);
      for (let j = 0; j < ps.length; j++) out[j] = col.codes[ps[j]];
      return out;
    };
    return { name: field, bound: col.values.length, codes, value: (c) => col.values[c] };
  }
  if (col.kind === 'bool') {
    const b = col as BoolColumn;
    return { name: field, bound: 3, codes: (ps) => gather(ps, (p) => b.values[p] + 1), value: (c) => (c === 0 ? null : c === 2) };
  }
  throw new Error(`groupBy needs a dictionary or bool field, or a derived key; ${field} is a ${col.kind} field`);
}

function dictColumn(table: SignInTable, field: FieldName, what: string): DictColumn {
  const col = table.column(field) as AnyColumn;
  if (col.kind !== 'dict') throw new Error(`${what} needs a dictionary field; ${field} is a ${col.kind} field`);
  return col;
}

/** Codes for values computed per row, numbered in order of first appearance (Map keys: NaN equals NaN). */
function numbering(name: string, of: (p: number) => string | number): KeyReader {
  const codes = new Map<string | number, number>();
  const values: (string | number)[] = [];
  return {
    name,
    bound: Infinity,
    codes: (ps) =>
      gather(ps, (p) => {
        const v = of(p);
        let c = codes.get(v);
        if (c === undefined) codes.set(v, (c = values.push(v) - 1));
        return c;
      }),
    value: (c) => values[c],
  };
}

function gather(ps: Uint32Array, code: (p: number) => number): Uint32Array {
  const out = new Uint32Array(ps.length);
  for (let j = 0; j < ps.length; j++) out[j] = code(ps[j]);
  return out;
}

function nullForNaN(v: KeyValue): KeyValue {
  return typeof v === 'number' && Number.isNaN(v) ? null : v;
}
