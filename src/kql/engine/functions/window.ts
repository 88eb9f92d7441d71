/**
 * Window functions over a serialized row set (after sort, top, serialize ...; the binder refuses them elsewhere):
 * prev, next, row_cumsum, row_number. They see whole columns: the value of row i depends on the rows around it.
 */
import { ArrayColumn, type Column } from '../exec/column';
import { castTo } from '../values/convert';
import type { Value } from '../values/types';
import type { ScalarFunctionDef } from './function';

const constant = (c: Column | undefined, fallback: Value) => (c && c.length ? c.get(0) : fallback);

function shifted(name: 'prev' | 'next'): ScalarFunctionDef {
  return {
    name,
    arity: [1, 3],
    signature: `${name}(column [, offset [, default]])`,
    columns: (args, n, t) => {
      const offset = (constant(args[1], 1) as number) ?? 1;
      const dflt = args[2] ? castTo(args[2].get(0), t.args[2], t.result) : t.result === 'string' ? '' : null;
      const out: Value[] = new Array(n);
      const step = name === 'prev' ? -offset : offset;
      for (let i = 0; i < n; i++) {
        const j = i + step;
        out[i] = j >= 0 && j < n ? args[0].get(j) : dflt;
      }
      return new ArrayColumn(t.result, out);
    },
  };
}

export const WINDOW_FUNCTIONS: readonly ScalarFunctionDef[] = [
  shifted('prev'),
  shifted('next'),
  {
    name: 'row_cumsum',
    arity: [1, 2],
    signature: 'row_cumsum(term [, restart])',
    columns: (args, n, t) => {
      const out: Value[] = new Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) {
        if (args[1] && args[1].get(i) === true) sum = 0;
        const v = args[0].get(i);
        if (v !== null) sum += v as number;
        out[i] = sum;
      }
      return new ArrayColumn(t.result, out);
    },
  },
  {
    name: 'row_number',
    arity: [0, 2],
    signature: 'row_number([start [, restart]])',
    columns: (args, n, t) => {
      const start = (constant(args[0], 1) as number) ?? 1;
      const out: Value[] = new Array(n);
      let k = start;
      for (let i = 0; i < n; i++) {
        if (args[1] && args[1].get(i) === true) k = start;
        out[i] = k++;
      }
      return new ArrayColumn(t.result, out);
    },
  },
];
