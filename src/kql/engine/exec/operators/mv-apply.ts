/**
 * `mv-apply`: each input row expanded into its subtable, the subquery run over each subtable, and each result row
 * given the input row's columns that the subquery does not output (the binder's schema says which columns come out).
 *
 * A row whose arrays are empty has an empty subtable. The documentation does not say whether Kusto still applies the
 * subquery to it (a `summarize` would then give a row) or drops the record (as mv-expand does): when the subquery
 * gives rows from an empty subtable the query is refused instead of answered one way.
 */
import { KqlError } from '../../errors';
import type { TabularPlan } from '../../plan/plan';
import type { Value } from '../../values/types';
import { ArrayColumn, gather, type Column } from '../column';
import type { ExecContext } from '../context';
import { run } from '../run';
import { Table } from '../table';
import { expandRows } from './mv-expand';

type MvApply = Extract<TabularPlan, { op: 'mv-apply' }>;

/** Plan nodes of the subquery that read the subtable (their results change from row to row). */
function rowDependent(plan: MvApply): Set<TabularPlan> {
  const out = new Set<TabularPlan>();
  const visit = (p: TabularPlan): boolean => {
    const kids: TabularPlan[] = [];
    if ('input' in p && p.input) kids.push(p.input);
    if (p.op === 'union') kids.push(...p.inputs);
    if (p.op === 'join') kids.push(p.left, p.right);
    let dependent = p === plan.subtable;
    for (const k of kids) if (visit(k)) dependent = true;
    if (dependent) out.add(p);
    return dependent;
  };
  visit(plan.subquery);
  return out;
}

export function mvApply(plan: MvApply, input: Table, ctx: ExecContext): Table {
  const { table: expanded, from } = expandRows(plan.expand, input, ctx);
  const dependent = rowDependent(plan);
  const results: Table[] = [];
  const rowOf: number[] = [];
  const apply = (sub: Table): Table => {
    ctx.subtables.set(plan.subtable, sub);
    try {
      return run(plan.subquery, ctx);
    } finally {
      for (const p of dependent) ctx.done.delete(p);
      ctx.subtables.delete(plan.subtable);
    }
  };
  let k = 0;
  let emptyChecked = false;
  for (let i = 0; i < input.length; i++) {
    const start = k;
    while (k < from.length && from[k] === i) k++;
    if (k === start && !emptyChecked) {
      emptyChecked = true;
      if (apply(expanded.gather(new Int32Array(0))).length > 0) {
        throw new KqlError(
          'mv-apply over a row whose arrays are empty, with a subquery that gives rows from no rows (a summarize): whether Kusto drops such a row is not documented; filter the empty arrays out first (where array_length(...) > 0)',
          ctx.position(plan.at),
        );
      }
    }
    if (k === start) continue;
    const r = apply(expanded.gather(Int32Array.from({ length: k - start }, (_, j) => start + j)));
    results.push(r);
    for (let j = 0; j < r.length; j++) rowOf.push(i);
  }
  const inputRows = Int32Array.from(rowOf);
  const columns: Column[] = plan.schema.map((c) => {
    if (results.length && results[0].indexOf(c.name) >= 0) {
      const values: Value[] = [];
      for (const r of results) {
        const col = r.column(c.name);
        for (let j = 0; j < r.length; j++) values.push(col.get(j));
      }
      return new ArrayColumn(c.type, values);
    }
    const at = input.indexOf(c.name);
    if (at < 0) {
      if (results.length === 0) return new ArrayColumn(c.type, []);
      throw new Error(`internal: mv-apply output column ${c.name} is neither the subquery's nor the input's`);
    }
    return gather(input.columns[at], inputRows);
  });
  return new Table(plan.schema, columns, inputRows.length);
}
