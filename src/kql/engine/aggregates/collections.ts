/**
 * make_set, make_list (and `if` forms), make_bag. Nulls are ignored. make_set flattens array values into the set
 * (docs: "Set from array column"), make_list keeps each value as one element. Elements keep first-seen order; Kusto
 * leaves the order undefined unless the input is sorted, where make_list follows the input order, as here.
 */
import type { Column } from '../exec/column';
import { valueKey } from '../values/compare';
import { isBag, toDynamic } from '../values/dynamic';
import type { Dynamic, Value } from '../values/types';
import { column, kept, type AggregateDef, type AggregateTypes, type Groups } from './aggregate';

const MAX_SIZE = 1_048_576;

const limitOf = (c: Column | undefined) => {
  const v = c && c.length ? c.get(0) : null;
  return typeof v === 'number' && v > 0 ? Math.min(v, MAX_SIZE) : MAX_SIZE;
};

function lists(values: Column, groups: Groups, t: AggregateTypes, set: boolean, pred?: Column, limit = MAX_SIZE): Value[] {
  const out: Dynamic[][] = Array.from({ length: groups.count }, () => []);
  const seen = set ? Array.from({ length: groups.count }, () => new Set<string>()) : [];
  const add = (g: number, x: Dynamic) => {
    if (out[g].length >= limit) return;
    if (set) {
      const k = valueKey(x);
      if (seen[g].has(k)) return;
      seen[g].add(k);
    }
    out[g].push(x);
  };
  for (let i = 0; i < groups.ids.length; i++) {
    if (!kept(pred, i)) continue;
    const v = values.get(i);
    if (v === null) continue;
    const g = groups.ids[i];
    const x = toDynamic(v, t.args[0]);
    if (set && Array.isArray(x)) for (const e of x) add(g, e);
    else add(g, x);
  }
  return out;
}

export const COLLECTION_AGGREGATES: readonly AggregateDef[] = [
  { name: 'make_set', arity: [1, 2], signature: 'make_set(expr [, maxSize]): dynamic', run: (a, g, t) => column('dynamic', lists(a[0], g, t, true, undefined, limitOf(a[1]))) },
  { name: 'make_set_if', arity: [2, 3], signature: 'make_set_if(expr, predicate [, maxSize]): dynamic', run: (a, g, t) => column('dynamic', lists(a[0], g, t, true, a[1], limitOf(a[2]))) },
  { name: 'make_list', arity: [1, 2], signature: 'make_list(expr [, maxSize]): dynamic', run: (a, g, t) => column('dynamic', lists(a[0], g, t, false, undefined, limitOf(a[1]))) },
  { name: 'make_list_if', arity: [2, 3], signature: 'make_list_if(expr, predicate [, maxSize]): dynamic', run: (a, g, t) => column('dynamic', lists(a[0], g, t, false, a[1], limitOf(a[2]))) },
  {
    name: 'make_bag', arity: [1, 2], signature: 'make_bag(bag [, maxSize]): dynamic',
    run: (a, g) => {
      const out: { [k: string]: Dynamic }[] = Array.from({ length: g.count }, () => ({}));
      for (let i = 0; i < g.ids.length; i++) {
        const v = a[0].get(i);
        if (!isBag(v)) continue;
        const bag = out[g.ids[i]];
        for (const [k, x] of Object.entries(v)) if (!(k in bag)) bag[k] = x;
      }
      return column('dynamic', out);
    },
  },
];
