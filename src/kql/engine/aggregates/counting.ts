/**
 * count, countif, dcount, dcountif, count_distinct. dcount here is exact: Kusto's dcount estimates with HyperLogLog
 * (about 1.6 % error at the default accuracy), so on large cardinalities a cluster may answer a slightly different
 * number; both are within the documented error of the true count, which is what this returns.
 */
import { valueKey } from '../values/compare';
import { column, kept, type AggregateDef } from './aggregate';
import type { Column } from '../exec/column';
import type { Groups } from './aggregate';

function counts(groups: Groups, pred?: Column): number[] {
  const out = new Array<number>(groups.count).fill(0);
  for (let i = 0; i < groups.ids.length; i++) if (kept(pred, i)) out[groups.ids[i]]++;
  return out;
}

function distinctCounts(values: Column, groups: Groups, pred?: Column): number[] {
  const sets = Array.from({ length: groups.count }, () => new Set<string | number>());
  const dict = values.dictionary && values.code ? values : null;
  for (let i = 0; i < groups.ids.length; i++) {
    if (!kept(pred, i)) continue;
    if (dict) {
      const c = dict.code!(i);
      if (c >= 0 && dict.dictionary![c] !== null) sets[groups.ids[i]].add(c);
      continue;
    }
    const v = values.get(i);
    if (v !== null) sets[groups.ids[i]].add(valueKey(v));
  }
  return sets.map((s) => s.size);
}

export const COUNTING_AGGREGATES: readonly AggregateDef[] = [
  { name: 'count', arity: [0, 1], signature: 'count()', run: (_a, g) => column('long', counts(g)) },
  { name: 'countif', arity: [1, 1], signature: 'countif(predicate)', run: (a, g) => column('long', counts(g, a[0])) },
  { name: 'dcount', arity: [1, 2], signature: 'dcount(expr [, accuracy])', run: (a, g) => column('long', distinctCounts(a[0], g)) },
  { name: 'dcountif', arity: [2, 3], signature: 'dcountif(expr, predicate [, accuracy])', run: (a, g) => column('long', distinctCounts(a[0], g, a[1])) },
  { name: 'count_distinct', arity: [1, 1], signature: 'count_distinct(expr)', run: (a, g) => column('long', distinctCounts(a[0], g)) },
  { name: 'count_distinctif', arity: [2, 2], signature: 'count_distinctif(expr, predicate)', run: (a, g) => column('long', distinctCounts(a[0], g, a[1])) },
];
