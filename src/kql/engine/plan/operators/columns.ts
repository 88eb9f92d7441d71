/**
 * where, extend, project and its variants (project-away, project-keep, project-reorder and project-rename are
 * planned as a project of the binder's output columns), serialize, distinct.
 */
import { items, type Syntax } from '../../parse/syntax';
import type { ColumnSchema } from '../../values/types';
import type { NamedScalar, TabularPlan } from '../plan';
import { planScalar } from '../scalar';
import type { Scope } from '../scope';
import { schemaOf } from '../tabular';

const colRef = (c: ColumnSchema, from = c.name): NamedScalar => ({ name: c.name, expr: { k: 'col', name: from, type: c.type } });

/** Names of a list's items: explicit or the binder's, filled from `fallback` (output columns not otherwise named). */
export function namesOf(list: readonly Syntax[], fallback: readonly string[]): string[] {
  const free = [...fallback];
  return list.map((e) => e.resultName ?? free.shift()!);
}

/** Names of the columns an expression reads. */
function columnsRead(e: import('../plan').ScalarPlan, out = new Set<string>()): Set<string> {
  if (e.k === 'col') out.add(e.name);
  else if (e.k === 'call') e.args.forEach((a) => columnsRead(a, out));
  else if (e.k === 'in-table') columnsRead(e.value, out);
  return out;
}

export function planWhere(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const cond = op.children[op.names.indexOf('Condition')]!;
  return { op: 'where', input, predicate: planScalar(cond, scope), schema: input.schema, at: scope.at(op) };
}

export function planExtend(op: Syntax, input: TabularPlan, scope: Scope, kind: 'extend' | 'serialize' = 'extend'): TabularPlan {
  const schema = schemaOf(op, scope);
  const list = items(op, 'Expressions');
  const inputNames = new Set(input.schema.map((c) => c.name));
  const named = new Set(list.map((e) => e.resultName).filter((x): x is string => !!x));
  const fresh = schema.map((c) => c.name).filter((n) => !inputNames.has(n) && !named.has(n));
  const names = namesOf(list, fresh);
  const columns = list.map((e, i) => ({ name: names[i], expr: planScalar(e, scope) }));
  // Whether a later expression sees an earlier one's replacement of a column is not something the binder settles:
  // refuse rather than pick one reading.
  columns.forEach((c, i) => {
    for (const r of columnsRead(c.expr)) {
      if (columns.slice(0, i).some((p) => p.name === r) && inputNames.has(r)) {
        scope.refuse(list[i], `this expression reads ${r}, which this extend replaces before it; split the extend in two`);
      }
    }
  });
  return { op: kind, input, columns, schema, at: scope.at(op) };
}

export function planProject(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const list = items(op, 'Expressions');
  if (list.length !== schema.length) return scope.refuse(op, 'project with wildcards is not supported by the local engine; name the columns');
  const columns = list.map((e, i) => ({ name: schema[i].name, expr: planScalar(e, scope) }));
  return { op: 'project', input, columns, schema, at: scope.at(op) };
}

/** project-away, project-keep, project-reorder: the binder's output columns, read from the input by name. */
export function planProjectByName(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  return { op: 'project', input, columns: schema.map((c) => colRef(c)), schema, at: scope.at(op) };
}

export function planProjectRename(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const renamed = new Map<string, string>();
  for (const e of items(op, 'Expressions')) {
    if (e.kind !== 'SimpleNamedExpression' || !e.resultName) return scope.refuse(e, 'project-rename needs NewName = OldName');
    const from = e.children[e.names.indexOf('Expression')];
    renamed.set(e.resultName, from?.symbol?.name ?? '');
  }
  return { op: 'project', input, columns: schema.map((c) => colRef(c, renamed.get(c.name) ?? c.name)), schema, at: scope.at(op) };
}

export function planDistinct(op: Syntax, input: TabularPlan, scope: Scope): TabularPlan {
  const schema = schemaOf(op, scope);
  const list = items(op, 'Expressions');
  const columns =
    list.length === 1 && list[0].kind === 'StarExpression'
      ? schema.map((c) => colRef(c))
      : list.map((e, i) => ({ name: schema[i].name, expr: planScalar(e, scope) }));
  return { op: 'distinct', input, columns, schema, at: scope.at(op) };
}
