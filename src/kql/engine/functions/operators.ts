/**
 * The operators of scalar expressions (arithmetic, comparison, logic, string predicates) as functions, keyed by the
 * syntax kind the parser gives each. Null rules follow "Null values" in Kusto's docs: arithmetic and ordering are
 * null when either side is; `==` of null and a value is false, of two nulls null; `and`/`or` are three-valued.
 */
import { sameValue, compareNonNull } from '../values/compare';
import { valueText } from '../values/format';
import { isInteger, type ScalarType, type Value } from '../values/types';
import { fn, strict, type CallTypes, type ScalarFunctionDef } from './function';
import { kustoRegex } from './regex';
import { containsText, endsWithText, equalsIgnoreCase, hasPrefix, hasSuffix, hasTerm, startsWithText } from './text-match';

const num = (v: Value) => v as number;

/** Integer results truncate (1 / 2 is 0); a division by zero in integers is null. */
function divide(a: number, b: number, t: CallTypes): Value {
  if (isInteger(t.result)) return b === 0 ? null : Math.trunc(a / b);
  return a / b;
}

/** Kusto's modulo is never negative: 0 <= N % D < abs(D). */
function modulo(a: number, b: number, t: CallTypes): Value {
  if (b === 0) return isInteger(t.result) ? null : NaN;
  const r = a % b;
  return r < 0 ? r + Math.abs(b) : r;
}

/** Text of an argument for the string predicates (dynamic values as their JSON text, numbers as Kusto writes them). */
const text = (v: Value, t: ScalarType) => (t === 'string' ? (v as string) : valueText(v, t));

function equal(a: Value, b: Value): Value {
  if (a === null && b === null) return null;
  if (a === null || b === null) return false;
  return sameValue(a, b);
}

function order(test: (c: number) => boolean) {
  return (args: Value[]) => test(compareNonNull(args[0], args[1]));
}

function stringPredicate(name: string, test: (hay: string, needle: string) => boolean, negate = false): ScalarFunctionDef {
  return fn(name, [2, 2], `a ${name} b: bool`, (args, t) => {
    const r = test(text(args[0], t.args[0]), text(args[1], t.args[1]));
    return negate ? !r : r;
  });
}

export const OPERATORS: Readonly<Record<string, ScalarFunctionDef>> = {
  AddExpression: strict('+', [2, 2], 'a + b', (a) => num(a[0]) + num(a[1])),
  SubtractExpression: strict('-', [2, 2], 'a - b', (a) => num(a[0]) - num(a[1])),
  MultiplyExpression: strict('*', [2, 2], 'a * b', (a) => num(a[0]) * num(a[1])),
  DivideExpression: strict('/', [2, 2], 'a / b', (a, t) => divide(num(a[0]), num(a[1]), t)),
  ModuloExpression: strict('%', [2, 2], 'a % b', (a, t) => modulo(num(a[0]), num(a[1]), t)),
  UnaryMinusExpression: strict('-', [1, 1], '-a', (a) => -num(a[0])),
  UnaryPlusExpression: strict('+', [1, 1], '+a', (a) => a[0]),

  EqualExpression: fn('==', [2, 2], 'a == b: bool', (a) => equal(a[0], a[1])),
  NotEqualExpression: fn('!=', [2, 2], 'a != b: bool', (a) => {
    const e = equal(a[0], a[1]);
    return e === null ? null : !e;
  }),
  LessThanExpression: strict('<', [2, 2], 'a < b: bool', order((c) => c < 0)),
  LessThanOrEqualExpression: strict('<=', [2, 2], 'a <= b: bool', order((c) => c <= 0)),
  GreaterThanExpression: strict('>', [2, 2], 'a > b: bool', order((c) => c > 0)),
  GreaterThanOrEqualExpression: strict('>=', [2, 2], 'a >= b: bool', order((c) => c >= 0)),

  AndExpression: fn('and', [2, 2], 'a and b: bool', (a) => {
    if (a[0] === false || a[1] === false) return false;
    return a[0] === null || a[1] === null ? null : true;
  }),
  OrExpression: fn('or', [2, 2], 'a or b: bool', (a) => {
    if (a[0] === true || a[1] === true) return true;
    return a[0] === null || a[1] === null ? null : false;
  }),

  EqualTildeExpression: fn('=~', [2, 2], 'a =~ b: bool', (a, t) => equalsIgnoreCase(text(a[0], t.args[0]), text(a[1], t.args[1]))),
  BangTildeExpression: fn('!~', [2, 2], 'a !~ b: bool', (a, t) => !equalsIgnoreCase(text(a[0], t.args[0]), text(a[1], t.args[1]))),
  HasExpression: stringPredicate('has', (h, n) => hasTerm(h, n)),
  NotHasExpression: stringPredicate('!has', (h, n) => hasTerm(h, n), true),
  HasCsExpression: stringPredicate('has_cs', (h, n) => hasTerm(h, n, true)),
  NotHasCsExpression: stringPredicate('!has_cs', (h, n) => hasTerm(h, n, true), true),
  HasPrefixExpression: stringPredicate('hasprefix', (h, n) => hasPrefix(h, n)),
  NotHasPrefixExpression: stringPredicate('!hasprefix', (h, n) => hasPrefix(h, n), true),
  HasPrefixCsExpression: stringPredicate('hasprefix_cs', (h, n) => hasPrefix(h, n, true)),
  NotHasPrefixCsExpression: stringPredicate('!hasprefix_cs', (h, n) => hasPrefix(h, n, true), true),
  HasSuffixExpression: stringPredicate('hassuffix', (h, n) => hasSuffix(h, n)),
  NotHasSuffixExpression: stringPredicate('!hassuffix', (h, n) => hasSuffix(h, n), true),
  HasSuffixCsExpression: stringPredicate('hassuffix_cs', (h, n) => hasSuffix(h, n, true)),
  NotHasSuffixCsExpression: stringPredicate('!hassuffix_cs', (h, n) => hasSuffix(h, n, true), true),
  ContainsExpression: stringPredicate('contains', (h, n) => containsText(h, n)),
  NotContainsExpression: stringPredicate('!contains', (h, n) => containsText(h, n), true),
  ContainsCsExpression: stringPredicate('contains_cs', (h, n) => containsText(h, n, true)),
  NotContainsCsExpression: stringPredicate('!contains_cs', (h, n) => containsText(h, n, true), true),
  StartsWithExpression: stringPredicate('startswith', (h, n) => startsWithText(h, n)),
  NotStartsWithExpression: stringPredicate('!startswith', (h, n) => startsWithText(h, n), true),
  StartsWithCsExpression: stringPredicate('startswith_cs', (h, n) => startsWithText(h, n, true)),
  NotStartsWithCsExpression: stringPredicate('!startswith_cs', (h, n) => startsWithText(h, n, true), true),
  EndsWithExpression: stringPredicate('endswith', (h, n) => endsWithText(h, n)),
  NotEndsWithExpression: stringPredicate('!endswith', (h, n) => endsWithText(h, n), true),
  EndsWithCsExpression: stringPredicate('endswith_cs', (h, n) => endsWithText(h, n, true)),
  NotEndsWithCsExpression: stringPredicate('!endswith_cs', (h, n) => endsWithText(h, n, true), true),
  MatchesRegexExpression: fn('matches regex', [2, 2], 'a matches regex b: bool', (a, t) =>
    kustoRegex(text(a[1], t.args[1])).test(text(a[0], t.args[0])),
  ),
  LikeExpression: stringPredicate('like', (h, n) => likeRegex(n, false).test(h)),
  NotLikeExpression: stringPredicate('notlike', (h, n) => likeRegex(n, false).test(h), true),
  LikeCsExpression: stringPredicate('like_cs', (h, n) => likeRegex(n, true).test(h)),
  NotLikeCsExpression: stringPredicate('notlike_cs', (h, n) => likeRegex(n, true).test(h), true),
};

/** SQL-style `like` pattern (% any run, _ one character) as an anchored RegExp. */
function likeRegex(pattern: string, cs: boolean): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '[\\s\\S]*').replace(/_/g, '[\\s\\S]');
  return new RegExp(`^${body}$`, cs ? 'u' : 'iu');
}

/** `not(x)`, also the function form. */
export const NOT = fn('not', [1, 1], 'not(a: bool): bool', (a) => (a[0] === null ? null : !a[0]));
