/**
 * Scalar expressions of the syntax tree to scalar plans: literals, column and let references, operators, calls of
 * registered functions (anything else is refused with its name and position), dynamic member access, `in` and
 * `between`, toscalar(), and calls of let-bound functions (planned from the binder's expansion of the body for these
 * arguments, with the parameters bound to the argument expressions).
 */
import { aggregateFunction } from '../aggregates/registry';
import type { ScalarFunctionDef } from '../functions/function';
import { MEMBER } from '../functions/member';
import { OPERATORS } from '../functions/operators';
import { scalarFunction } from '../functions/registry';
import { child, EXPANSION, items, nameText, need, scalarTypeOf, type Syntax } from '../parse/syntax';
import type { ScalarType } from '../values/types';
import { callFunction } from './functions';
import { dynamicLiteral, literalOf, literalType } from './literals';
import type { ScalarPlan } from './plan';
import type { Scope } from './scope';
import { aggregateSlot } from './slots';
import { planTabular } from './tabular';

/** The binder's scalar type of `n`, or a refusal (a tuple or table where a value is expected). */
export function typeOf(n: Syntax, scope: Scope): ScalarType {
  const t = scalarTypeOf(n);
  if (!t) scope.refuse(n, `expected a scalar value here (the binder typed it ${n.type?.kind === 'other' ? n.type.name : n.type?.kind ?? 'unknown'})`);
  return t;
}

export function call(fn: ScalarFunctionDef, args: ScalarPlan[], type: ScalarType, n: Syntax, scope: Scope): ScalarPlan {
  if (args.length < fn.arity[0] || args.length > fn.arity[1]) {
    scope.refuse(n, `${fn.name} takes ${fn.arity[0]}${fn.arity[1] === fn.arity[0] ? '' : `..${fn.arity[1]}`} arguments here, got ${args.length} (${fn.signature})`);
  }
  return { k: 'call', fn, args, type, at: scope.at(n) };
}

function reference(n: Syntax, scope: Scope): ScalarPlan {
  const sym = n.symbol;
  const name = sym?.name ?? nameText(n);
  if (sym?.kind === 'Column') return { k: 'col', name, type: typeOf(n, scope) };
  const b = scope.lookup(name);
  if (b?.kind === 'scalar') return b.expr;
  if (b?.kind === 'function') {
    const r = callFunction(n, name, b, [], null, scope);
    if (r.scalar) return r.scalar;
  }
  return scope.refuse(n, `cannot use "${name}" as a value here`);
}

function functionCall(n: Syntax, scope: Scope): ScalarPlan {
  const name = nameText(need(n, 'Name'));
  const args = items(need(n, 'ArgumentList'), 'Expressions');
  const bound = scope.lookup(name);
  if (bound?.kind === 'function') {
    const r = callFunction(n, name, bound, args, child(n, EXPANSION), scope);
    if (r.scalar) return r.scalar;
    return scope.refuse(n, `${name}() returns a table where a value is expected`);
  }
  if (aggregateFunction(name)) return scope.refuse(n, `the aggregation ${name}() can only be used in summarize`);
  const fn = scalarFunction(name);
  if (!fn) return scope.unsupported(n, `the function ${name}()`);
  return call(fn, args.map((a) => planScalar(a, scope)), typeOf(n, scope), n, scope);
}

/** `x.key` and `x[expr]`. */
function member(n: Syntax, scope: Scope): ScalarPlan {
  const target = planScalar(need(n, 'Expression'), scope);
  const selector = need(n, 'Selector');
  let key: ScalarPlan;
  if (n.kind === 'PathExpression') key = { k: 'lit', type: 'string', value: nameText(selector) };
  else key = planScalar(need(selector, 'Expression'), scope);
  return call(MEMBER, [target, key], typeOf(n, scope), n, scope);
}

const MEMBERSHIP: Readonly<Record<string, string>> = {
  InExpression: 'in', InCsExpression: 'in~', NotInExpression: '!in', NotInCsExpression: '!in~',
  HasAnyExpression: 'has_any', HasAllExpression: 'has_all',
};

function membership(n: Syntax, scope: Scope): ScalarPlan {
  const name = MEMBERSHIP[n.kind];
  const left = planScalar(need(n, 'Left'), scope);
  const right = items(need(n, 'Right'), 'Expressions');
  if (right.length === 1 && right[0].type?.kind === 'table') {
    if (name.includes('has')) scope.unsupported(n, `${name} over a tabular expression`);
    return {
      k: 'in-table', value: left, input: planTabular(right[0], scope), negate: name.startsWith('!'), caseInsensitive: name.endsWith('~'), type: 'bool',
    };
  }
  return call(scalarFunction(name)!, [left, ...right.map((r) => planScalar(r, scope))], 'bool', n, scope);
}

function between(n: Syntax, scope: Scope): ScalarPlan {
  const couple = need(n, 'Right');
  const args = [planScalar(need(n, 'Left'), scope), planScalar(need(couple, 'First'), scope), planScalar(need(couple, 'Second'), scope)];
  return call(scalarFunction(n.kind === 'BetweenExpression' ? 'between' : '!between')!, args, 'bool', n, scope);
}

/** The scalar plan of an expression. */
export function planScalar(n: Syntax, scope: Scope): ScalarPlan {
  const slot = aggregateSlot(n);
  if (slot) return slot;
  const literal = literalType(n.kind);
  if (literal) {
    const { type, value } = scope.guard(n, () => literalOf(n));
    return { k: 'lit', type: scalarTypeOf(n) ?? type, value };
  }
  switch (n.kind) {
    case 'ParenthesizedExpression':
    case 'SimpleNamedExpression':
      return planScalar(need(n, 'Expression'), scope);
    case 'DynamicExpression':
      return { k: 'lit', type: 'dynamic', value: scope.guard(n, () => dynamicLiteral(n)) };
    case 'CompoundStringLiteralExpression':
      return { k: 'lit', type: 'string', value: items(n, 'Tokens').map((t) => t.value ?? '').join('') };
    case 'TypeOfLiteralExpression':
      return { k: 'lit', type: 'string', value: items(n, 'Types').map((t) => nameText(t)).join(',') };
    case 'NameReference':
      return reference(n, scope);
    case 'FunctionCallExpression':
      return functionCall(n, scope);
    case 'PathExpression':
    case 'ElementExpression':
      return member(n, scope);
    case 'BetweenExpression':
    case 'NotBetweenExpression':
      return between(n, scope);
    case 'ToScalarExpression':
      return { k: 'toscalar', input: planTabular(need(n, 'Expression'), scope), type: typeOf(n, scope) };
    case 'UnaryMinusExpression':
    case 'UnaryPlusExpression':
      return call(OPERATORS[n.kind], [planScalar(need(n, 'Expression'), scope)], typeOf(n, scope), n, scope);
    default:
      if (MEMBERSHIP[n.kind]) return membership(n, scope);
      if (OPERATORS[n.kind]) {
        return call(OPERATORS[n.kind], [planScalar(need(n, 'Left'), scope), planScalar(need(n, 'Right'), scope)], typeOf(n, scope), n, scope);
      }
      return scope.unsupported(n, `the expression ${n.kind.replace(/Expression$/, '')}`);
  }
}
