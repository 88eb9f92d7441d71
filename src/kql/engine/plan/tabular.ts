/**
 * Tabular expressions to plans: table references (the catalog's tables, let-bound tables, tabular parameters),
 * pipes (input, then the operator), datatable, print, range, union at the start of a query, calls of let-bound
 * functions that return tables, materialize(). Each operator is planned by its family's file under ./operators.
 */
import { columnsOfSyntax, child, EXPANSION, items, nameText, need, type Syntax } from '../parse/syntax';
import type { ColumnSchema } from '../values/types';
import { callFunction } from './functions';
import { planOperator } from './operators';
import type { TabularPlan } from './plan';
import type { Scope } from './scope';

/** The binder's columns for a tabular node, or a refusal. */
export function schemaOf(n: Syntax, scope: Scope): readonly ColumnSchema[] {
  const cols = columnsOfSyntax(n);
  if (!cols) return scope.refuse(n, 'expected a table here');
  return cols;
}

/** The name `withsource=` reports for a leg: the table it reads, through filters and projections, or its `as` name. */
export function sourceName(plan: TabularPlan): string | undefined {
  switch (plan.op) {
    case 'source':
      return plan.table;
    case 'as':
      return plan.name;
    case 'where':
    case 'extend':
    case 'project':
    case 'sort':
    case 'take':
    case 'top':
    case 'serialize':
    case 'mv-expand':
      return sourceName(plan.input);
    default:
      return undefined;
  }
}

/** Names of the catalog's tables, set by the planner for the query being planned. */
let catalogTables: ReadonlySet<string> = new Set();
export function setCatalogTables(names: ReadonlySet<string>): void {
  catalogTables = names;
}

function tableReference(n: Syntax, scope: Scope): TabularPlan {
  const name = n.symbol?.name ?? nameText(n);
  const b = scope.lookup(name);
  if (b?.kind === 'table') return b.plan;
  if (b?.kind === 'function') {
    const r = callFunction(n, name, b, [], null, scope);
    if (r.table) return r.table;
  }
  if (n.symbol?.kind === 'Table' && catalogTables.has(name)) return { op: 'source', table: name, schema: schemaOf(n, scope), at: scope.at(n) };
  return scope.refuse(n, `the table "${name}" is not available to the local engine (it serves: ${[...catalogTables].join(', ')})`);
}

/** The plan of a tabular expression. */
export function planTabular(n: Syntax, scope: Scope): TabularPlan {
  switch (n.kind) {
    case 'ParenthesizedExpression':
    case 'MaterializeExpression':
      return planTabular(need(n, 'Expression'), scope);
    case 'NameReference':
      return tableReference(n, scope);
    case 'PipeExpression':
      return planOperator(need(n, 'Operator'), planTabular(need(n, 'Expression'), scope), scope);
    case 'FunctionCallExpression': {
      const name = nameText(need(n, 'Name'));
      const b = scope.lookup(name);
      if (b?.kind === 'function') {
        const r = callFunction(n, name, b, items(need(n, 'ArgumentList'), 'Expressions'), child(n, EXPANSION), scope);
        if (r.table) return r.table;
      }
      return scope.unsupported(n, `the tabular function ${name}()`);
    }
    default:
      // Operators that start a query: datatable, print, range, union.
      return planOperator(n, undefined, scope);
  }
}
