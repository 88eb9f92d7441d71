/** `where`: the rows whose predicate is true (null counts as false), as a view. */
import { readable } from '../../sources/absent-column';
import type { TabularPlan } from '../../plan/plan';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import type { Table } from '../table';

export function where(plan: Extract<TabularPlan, { op: 'where' }>, input: Table, ctx: ExecContext): Table {
  const keep = readable(evaluate(plan.predicate, input, ctx));
  const rows: number[] = [];
  if (keep.dictionary && keep.code) {
    const pass = keep.dictionary.map((v) => v === true);
    for (let i = 0; i < input.length; i++) {
      const c = keep.code(i);
      if (c >= 0 && pass[c]) rows.push(i);
    }
  } else {
    for (let i = 0; i < input.length; i++) if (keep.get(i) === true) rows.push(i);
  }
  return rows.length === input.length ? input : input.gather(Int32Array.from(rows));
}
