/**
 * Calls of let-bound functions. The body is planned in the function's own (lexical) scope with each parameter bound
 * to its argument: a scalar argument is substituted as an expression (the body sees the caller's row), a tabular
 * argument as a table. The binder's expansion of the body for this call is used when there is one (its types follow
 * the arguments, which matters for tabular parameters of any schema); otherwise the declaration's own body.
 */
import { child, items, nameText, need, type Syntax } from '../parse/syntax';
import type { ScalarPlan, TabularPlan } from './plan';
import { planScalar } from './scalar';
import type { Binding, Scope } from './scope';
import { planBody } from './statements';
import { planTabular } from './tabular';

/** Depth of nested calls, to refuse runaway recursion with a message instead of a stack overflow. */
let depth = 0;

export function callFunction(
  n: Syntax,
  name: string,
  b: Extract<Binding, { kind: 'function' }>,
  args: readonly Syntax[],
  expansion: Syntax | null,
  scope: Scope,
): { scalar?: ScalarPlan; table?: TabularPlan } {
  const decl = b.declaration;
  const params = items(need(decl, 'Parameters'), 'Parameters');
  if (args.length > params.length) scope.refuse(n, `${name}() takes ${params.length} arguments, got ${args.length}`);
  const body = b.scope.child(scope.at(n));
  params.forEach((p, i) => {
    const nameAndType = need(p, 'NameAndType');
    const pname = nameText(need(nameAndType, 'Name'));
    const dflt = child(p, 'DefaultValue');
    const arg = args[i] ?? (dflt ? child(dflt, 'Value') ?? dflt : null);
    if (!arg) scope.refuse(n, `${name}() needs a value for its parameter ${pname}`);
    const tabular = need(nameAndType, 'Type').kind === 'SchemaTypeExpression';
    body.define(pname, tabular ? { kind: 'table', plan: planTabular(arg!, scope) } : { kind: 'scalar', expr: planScalar(arg!, scope) });
  });
  if (++depth > 64) {
    depth = 0;
    scope.refuse(n, `${name}() calls itself too deeply`);
  }
  try {
    return planBody(expansion ?? need(decl, 'Body'), body);
  } finally {
    depth--;
  }
}
