/**
 * `sort` / `order`, `top` and `take` / `limit`. Sorting is stable; nulls go first ascending and last descending
 * unless `nulls first|last` says otherwise (Kusto's defaults). `take` keeps the first rows of its input: Kusto
 * promises no particular rows, and the first ones make local answers reproducible.
 */
import { readable } from '../../sources/absent-column';
import type { SortKey, TabularPlan } from '../../plan/plan';
import { compareNonNull } from '../../values/compare';
import type { Value } from '../../values/types';
import { ConstColumn } from '../column';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import type { Table } from '../table';
import { KqlError } from '../../errors';

function sortedRows(keys: readonly SortKey[], input: Table, ctx: ExecContext): Int32Array {
  const cols = keys.map((k) => readable(evaluate(k.expr, input, ctx)));
  const values: Value[][] = cols.map((c) => {
    const out: Value[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) out[i] = c.get(i);
    return out;
  });
  const idx = Array.from({ length: input.length }, (_, i) => i);
  idx.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const x = values[k][a];
      const y = values[k][b];
      if (x === y) continue;
      if (x === null || y === null) {
        const nullFirst = keys[k].nullsFirst;
        return x === null ? (nullFirst ? -1 : 1) : nullFirst ? 1 : -1;
      }
      const c = compareNonNull(x, y);
      if (c !== 0) return keys[k].descending ? -c : c;
    }
    return a - b;
  });
  return Int32Array.from(idx);
}

export function sort(keys: readonly SortKey[], input: Table, ctx: ExecContext): Table {
  return input.gather(sortedRows(keys, input, ctx));
}

function countOf(plan: { count: import('../../plan/plan').ScalarPlan; at: number }, input: Table, ctx: ExecContext): number {
  const c = evaluate(plan.count, input, ctx);
  const n = c instanceof ConstColumn || c.length ? c.get(0) : 0;
  if (typeof n !== 'number' || n < 0 || !Number.isFinite(n)) throw new KqlError(`the row count must be a non-negative number, got ${String(n)}`, ctx.position(plan.at));
  return Math.floor(n);
}

export function take(plan: Extract<TabularPlan, { op: 'take' }>, input: Table, ctx: ExecContext): Table {
  const n = Math.min(countOf(plan, input, ctx), input.length);
  return n === input.length ? input : input.gather(Int32Array.from({ length: n }, (_, i) => i));
}

export function top(plan: Extract<TabularPlan, { op: 'top' }>, input: Table, ctx: ExecContext): Table {
  const n = countOf(plan, input, ctx);
  const rows = sortedRows(plan.keys, input, ctx);
  return input.gather(rows.subarray(0, Math.min(n, rows.length)));
}
