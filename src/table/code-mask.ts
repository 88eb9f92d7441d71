/**
 * Facts precomputed per dictionary code, so a whole-table pass looks a value up in an array instead of re-reading
 * strings row by row.
 */
import type { DictColumn } from './columns';

/** `f` of every distinct value of a dictionary column, indexed by code. */
export function perCode<T>(col: DictColumn, f: (value: string) => T): T[] {
  return col.values.map(f);
}

/** A per-code membership mask: true where the value (trimmed) is in `set`. */
export function codeMask(col: DictColumn, set: readonly string[]): boolean[] {
  const want = new Set(set.map((s) => s.trim()));
  return perCode(col, (v) => want.has(v.trim()));
}
