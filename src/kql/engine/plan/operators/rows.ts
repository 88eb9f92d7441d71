/** datatable, print, range, getschema, as. */
import { child, items, nameText, need, type Syntax } from '../../parse/syntax';
import type { ScalarPlan, TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';
import { schemaOf } from '../tabular';

export function planDatatable(op: Syntax, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const values = items(op, 'Values');
  if (schema.length === 0 || values.length % schema.length !== 0) {
    return scope.refuse(op, `datatable has ${values.length} values for ${schema.length} columns`);
  }
  const rows: ScalarPlan[][] = [];
  for (let i = 0; i < values.length; i += schema.length) rows.push(values.slice(i, i + schema.length).map((v) => planScalar(v, scope)));
  return { op: 'rows', rows, schema, at: scope.at(op) };
}

export function planPrint(op: Syntax, scope: Scope): TabularPlan {
  return { op: 'rows', rows: [items(op, 'Expressions').map((e) => planScalar(e, scope))], schema: schemaOf(op, scope), at: scope.at(op) };
}

export function planRange(op: Syntax, scope: Scope): TabularPlan {
  return {
    op: 'range', from: planScalar(need(op, 'From'), scope), to: planScalar(need(op, 'To'), scope), step: planScalar(need(op, 'Step'), scope),
    schema: schemaOf(op, scope), at: scope.at(op),
  };
}

export function planAs(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const name = nameText(need(op, 'Name'));
  const plan: TabularPlan = { op: 'as', input, name, schema: input.schema, at: scope.at(op) };
  scope.define(name, { kind: 'table', plan, source: name });
  return plan;
}

export function planGetschema(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  return { op: 'getschema', input, schema: schemaOf(op, scope), at: scope.at(op) };
}

/** The keyword an operator starts with (for refusals): "make-series", "parse", "evaluate". */
export function operatorKeyword(op: Syntax): string {
  const first = op.children.find((c) => c !== null);
  if (first?.text) return first.text;
  return child(op, 'Keyword')?.text ?? op.kind.replace(/Operator$/, '').toLowerCase();
}
