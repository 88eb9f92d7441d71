/**
 * mv-apply [with_itemindex=I] [Name =] ArrayExpression [to typeof(T)], ... [limit N] on (SubQuery): each input row
 * expanded into a subtable (as mv-expand would), the subquery applied to each subtable, the results unioned with the
 * row's columns that were not expanded (docs: mv-apply operator, "processing steps").
 */
import { child, items, nameText, need, type Syntax } from '../../parse/syntax';
import type { ColumnSchema, ScalarType } from '../../values/types';
import type { TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';
import { planTabular, schemaOf } from '../tabular';
import { parametersOf } from './parameters';

/** `to typeof(T)` of an expanded item (dynamic when absent). */
function targetType(item: Syntax): ScalarType {
  const name = child(child(item, 'ToTypeOf') ?? item, 'TypeOf')?.symbol?.name;
  return (name as ScalarType | undefined) ?? 'dynamic';
}

export function planMvApply(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const params = parametersOf(op);
  for (const name of params.keys()) if (name !== 'with_itemindex') return scope.unsupported(params.get(name)!.node, `mv-apply ${name}=`);
  if (child(op, 'ContextIdClause')) return scope.unsupported(op, 'mv-apply with a context id');
  const expanded = items(op, 'Expressions').map((item) => {
    const e = need(item, 'Expression');
    const name = e.kind === 'SimpleNamedExpression' ? nameText(need(e, 'Name')) : e.kind === 'NameReference' ? e.symbol?.name : undefined;
    if (!name) return scope.refuse(e, 'name the expanded expression (Name = expression)');
    return { name, expr: planScalar(e.kind === 'SimpleNamedExpression' ? need(e, 'Expression') : e, scope), to: targetType(item) };
  });
  const limitClause = child(op, 'RowLimitClause');
  let limit: number | undefined;
  if (limitClause) {
    const l = planScalar(need(limitClause, 'RowLimit'), scope);
    if (l.k !== 'lit' || typeof l.value !== 'number') return scope.refuse(limitClause, 'mv-apply limit must be a number');
    limit = l.value;
  }
  const itemIndex = params.get('with_itemindex')?.text;
  // The subtable's columns: the input's, each expanded one replacing its namesake or added, then the item index.
  const schema: ColumnSchema[] = [...input.schema];
  for (const it of expanded) {
    const at = schema.findIndex((c) => c.name === it.name);
    if (at >= 0) schema[at] = { name: it.name, type: it.to };
    else schema.push({ name: it.name, type: it.to });
  }
  if (itemIndex) schema.push({ name: itemIndex, type: 'long' });
  const at = scope.at(op);
  const expand = { op: 'mv-expand' as const, input, items: expanded, itemIndex, limit, bagAsArray: false, schema, at };
  const subtable = { op: 'subtable' as const, schema, at };
  const subquery = planTabular(need(need(op, 'Subquery'), 'Expression'), scope.withInput(subtable));
  return { op: 'mv-apply', input, expand, subquery, subtable, schema: schemaOf(op, scope), at };
}
