/**
 * Statements: `let` binds a scalar, a table or a function (lambda) in the scope; the last expression statement is
 * the query's result. Used for the query itself and for the bodies of let-bound functions.
 */
import { child, items, nameText, need, type Syntax } from '../parse/syntax';
import type { TabularPlan } from './plan';
import { planScalar } from './scalar';
import type { Scope } from './scope';
import { planTabular, sourceName } from './tabular';

/** Defines the name a `let` statement binds. */
export function planLet(stmt: Syntax, scope: Scope): void {
  const name = nameText(need(stmt, 'Name'));
  const e = need(stmt, 'Expression');
  if (e.kind === 'FunctionDeclaration') {
    scope.define(name, { kind: 'function', declaration: e, scope });
    return;
  }
  if (e.type?.kind === 'table') {
    const plan = planTabular(e, scope);
    scope.define(name, { kind: 'table', plan, source: sourceName(plan) });
    return;
  }
  scope.define(name, { kind: 'scalar', expr: planScalar(e, scope) });
}

/** The statements of a query block or function body: lets, then the expression statements. */
export function planStatements(statements: readonly Syntax[], scope: Scope): Syntax[] {
  const results: Syntax[] = [];
  for (const s of statements) {
    switch (s.kind) {
      case 'LetStatement':
        planLet(s, scope);
        break;
      case 'ExpressionStatement':
        results.push(need(s, 'Expression'));
        break;
      default:
        scope.unsupported(s, `the ${s.kind.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} statement`);
    }
  }
  return results;
}

/** The result of a function body: its lets, then its expression (a table or a value). */
export function planBody(body: Syntax, scope: Scope): { table?: TabularPlan; scalar?: ReturnType<typeof planScalar> } {
  planStatements(items(body, 'Statements'), scope);
  const e = child(body, 'Expression');
  if (!e) return scope.refuse(body, 'a function body without an expression');
  if (e.type?.kind === 'table') return { table: planTabular(e, scope) };
  return { scalar: planScalar(e, scope) };
}
