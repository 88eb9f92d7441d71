/**
 * groupBy: a table's rows split by the values of one or more fields, in one pass over dictionary codes.
 *
 * The groups are kept the way a sparse matrix keeps its rows (CSR): one array of row numbers ordered by group, and one
 * offset per group, so a million rows in ten thousand groups cost two typed arrays, not ten thousand JS arrays.
 * Rows inside a group keep table order, or time order with `{ order: 'time' }`.
 *
 * @example
 * const byUser = groupBy(table, 'UserPrincipalName', { order: 'time' });
 * for (let g = 0; g < byUser.length; g++) console.log(byUser.key(g).UserPrincipalName, byUser.rows(g).length);
 */
import type { FieldName } from '../schema/fields';
import type { BoolColumn, DictColumn } from './columns';
import type { SignInTable } from './signin-table';

/** A key computed from a row: `of(position)` reads the underlying columns at a row's position. */
export interface DerivedKey {
  readonly name: string;
  of(position: number): string;
}

/** A dictionary or bool field, or a derived key. */
export type GroupKey = FieldName | DerivedKey;

export interface GroupOptions {
  /** Keeps a row when true; sees the row's position in the underlying columns (cheap: no row object). */
  where?: (position: number) => boolean;
  /** 'time' orders each group's rows by CreatedDateTime (stable); default: table order. */
  order?: 'table' | 'time';
}

export type KeyValue = string | boolean | null;

/** One key column's codes per row and how to turn a code back into its value. */
interface KeyReader {
  readonly name: string;
  readonly size: () => number;
  readonly code: (position: number) => number;
  readonly value: (code: number) => KeyValue;
}

function keyReader(table: SignInTable, key: GroupKey): KeyReader {
  if (typeof key !== 'string') {
    const codes = new Map<string, number>();
    const values: string[] = [];
    return {
      name: key.name,
      size: () => values.length,
      code: (p) => {
        const v = key.of(p);
        let c = codes.get(v);
        if (c === undefined) {
          c = values.length;
          values.push(v);
          codes.set(v, c);
        }
        return c;
      },
      value: (c) => values[c],
    };
  }
  const col = table.column(key) as DictColumn | BoolColumn;
  if (col.kind === 'dict') {
    const d = col as DictColumn;
    return { name: key, size: () => d.values.length, code: (p) => d.codes[p], value: (c) => d.values[c] };
  }
  if (col.kind === 'bool') {
    const b = col as BoolColumn;
    return { name: key, size: () => 3, code: (p) => b.values[p] + 1, value: (c) => (c === 0 ? null : c === 2) };
  }
  throw new Error(`groupBy needs a dictionary or bool field, or a derived key; ${key} is a ${(col as { kind: string }).kind} field`);
}

/** The groups of a table; group g's rows are `rows(g)` (k values of the table), its key values `key(g)`. */
export class Groups {
  constructor(
    readonly table: SignInTable,
    readonly keyNames: readonly string[],
    /** Key codes of each group, `keyNames.length` per group. */
    private readonly keyCodes: Uint32Array,
    private readonly values: readonly ((code: number) => KeyValue)[],
    /** Row numbers (k) grouped; group g spans offsets[g] .. offsets[g+1]. */
    private readonly order: Uint32Array,
    private readonly offsets: Uint32Array,
  ) {}

  /** Number of groups. */
  get length(): number {
    return this.offsets.length - 1;
  }

  /** The rows (k values of the table) of group g. */
  rows(g: number): Uint32Array {
    return this.order.subarray(this.offsets[g], this.offsets[g + 1]);
  }

  /** Number of rows of group g. */
  size(g: number): number {
    return this.offsets[g + 1] - this.offsets[g];
  }

  /** The dictionary code of the i-th key of group g (compare codes, not strings, in hot loops). */
  code(g: number, i = 0): number {
    return this.keyCodes[g * this.keyNames.length + i];
  }

  /** The key values of group g, by key name. */
  key(g: number): Record<string, KeyValue> {
    const out: Record<string, KeyValue> = {};
    this.keyNames.forEach((name, i) => (out[name] = this.values[i](this.code(g, i))));
    return out;
  }

  /** The value of the i-th key of group g. */
  keyValue(g: number, i = 0): KeyValue {
    return this.values[i](this.code(g, i));
  }

  *[Symbol.iterator](): IterableIterator<{ key: Record<string, KeyValue>; rows: Uint32Array }> {
    for (let g = 0; g < this.length; g++) yield { key: this.key(g), rows: this.rows(g) };
  }
}

/** Splits `table` by `keys`; groups come in order of first appearance. */
export function groupBy(table: SignInTable, keys: GroupKey | readonly GroupKey[], options: GroupOptions = {}): Groups {
  const readers = (Array.isArray(keys) ? keys : [keys]).map((k: GroupKey) => keyReader(table, k));
  const n = table.length;
  const groupOf = new Int32Array(n).fill(-1);
  const keyCodes: number[] = [];
  const counts: number[] = [];
  const single = readers.length === 1 && typeof keys === 'string';
  // One key of a dictionary: the code indexes an array. Several keys: their codes joined into one Map key.
  const byCode = single ? new Int32Array(readers[0].size()).fill(-1) : null;
  const byTuple = single ? null : new Map<string, number>();
  const where = options.where;
  for (let k = 0; k < n; k++) {
    const p = table.position(k);
    if (where && !where(p)) continue;
    let g: number;
    if (byCode) {
      const c = readers[0].code(p);
      g = byCode[c];
      if (g < 0) {
        g = byCode[c] = counts.length;
        counts.push(0);
        keyCodes.push(c);
      }
    } else {
      const codes = readers.map((r) => r.code(p));
      const tuple = codes.join(',');
      const found = byTuple!.get(tuple);
      if (found === undefined) {
        g = counts.length;
        byTuple!.set(tuple, g);
        counts.push(0);
        keyCodes.push(...codes);
      } else g = found;
    }
    groupOf[k] = g;
    counts[g]++;
  }
  const offsets = new Uint32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) offsets[g + 1] = offsets[g] + counts[g];
  const fill = offsets.slice(0, counts.length);
  const order = new Uint32Array(offsets[counts.length]);
  for (let k = 0; k < n; k++) if (groupOf[k] >= 0) order[fill[groupOf[k]]++] = k;
  if (options.order === 'time') sortSegmentsByTime(table, order, offsets);
  return new Groups(table, readers.map((r) => r.name), Uint32Array.from(keyCodes), readers.map((r) => r.value), order, offsets);
}

/** Orders each group's rows by CreatedDateTime, stable, skipping groups already in order (the usual case). */
function sortSegmentsByTime(table: SignInTable, order: Uint32Array, offsets: Uint32Array): void {
  const time = table.column('CreatedDateTime').values;
  const at = (k: number) => time[table.position(k)];
  for (let g = 0; g + 1 < offsets.length; g++) {
    const seg = order.subarray(offsets[g], offsets[g + 1]);
    let sorted = true;
    for (let i = 1; i < seg.length && sorted; i++) if (at(seg[i]) < at(seg[i - 1])) sorted = false;
    if (!sorted) seg.set(Array.from(seg).sort((a, b) => at(a) - at(b) || a - b));
  }
}
