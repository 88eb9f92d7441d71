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
import { keyReader, type KeyValue } from './key-reader';
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
  // Key by key over all kept rows (each loop sees one kind of key), not row by row over all keys.
  let m = keptRows(table, options.where);
  readers.forEach((r, i) => {
    if (r.each) {
      const expanded = fanOut(m, r.each);
      ids.assign(i, (m = expanded).ids, null, expanded.codes);
    } else if (r.codes) ids.assign(i, m.ids, m.positions, r.codes.source, r.codes.map);
    else ids.assign(i, m.ids, null, gather(m, r.code!));
  });
  const count = ids.size;
  const offsets = new Uint32Array(count + 1);
  for (let j = 0; j < m.ids.length; j++) offsets[m.ids[j] + 1]++;
  for (let g = 0; g < count; g++) offsets[g + 1] += offsets[g];
  const fill = offsets.slice(0, count);
  const order = new Uint32Array(m.ids.length);
  for (let j = 0; j < m.ids.length; j++) order[fill[m.ids[j]]++] = m.rows ? m.rows[j] : j;
  if (options.order === 'time') sortSegmentsByTime(table, order, offsets);
  const keyCodes = new Uint32Array(count * readers.length);
  for (let g = 0; g < count && readers.length; g++) keyCodes.set(ids.codesOf(g), g * readers.length);
  return new Groups(table, readers.map((r) => r.name), keyCodes, readers.map((r) => r.value), order, offsets);
}

/**
 * Memberships of rows in tuples: row rows[j] (a k value, at `positions[j]`) is in tuple ids[j]; rows ascend. With
 * nothing filtered, rows are j itself (null), and over a whole table so are positions: a groupBy then allocates two
 * arrays of the table's length, not four, which keeps the garbage collector quiet on millions of rows.
 */
interface Memberships {
  rows: Uint32Array | null;
  positions: Uint32Array | null;
  ids: Uint32Array;
}

/** The rows `where` keeps, each in tuple 0 (no key read yet). */
function keptRows(table: SignInTable, where?: (p: number) => boolean): Memberships {
  const n = table.length;
  if (!where) {
    if (isWhole(table)) return { rows: null, positions: null, ids: new Uint32Array(n) };
    const positions = new Uint32Array(n);
    for (let k = 0; k < n; k++) positions[k] = table.position(k);
    return { rows: null, positions, ids: new Uint32Array(n) };
  }
  const rows = new Uint32Array(n);
  const positions = new Uint32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const p = table.position(k);
    if (where && !where(p)) continue;
    rows[m] = k;
    positions[m++] = p;
  }
  return { rows: rows.subarray(0, m), positions: positions.subarray(0, m), ids: new Uint32Array(m) };
}

/** Every row of the table at its own position (not a view that skips or reorders). */
function isWhole(table: SignInTable): boolean {
  for (let k = 0; k < table.length; k++) if (table.position(k) !== k) return false;
  return true;
}

/** Codes computed per row (derived keys, bins, bools), in membership order. */
function gather(m: Memberships, code: (p: number) => number): Uint32Array {
  const out = new Uint32Array(m.ids.length);
  for (let j = 0; j < out.length; j++) out[j] = code(m.positions ? m.positions[j] : j);
  return out;
}

/** A multi-valued key: each membership becomes one per element of its row (none when the list is empty). */
function fanOut(m: Memberships, each: (p: number) => readonly number[]): Memberships & { codes: Uint32Array } {
  // Two passes (count, then fill) rather than one array of lists per row: `each` is a lookup, the lists garbage.
  let total = 0;
  for (let j = 0; j < m.ids.length; j++) total += each(m.positions ? m.positions[j] : j).length;
  const out = { rows: new Uint32Array(total), positions: new Uint32Array(total), ids: new Uint32Array(total), codes: new Uint32Array(total) };
  let o = 0;
  for (let j = 0; j < m.ids.length; j++) {
    const list = each(m.positions ? m.positions[j] : j);
    for (let e = 0; e < list.length; e++, o++) {
      out.rows[o] = m.rows ? m.rows[j] : j;
      out.positions[o] = m.positions ? m.positions[j] : j;
      out.ids[o] = m.ids[j];
      out.codes[o] = list[e];
    }
  }
  return out;
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
