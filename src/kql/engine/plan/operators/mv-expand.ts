/** mv-expand [kind=bag|array] [with_itemindex=I] Col [to typeof(T)], Name = Expr ... [limit N]. */
import { child, items, nameText, need, scalarTypeOf, type Syntax } from '../../parse/syntax';
import type { TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';
import { schemaOf } from '../tabular';
import { parametersOf } from './parameters';

export function planMvExpand(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const params = parametersOf(op);
  const kind = (params.get('kind') ?? params.get('bagexpansion'))?.text.toLowerCase() ?? 'bag';
  if (kind !== 'bag' && kind !== 'array') return scope.unsupported(op, `mv-expand kind=${kind}`);
  const expanded = items(op, 'Expressions').map((item) => {
    const e = need(item, 'Expression');
    const name = e.kind === 'SimpleNamedExpression' ? nameText(need(e, 'Name')) : e.kind === 'NameReference' ? e.symbol?.name : undefined;
    if (!name) return scope.refuse(e, 'name the expanded expression (Name = expression)');
    return { name, expr: planScalar(e, scope), to: scalarTypeOf(item) ?? 'dynamic' };
  });
  const limitClause = child(op, 'RowLimitClause');
  let limit: number | undefined;
  if (limitClause) {
    const l = planScalar(need(limitClause, 'RowLimit'), scope);
    if (l.k !== 'lit' || typeof l.value !== 'number') return scope.refuse(limitClause, 'mv-expand limit must be a number');
    limit = l.value;
  }
  return {
    op: 'mv-expand', input, items: expanded, itemIndex: params.get('with_itemindex')?.text, limit, bagAsArray: kind === 'array',
    schema: schemaOf(op, scope), at: scope.at(op),
  };
}
