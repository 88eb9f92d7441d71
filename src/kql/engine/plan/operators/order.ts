/** sort / order, top, take / limit. Kusto sorts descending unless told otherwise; nulls last descending, first ascending. */
import { child, items, need, tokenOf, type Syntax } from '../../parse/syntax';
import type { SortKey, TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';

export function sortKey(e: Syntax, scope: Scope): SortKey {
  if (e.kind !== 'OrderedExpression') return { expr: planScalar(e, scope), descending: true, nullsFirst: false };
  const ordering = child(e, 'Ordering');
  const dir = tokenOf(child(ordering ?? e, 'AscOrDescKeyword'), /Keyword$/)?.text?.toLowerCase();
  const descending = dir !== 'asc';
  const nulls = ordering ? tokenOf(child(child(ordering, 'NullsClause') ?? ordering, 'FirstOrLastKeyword'), /Keyword$/)?.text?.toLowerCase() : undefined;
  const nullsFirst = nulls ? nulls === 'first' : !descending;
  return { expr: planScalar(need(e, 'Expression'), scope), descending, nullsFirst };
}

export function planSort(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  return { op: 'sort', input, keys: items(op, 'Expressions').map((e) => sortKey(e, scope)), schema: input.schema, at: scope.at(op) };
}

export function planTop(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  return {
    op: 'top', input, count: planScalar(need(op, 'Expression'), scope), keys: [sortKey(need(op, 'ByExpression'), scope)],
    schema: input.schema, at: scope.at(op),
  };
}

export function planTake(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  return { op: 'take', input, count: planScalar(need(op, 'Expression'), scope), schema: input.schema, at: scope.at(op) };
}
