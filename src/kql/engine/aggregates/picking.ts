/**
 * Aggregates that pick a row: arg_max, arg_min (the row where the first argument is largest / smallest; ties and
 * all-null groups keep the first row, as the documented null example shows), take_any and take_anyif (the first row;
 * with a single argument, the first non-null, non-empty value, as documented). Each returns its first argument's
 * value and the other arguments' values from the picked row.
 */
import { gather, type Column } from '../exec/column';
import { compareNonNull } from '../values/compare';
import { kept, type AggregateDef, type Groups } from './aggregate';

function pickBy(key: Column, groups: Groups, better: (c: number) => boolean): Int32Array {
  const row = new Int32Array(groups.count).fill(-1);
  for (let i = 0; i < groups.ids.length; i++) {
    const g = groups.ids[i];
    const v = key.get(i);
    const cur = row[g];
    if (cur < 0) {
      row[g] = i;
      continue;
    }
    if (v === null) continue;
    const best = key.get(cur);
    if (best === null || better(compareNonNull(v, best))) row[g] = i;
  }
  return row;
}

function pickAny(args: readonly Column[], groups: Groups, pred?: Column): Int32Array {
  const row = new Int32Array(groups.count).fill(-1);
  const single = args.length === 1 ? args[0] : undefined;
  for (let i = 0; i < groups.ids.length; i++) {
    if (!kept(pred, i)) continue;
    const g = groups.ids[i];
    if (row[g] < 0) {
      row[g] = i;
      continue;
    }
    if (single) {
      const cur = single.get(row[g]);
      if (cur === null || cur === '') {
        const v = single.get(i);
        if (v !== null && v !== '') row[g] = i;
      }
    }
  }
  return row;
}

const gathered = (args: readonly Column[], rows: Int32Array) => args.map((c) => gather(c, rows));

export const PICKING_AGGREGATES: readonly AggregateDef[] = [
  { name: 'arg_max', arity: [1, 255], signature: 'arg_max(maximize, return1, ... | *)', acceptsStar: true, run: (a, g) => gathered(a, pickBy(a[0], g, (c) => c > 0)) },
  { name: 'arg_min', arity: [1, 255], signature: 'arg_min(minimize, return1, ... | *)', acceptsStar: true, run: (a, g) => gathered(a, pickBy(a[0], g, (c) => c < 0)) },
  { name: 'take_any', arity: [1, 255], signature: 'take_any(expr1, ... | *)', acceptsStar: true, run: (a, g) => gathered(a, pickAny(a, g)) },
  { name: 'any', arity: [1, 255], signature: 'any(expr1, ... | *) (deprecated name of take_any)', acceptsStar: true, run: (a, g) => gathered(a, pickAny(a, g)) },
  {
    name: 'take_anyif', arity: [2, 2], signature: 'take_anyif(expr, predicate)',
    run: (a, g) => gathered([a[0]], pickAny([a[0]], g, a[1])),
  },
];
