/**
 * `summarize`: rows grouped by the `by` expressions (groups in order of first appearance), each aggregate computed
 * per group into hidden slot columns, then the output expressions (an aggregate wrapped in scalar functions, such
 * as `array_length(make_set(x))`) evaluated over the one-row-per-group table. Without `by`, an empty input still gives
 * one row (count() = 0), as in Kusto.
 */
import { readable } from '../../sources/absent-column';
import type { TabularPlan } from '../../plan/plan';
import { gather, type Column } from '../column';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import { factorize } from '../factorize';
import { Table } from '../table';
import type { ColumnSchema } from '../../values/types';

export function summarize(plan: Extract<TabularPlan, { op: 'summarize' }>, input: Table, ctx: ExecContext): Table {
  const keys = plan.by.map((b) => readable(evaluate(b.expr, input, ctx)));
  const groups = factorize(keys, input.length);
  // No `by`: one group, even over no rows.
  const count = plan.by.length === 0 ? 1 : groups.count;
  const ids = plan.by.length === 0 ? new Int32Array(input.length) : groups.ids;

  const schema: ColumnSchema[] = plan.by.map((b) => ({ name: b.name, type: b.expr.type }));
  const cols: Column[] = keys.map((k) => gather(k, groups.firstRow));
  for (const call of plan.aggregates) {
    const args = call.args.map((a) => readable(evaluate(a, input, ctx)));
    const out = call.fn.run(args, { ids, count }, { args: call.args.map((a) => a.type), outputs: call.slotTypes });
    out.forEach((c, i) => {
      schema.push({ name: call.slots[i], type: call.slotTypes[i] });
      cols.push(c);
    });
  }
  const grouped = new Table(schema, cols, count);
  const outSchema: ColumnSchema[] = plan.by.map((b) => ({ name: b.name, type: b.expr.type }));
  const outCols: Column[] = cols.slice(0, plan.by.length);
  for (const o of plan.outputs) {
    outSchema.push({ name: o.name, type: o.expr.type });
    outCols.push(evaluate(o.expr, grouped, ctx));
  }
  return new Table(outSchema, outCols, count);
}
