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
import type { GroupKey } from './group-keys';
import { keyReader, type KeyReader, type KeyValue } from './key-reader';
import type { SignInTable } from './signin-table';
import { TupleIds } from './tuple-ids';

export type { DerivedKey, GroupKey } from './group-keys';
export type { KeyValue } from './key-reader';

export interface GroupOptions {
  /** Keeps a row when true; sees the row's position in the underlying columns (cheap: no row object). */
  where?: (position: number) => boolean;
  /** 'time' orders each group's rows by CreatedDateTime (stable); default: table order. */
  order?: 'table' | 'time';
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

/**
 * Splits `table` by `keys`; groups come in order of first appearance. No keys make one group of every row (kept by
 * `where`), even when there is none, as KQL's `summarize` without `by` gives one row.
 */
export function groupBy(table: SignInTable, keys: GroupKey | readonly GroupKey[], options: GroupOptions = {}): Groups {
  const readers = (Array.isArray(keys) ? keys : [keys]).map((k: GroupKey) => keyReader(table, k));
  const ids = new TupleIds(readers.map((r) => r.bound));
  const m = readers.some((r) => r.each) ? fanOut(table, readers, ids, options.where) : oneEach(table, readers, ids, options.where);
  const count = ids.size;
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < m.length; i++) offsets[m.groups[i] + 1]++;
  for (let g = 0; g < count; g++) offsets[g + 1] += offsets[g];
  const fill = offsets.slice(0, count);
  const order = new Uint32Array(m.length);
  for (let i = 0; i < m.length; i++) order[fill[m.groups[i]]++] = m.rows[i];
  if (options.order === 'time') sortSegmentsByTime(table, order, offsets);
  const keyCodes = new Uint32Array(count * readers.length);
  for (let g = 0; g < count && readers.length; g++) keyCodes.set(ids.codesOf(g), g * readers.length);
  return new Groups(table, readers.map((r) => r.name), keyCodes, readers.map((r) => r.value), order, offsets);
}

/** Row memberships: row rows[i] (a k value) belongs to group groups[i]; rows ascend. */
interface Memberships {
  rows: ArrayLike<number>;
  groups: ArrayLike<number>;
  length: number;
}

/** Every key single-valued: each kept row joins exactly one group. */
function oneEach(table: SignInTable, readers: readonly KeyReader[], ids: TupleIds, where?: (p: number) => boolean): Memberships {
  const n = table.length;
  const rows = new Uint32Array(n);
  const groups = new Uint32Array(n);
  const keys = readers.length;
  let length = 0;
  for (let k = 0; k < n; k++) {
    const p = table.position(k);
    if (where && !where(p)) continue;
    let id = 0;
    for (let i = 0; i < keys; i++) id = ids.step(i, id, readers[i].code(p));
    rows[length] = k;
    groups[length++] = id;
  }
  return { rows, groups, length };
}

/** Some key multi-valued: a row joins one group per combination of its elements (none when a list is empty). */
function fanOut(table: SignInTable, readers: readonly KeyReader[], ids: TupleIds, where?: (p: number) => boolean): Memberships {
  const rows: number[] = [];
  const groups: number[] = [];
  let cur: number[] = [];
  let next: number[] = [];
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    if (where && !where(p)) continue;
    cur.length = 0;
    cur.push(0);
    readers.forEach((r, i) => {
      next.length = 0;
      for (const parent of cur) {
        if (r.each) for (const c of r.each(p)) next.push(ids.step(i, parent, c));
        else next.push(ids.step(i, parent, r.code(p)));
      }
      [cur, next] = [next, cur];
    });
    for (const id of cur) {
      rows.push(k);
      groups.push(id);
    }
  }
  return { rows, groups, length: rows.length };
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
