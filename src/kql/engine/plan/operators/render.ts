/** render Visualization [with (title="...", xcolumn=..., ycolumns=..., ...)]: kept as a request for the caller. */
import { child, items, nameText, need, type Syntax } from '../../parse/syntax';
import type { Value } from '../../values/types';
import type { TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';

export function planRender(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const chart = child(op, 'ChartType');
  const visualization = (chart?.text ?? nameText(chart ?? op)).toLowerCase();
  const properties: Record<string, Value> = {};
  const withClause = child(op, 'WithClause');
  for (const p of [...items(op, 'Parameters'), ...(withClause ? items(withClause, 'Properties') : [])]) {
    const key = nameText(need(p, 'Name'));
    const e = need(p, 'Expression');
    const v = planScalar(e, scope);
    if (v.k === 'lit') properties[key] = v.value;
    else if (e.kind === 'NameReference' || e.kind === 'NameDeclaration') properties[key] = nameText(e);
    else if (e.kind === 'ExpressionList' || e.kind === 'ParenthesizedExpression') properties[key] = items(e, 'Expressions').map((x) => nameText(x));
    else properties[key] = nameText(e);
  }
  return { op: 'render', input, render: { visualization, properties }, schema: input.schema, at: scope.at(op) };
}
