/** Functions over dynamic arrays and property bags. */
import { compareNonNull, valueKey } from '../values/compare';
import { toDynamic, isBag } from '../values/dynamic';
import { valueText } from '../values/format';
import type { Dynamic, Value } from '../values/types';
import { fn, type ScalarFunctionDef } from './function';

const arr = (v: Value): Dynamic[] | null => (Array.isArray(v) ? v : null);

/** Distinct elements, first occurrence order. */
function distinct(xs: Iterable<Dynamic>): Dynamic[] {
  const seen = new Set<string>();
  const out: Dynamic[] = [];
  for (const x of xs) {
    const k = valueKey(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** array_sort's order for mixed arrays: numbers, then strings, then everything else. */
function rank(v: Dynamic): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function sortArrays(a: Value[], descending: boolean): Value {
  let nullsLast = true;
  let arrays = a;
  if (a.length > 1 && typeof a[a.length - 1] === 'boolean') {
    nullsLast = a[a.length - 1] as boolean;
    arrays = a.slice(0, -1);
  }
  const first = arr(arrays[0]);
  if (!first) return null;
  const idx = first.map((_, i) => i);
  idx.sort((i, j) => {
    const x = first[i];
    const y = first[j];
    if (x === null || y === null) return x === y ? i - j : (x === null) === nullsLast ? 1 : -1;
    const r = rank(x) - rank(y) || compareNonNull(x, y);
    return (descending ? -r : r) || i - j;
  });
  // The first array's result (the binder types array_sort_* with several arrays as several columns; one is supported).
  return idx.map((i) => first[i]);
}

export const DYNAMIC_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('array_length', [1, 1], 'array_length(array): long (null when not an array)', (a) => arr(a[0])?.length ?? null),
  fn('pack_array', [1, 255], 'pack_array(a, b, ...): dynamic', (a, t) => a.map((v, i) => toDynamic(v, t.args[i]))),
  fn('strcat_array', [2, 2], 'strcat_array(array, delimiter): string', (a) => {
    const xs = arr(a[0]);
    if (!xs) return '';
    return xs.map((x) => (x === null ? '' : typeof x === 'string' ? x : valueText(x, 'dynamic'))).join(String(a[1] ?? ''));
  }),
  fn('bag_keys', [1, 1], 'bag_keys(bag): dynamic', (a) => (isBag(a[0]) ? Object.keys(a[0]) : null)),
  fn('bag_has_key', [2, 2], 'bag_has_key(bag, key): bool', (a) => isBag(a[0]) && Object.prototype.hasOwnProperty.call(a[0], String(a[1]))),
  fn('bag_pack', [0, 254], 'bag_pack(key1, value1, ...): dynamic', (a, t) => {
    const out: { [k: string]: Dynamic } = {};
    for (let i = 0; i + 1 < a.length; i += 2) out[String(a[i])] = toDynamic(a[i + 1], t.args[i + 1]);
    return out;
  }),
  fn('pack', [0, 254], 'pack(key1, value1, ...): dynamic', (a, t) => {
    const out: { [k: string]: Dynamic } = {};
    for (let i = 0; i + 1 < a.length; i += 2) out[String(a[i])] = toDynamic(a[i + 1], t.args[i + 1]);
    return out;
  }),
  fn('bag_merge', [2, 64], 'bag_merge(bag1, bag2, ...): dynamic', (a) => {
    const out: { [k: string]: Dynamic } = {};
    for (const b of a) if (isBag(b)) for (const [k, v] of Object.entries(b)) if (!(k in out)) out[k] = v;
    return out;
  }),
  fn('array_sort_asc', [1, 64], 'array_sort_asc(array [, nulls_last]): dynamic', (a) => sortArrays(a, false)),
  fn('array_sort_desc', [1, 64], 'array_sort_desc(array [, nulls_last]): dynamic', (a) => sortArrays(a, true)),
  fn('set_union', [2, 64], 'set_union(array1, array2, ...): dynamic', (a) => {
    if (a.some((x) => !arr(x))) return null;
    return distinct(a.flatMap((x) => arr(x)!));
  }),
  fn('set_intersect', [2, 64], 'set_intersect(array1, array2, ...): dynamic', (a) => {
    if (a.some((x) => !arr(x))) return null;
    const others = a.slice(1).map((x) => new Set(arr(x)!.map(valueKey)));
    return distinct(arr(a[0])!).filter((v) => others.every((o) => o.has(valueKey(v))));
  }),
  fn('set_difference', [2, 64], 'set_difference(array1, array2, ...): dynamic', (a) => {
    if (a.some((x) => !arr(x))) return null;
    const others = new Set(a.slice(1).flatMap((x) => arr(x)!.map(valueKey)));
    return distinct(arr(a[0])!).filter((v) => !others.has(valueKey(v)));
  }),
  fn('set_has_element', [2, 2], 'set_has_element(array, value): bool', (a, t) => {
    const xs = arr(a[0]);
    if (!xs) return null;
    const k = valueKey(toDynamic(a[1], t.args[1]));
    return xs.some((x) => valueKey(x) === k);
  }),
  fn('array_concat', [1, 64], 'array_concat(array1, ...): dynamic', (a) => (a.some((x) => !arr(x)) ? null : a.flatMap((x) => arr(x)!))),
  fn('array_slice', [3, 3], 'array_slice(array, start, end): dynamic', (a) => {
    const xs = arr(a[0]);
    if (!xs || a[1] === null || a[2] === null) return null;
    const n = xs.length;
    const s = (a[1] as number) < 0 ? n + (a[1] as number) : (a[1] as number);
    const e = (a[2] as number) < 0 ? n + (a[2] as number) : (a[2] as number);
    return xs.slice(Math.max(0, s), Math.min(n, e + 1));
  }),
  fn('array_index_of', [2, 2], 'array_index_of(array, value): long', (a, t) => {
    const xs = arr(a[0]);
    if (!xs) return null;
    const k = valueKey(toDynamic(a[1], t.args[1]));
    return xs.findIndex((x) => valueKey(x) === k);
  }),
  fn('array_reverse', [1, 1], 'array_reverse(array): dynamic', (a) => (arr(a[0]) ? [...arr(a[0])!].reverse() : null)),
  fn('array_sum', [1, 1], 'array_sum(array): real', (a) => {
    const xs = arr(a[0]);
    if (!xs) return null;
    let s = 0;
    for (const x of xs) if (typeof x === 'number') s += x;
    return s;
  }),
];
