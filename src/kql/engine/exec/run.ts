/**
 * Stage 3 of the engine (parse → plan → execute): runs a tabular plan bottom-up. Each node's result is kept for the
 * query's duration, so a let-bound table read by several operators is computed once. Every result is checked against
 * the columns the binder expects for that operator: a mismatch is an engine defect and stops the query.
 */
import type { TabularPlan } from '../plan/plan';
import type { ExecContext } from './context';
import { setRunTabular } from './evaluate';
import { distinct } from './operators/distinct';
import { extend, project } from './operators/extend-project';
import { join } from './operators/join';
import { mvApply } from './operators/mv-apply';
import { mvExpand } from './operators/mv-expand';
import { sort, take, top } from './operators/order';
import { getschema, range, rows } from './operators/rows';
import { summarize } from './operators/summarize';
import { union } from './operators/union';
import { where } from './operators/where';
import { Table } from './table';

function step(plan: TabularPlan, ctx: ExecContext): Table {
  switch (plan.op) {
    case 'source':
      return ctx.source(plan.table);
    case 'rows':
      return rows(plan, ctx);
    case 'where':
      return where(plan, run(plan.input, ctx), ctx);
    case 'extend':
    case 'serialize':
      return extend(plan.columns, run(plan.input, ctx), ctx);
    case 'project':
      return project(plan.columns, run(plan.input, ctx), ctx);
    case 'summarize':
      return summarize(plan, run(plan.input, ctx), ctx);
    case 'sort':
      return sort(plan.keys, run(plan.input, ctx), ctx);
    case 'take':
      return take(plan, run(plan.input, ctx), ctx);
    case 'top':
      return top(plan, run(plan.input, ctx), ctx);
    case 'distinct':
      return distinct(plan.columns, run(plan.input, ctx), ctx);
    case 'union':
      return union(plan, plan.inputs.map((p) => run(p, ctx)));
    case 'join':
      return join(plan, run(plan.left, ctx), run(plan.right, ctx));
    case 'mv-expand':
      return mvExpand(plan, run(plan.input, ctx), ctx);
    case 'mv-apply':
      return mvApply(plan, run(plan.input, ctx), ctx);
    case 'subtable': {
      const t = ctx.subtables.get(plan);
      if (!t) throw new Error('internal: an mv-apply subtable read outside its mv-apply');
      return t;
    }
    case 'render':
    case 'as':
      return run(plan.input, ctx);
    case 'range':
      return range(plan, ctx);
    case 'getschema':
      return getschema(plan, run(plan.input, ctx));
  }
}

/** The binder's column names and the engine's must agree; the binder's types are the ones reported. */
function checked(plan: TabularPlan, t: Table): Table {
  const got = t.schema.map((c) => c.name).join(', ');
  const want = plan.schema.map((c) => c.name).join(', ');
  if (got !== want) throw new Error(`internal: ${plan.op} produced (${got}) where the binder expects (${want})`);
  return t.schema.every((c, i) => c.type === plan.schema[i].type) ? t : new Table(plan.schema, t.columns, t.length);
}

/** The result of a tabular plan. */
export function run(plan: TabularPlan, ctx: ExecContext): Table {
  const done = ctx.done.get(plan);
  if (done) return done;
  if (!ctx.timings) {
    const t = checked(plan, step(plan, ctx));
    ctx.done.set(plan, t);
    return t;
  }
  const before = ctx.timings.reduce((n, x) => n + x.ms, 0);
  const start = performance.now();
  const t = checked(plan, step(plan, ctx));
  const inputs = ctx.timings.reduce((n, x) => n + x.ms, 0) - before;
  ctx.timings.push({ op: plan.op, at: plan.at, ms: performance.now() - start - inputs, rows: t.length });
  ctx.done.set(plan, t);
  return t;
}

setRunTabular(run);
