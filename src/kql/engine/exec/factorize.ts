/**
 * Grouping keys as dense integers: each row of one or more key columns gets the id of its distinct key (ids in order
 * of first appearance). Dictionary-encoded columns are factorized through their codes (a code map built once per
 * distinct value, so two codes holding equal values share an id); other columns through a Map of values.
 * This is what summarize, distinct, joins and lookups hash on.
 */
import { valueKey } from '../values/compare';
import { nullOf, type Value } from '../values/types';
import type { Column } from './column';

export interface Factors {
  /** Key id of each row. */
  readonly ids: Int32Array;
  /** Number of distinct keys. */
  readonly count: number;
  /** The first row holding each key id. */
  readonly firstRow: Int32Array;
}

/** Distinct keys for distinct values: primitives as themselves (a Map keeps 5, "5" and true apart), null as a
 *  symbol, arrays and bags by their canonical JSON under a separate symbol-free namespace (see KeyMap). */
const NULL_KEY = Symbol('null');

class KeyMap {
  private readonly prim = new Map<unknown, number>();
  private readonly obj = new Map<string, number>();
  size = 0;
  id(v: Value): number {
    if (v !== null && typeof v === 'object') {
      const k = valueKey(v);
      let id = this.obj.get(k);
      if (id === undefined) this.obj.set(k, (id = this.size++));
      return id;
    }
    const k = v === null ? NULL_KEY : v;
    let id = this.prim.get(k);
    if (id === undefined) this.prim.set(k, (id = this.size++));
    return id;
  }
}

/** Per-row ids of one column (not necessarily in first-appearance order) and how many there are. */
function columnIds(c: Column, n: number): { ids: Int32Array; count: number } {
  const ids = new Int32Array(n);
  const keys = new KeyMap();
  if (c.dictionary && c.code && c.dictionary.length <= n) {
    const canon = c.dictionary.map((v) => keys.id(v));
    let nullId = -1;
    for (let i = 0; i < n; i++) {
      const code = c.code(i);
      if (code >= 0) ids[i] = canon[code];
      else ids[i] = nullId < 0 ? (nullId = keys.id(nullOf(c.type))) : nullId;
    }
    return { ids, count: keys.size };
  }
  for (let i = 0; i < n; i++) ids[i] = keys.id(c.get(i));
  return { ids, count: keys.size };
}

/** Renumbers ids (all below `space`) densely in order of first appearance. */
function dense(ids: ArrayLike<number>, n: number, space: number): Factors {
  const out = new Int32Array(n);
  const first: number[] = [];
  if (space <= Math.max(1 << 16, 4 * n)) {
    // A lookup array beats a Map by an order of magnitude when the key space is small.
    const seen = new Int32Array(space).fill(-1);
    for (let i = 0; i < n; i++) {
      let g = seen[ids[i]];
      if (g < 0) {
        seen[ids[i]] = g = first.length;
        first.push(i);
      }
      out[i] = g;
    }
  } else {
    const seen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let g = seen.get(ids[i]);
      if (g === undefined) {
        seen.set(ids[i], (g = first.length));
        first.push(i);
      }
      out[i] = g;
    }
  }
  return { ids: out, count: first.length, firstRow: Int32Array.from(first) };
}

/**
 * Factorizes rows by the combined value of `columns`.
 * @example factorize([col(['a', 'b', 'a'])], 3).ids // => Int32Array [0, 1, 0]
 */
export function factorize(columns: readonly Column[], n: number): Factors {
  if (columns.length === 0) return { ids: new Int32Array(n), count: n ? 1 : 0, firstRow: Int32Array.from(n ? [0] : []) };
  let acc = columnIds(columns[0], n);
  for (let j = 1; j < columns.length; j++) {
    const next = columnIds(columns[j], n);
    const combined = new Int32Array(n);
    if (acc.count * next.count < 2 ** 31) {
      for (let i = 0; i < n; i++) combined[i] = acc.ids[i] * next.count + next.ids[i];
      const d = dense(combined, n, acc.count * next.count);
      acc = { ids: d.ids, count: d.count };
    } else {
      const byPair = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const k = `${acc.ids[i]},${next.ids[i]}`;
        let id = byPair.get(k);
        if (id === undefined) byPair.set(k, (id = byPair.size));
        combined[i] = id;
      }
      acc = { ids: combined, count: byPair.size };
    }
  }
  return dense(acc.ids, n, acc.count);
}
