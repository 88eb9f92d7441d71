/**
 * summarize (and count): the `by` expressions, then each aggregate item. An aggregate call anywhere inside an item
 * (`Accounts = array_length(make_set(Upn))`, `countif(x) > 0`) is computed into a hidden slot and the item is
 * evaluated over the slots. An item returning several columns (arg_max(x, a, b), arg_max(x, *), take_any(a, b))
 * fills as many output columns as the binder gives it. Output names are the binder's, in order.
 */
import { aggregateFunction } from '../../aggregates/registry';
import { items, nameText, need, scalarTypeOf, type Syntax } from '../../parse/syntax';
import type { ColumnSchema, ScalarType } from '../../values/types';
import type { AggregateCall, NamedScalar, ScalarPlan, TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';
import { schemaOf } from '../tabular';
import { setAggregateSlot } from '../slots';

const unnamed = (e: Syntax) => (e.kind === 'SimpleNamedExpression' ? need(e, 'Expression') : e);

/** Replaces the aggregate calls inside `e` by slot references, collecting the calls. */
function planAggregateItem(
  e: Syntax,
  input: TabularPlan,
  byColumns: ReadonlySet<string>,
  calls: AggregateCall[],
  outputs: readonly ColumnSchema[],
  scope: Scope,
): ScalarPlan[] {
  const top = unnamed(e);
  if (top.kind === 'FunctionCallExpression' && e.type?.kind === 'tuple') {
    // A several-column aggregate: its columns are the next outputs.
    const call = aggregateCall(top, input, byColumns, calls, outputs, scope);
    return call.slots.map((s, i) => ({ k: 'col', name: s, type: call.slotTypes[i] }));
  }
  // A one-column item: each aggregate call in it becomes a slot it is evaluated over.
  return [withAggregates(top, input, byColumns, calls, scope)];
}

function isAggregate(n: Syntax): boolean {
  return n.kind === 'FunctionCallExpression' && !!aggregateFunction(nameText(need(n, 'Name'))) && n.symbol?.kind === 'Function';
}

/** A scalar expression over aggregates: each aggregate call below it becomes a slot, the rest is planned as usual. */
function withAggregates(n: Syntax, input: TabularPlan, byColumns: ReadonlySet<string>, calls: AggregateCall[], scope: Scope): ScalarPlan {
  const visit = (x: Syntax) => {
    if (isAggregate(x)) {
      const t = scalarTypeOf(x);
      if (!t) return scope.refuse(x, 'an aggregate returning several columns cannot be part of an expression');
      const c = aggregateCall(x, input, byColumns, calls, [{ name: '', type: t }], scope);
      setAggregateSlot(x, { k: 'col', name: c.slots[0], type: t });
      return;
    }
    for (const ch of x.children) if (ch) visit(ch);
  };
  visit(n);
  return planScalar(n, scope);
}

let slotCounter = 0;

function aggregateCall(
  n: Syntax,
  input: TabularPlan,
  byColumns: ReadonlySet<string>,
  calls: AggregateCall[],
  outputs: readonly ColumnSchema[],
  scope: Scope,
): AggregateCall {
  const name = nameText(need(n, 'Name'));
  const fn = aggregateFunction(name);
  if (!fn) return scope.unsupported(n, `the aggregation ${name}()`);
  const argNodes = items(need(n, 'ArgumentList'), 'Expressions');
  const args: ScalarPlan[] = [];
  let star: string[] | undefined;
  for (const a of argNodes) {
    if (a.kind === 'StarExpression') {
      if (!fn.acceptsStar) scope.refuse(a, `${name}(*) is not supported`);
      const first = args[0]?.k === 'col' ? args[0].name : undefined;
      star = input.schema.map((c) => c.name).filter((c) => !byColumns.has(c) && c !== first);
      for (const c of star) args.push({ k: 'col', name: c, type: input.schema.find((s) => s.name === c)!.type });
    } else args.push(planScalar(a, scope));
  }
  if (args.length < fn.arity[0] || args.length > fn.arity[1]) scope.refuse(n, `${name} takes ${fn.arity[0]}..${fn.arity[1]} arguments (${fn.signature})`);
  const tuple = n.type?.kind === 'tuple' ? n.type.columns : undefined;
  const slotTypes: ScalarType[] = tuple ? tuple.map((c) => c.type) : [scalarTypeOf(n) ?? outputs[0].type];
  if (tuple && tuple.length !== args.length) {
    scope.refuse(n, `internal: ${name} returns ${tuple.length} columns for ${args.length} arguments`);
  }
  const id = slotCounter++;
  const call: AggregateCall = {
    fn, args, star, type: slotTypes[0], slots: slotTypes.map((_, i) => `__agg${id}_${i}`), slotTypes, at: scope.at(n),
  };
  calls.push(call);
  return call;
}

export function planSummarize(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const byClause = op.children[op.names.indexOf('ByClause')];
  const byItems = byClause ? items(byClause, 'Expressions') : [];
  const by: NamedScalar[] = byItems.map((e, i) => ({ name: schema[i].name, expr: planScalar(e, scope) }));
  const byColumns = new Set(byItems.filter((e) => e.kind === 'NameReference').map((e) => e.symbol?.name ?? ''));
  const calls: AggregateCall[] = [];
  const outputs: NamedScalar[] = [];
  let next = by.length;
  for (const item of items(op, 'Aggregates')) {
    const exprs = planAggregateItem(item, input, byColumns, calls, schema.slice(next), scope);
    for (const expr of exprs) {
      if (next >= schema.length) scope.refuse(item, 'internal: more summarize outputs than the binder expects');
      outputs.push({ name: schema[next++].name, expr });
    }
  }
  if (next !== schema.length) scope.refuse(op, `internal: summarize gives ${next} columns, the binder expects ${schema.length}`);
  return { op: 'summarize', input, by, aggregates: calls, outputs, schema, at: scope.at(op) };
}

/** The `count` operator: summarize Count = count(). */
export function planCount(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const fn = aggregateFunction('count')!;
  const call: AggregateCall = { fn, args: [], type: 'long', slots: ['__count'], slotTypes: ['long'], at: scope.at(op) };
  return {
    op: 'summarize', input, by: [], aggregates: [call], outputs: [{ name: schema[0].name, expr: { k: 'col', name: '__count', type: 'long' } }],
    schema, at: scope.at(op),
  };
}
