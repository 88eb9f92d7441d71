/**
 * sum, avg, min, max (and their `if` forms), stdev, variance. Null values are ignored. With nothing to aggregate the
 * documented defaults apply (docs: summarize, "Default values of aggregations"): sum, stdev and variance give 0, avg
 * NaN (0 / 0), min and max null.
 */
import type { Column } from '../exec/column';
import { compareNonNull } from '../values/compare';
import type { Value } from '../values/types';
import { column, kept, type AggregateDef, type Groups } from './aggregate';

function sums(values: Column, groups: Groups, pred?: Column): { sum: number[]; n: number[] } {
  const sum = new Array<number>(groups.count).fill(0);
  const n = new Array<number>(groups.count).fill(0);
  for (let i = 0; i < groups.ids.length; i++) {
    if (!kept(pred, i)) continue;
    const v = values.get(i);
    if (v === null) continue;
    const g = groups.ids[i];
    sum[g] += v as number;
    n[g]++;
  }
  return { sum, n };
}

function extremes(values: Column, groups: Groups, better: (c: number) => boolean, pred?: Column): Value[] {
  const out = new Array<Value>(groups.count).fill(null);
  for (let i = 0; i < groups.ids.length; i++) {
    if (!kept(pred, i)) continue;
    const v = values.get(i);
    if (v === null) continue;
    const g = groups.ids[i];
    const cur = out[g];
    if (cur === null || better(compareNonNull(v, cur))) out[g] = v;
  }
  return out;
}

function variances(values: Column, groups: Groups, sample: boolean): Value[] {
  const { sum, n } = sums(values, groups);
  const sq = new Array<number>(groups.count).fill(0);
  for (let i = 0; i < groups.ids.length; i++) {
    const v = values.get(i);
    if (v === null) continue;
    const g = groups.ids[i];
    const d = (v as number) - sum[g] / n[g];
    sq[g] += d * d;
  }
  return sq.map((s, g) => (n[g] <= 1 ? 0 : s / (sample ? n[g] - 1 : n[g])));
}

export const NUMERIC_AGGREGATES: readonly AggregateDef[] = [
  {
    name: 'sum', arity: [1, 1], signature: 'sum(expr)',
    run: (a, g, t) => {
      const { sum, n } = sums(a[0], g);
      return column(t.outputs[0], sum.map((s, k) => (n[k] ? s : 0)));
    },
  },
  {
    name: 'sumif', arity: [2, 2], signature: 'sumif(expr, predicate)',
    run: (a, g, t) => {
      const { sum, n } = sums(a[0], g, a[1]);
      return column(t.outputs[0], sum.map((s, k) => (n[k] ? s : 0)));
    },
  },
  {
    name: 'avg', arity: [1, 1], signature: 'avg(expr): real',
    run: (a, g) => {
      const { sum, n } = sums(a[0], g);
      return column('real', sum.map((s, k) => (n[k] ? s / n[k] : NaN)));
    },
  },
  {
    name: 'avgif', arity: [2, 2], signature: 'avgif(expr, predicate): real',
    run: (a, g) => {
      const { sum, n } = sums(a[0], g, a[1]);
      return column('real', sum.map((s, k) => (n[k] ? s / n[k] : NaN)));
    },
  },
  { name: 'min', arity: [1, 1], signature: 'min(expr)', run: (a, g, t) => column(t.outputs[0], extremes(a[0], g, (c) => c < 0)) },
  { name: 'max', arity: [1, 1], signature: 'max(expr)', run: (a, g, t) => column(t.outputs[0], extremes(a[0], g, (c) => c > 0)) },
  { name: 'minif', arity: [2, 2], signature: 'minif(expr, predicate)', run: (a, g, t) => column(t.outputs[0], extremes(a[0], g, (c) => c < 0, a[1])) },
  { name: 'maxif', arity: [2, 2], signature: 'maxif(expr, predicate)', run: (a, g, t) => column(t.outputs[0], extremes(a[0], g, (c) => c > 0, a[1])) },
  { name: 'stdev', arity: [1, 1], signature: 'stdev(expr): real', run: (a, g) => column('real', variances(a[0], g, true).map((v) => (v === null ? null : Math.sqrt(v as number)))) },
  { name: 'stdevp', arity: [1, 1], signature: 'stdevp(expr): real', run: (a, g) => column('real', variances(a[0], g, false).map((v) => (v === null ? null : Math.sqrt(v as number)))) },
  { name: 'variance', arity: [1, 1], signature: 'variance(expr): real', run: (a, g) => column('real', variances(a[0], g, true)) },
  { name: 'variancep', arity: [1, 1], signature: 'variancep(expr): real', run: (a, g) => column('real', variances(a[0], g, false)) },
];
