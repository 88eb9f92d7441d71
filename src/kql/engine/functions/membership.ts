/**
 * Set and range predicates: in, !in, in~, !in~ (a list of scalars and/or dynamic arrays, whose elements count one by
 * one), has_any, has_all, between and !between (a datetime range may end in a timespan: start .. start + span).
 * The planner turns `x in (...)` into a call with the value first; a tabular right-hand side is handled by the planner.
 */
import { valueKey, compareNonNull } from '../values/compare';
import { valueText } from '../values/format';
import type { ScalarType, Value } from '../values/types';
import { fn, type CallTypes, type ScalarFunctionDef } from './function';
import { hasTerm } from './text-match';

/** The candidates of an `in` list, arrays flattened. */
function candidates(a: Value[]): Value[] {
  const out: Value[] = [];
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

const lower = (v: Value) => (typeof v === 'string' ? v.toLowerCase() : v);

function member(caseInsensitive: boolean) {
  return (a: Value[]) => {
    const x = caseInsensitive ? lower(a[0]) : a[0];
    if (x === null) return null;
    const k = valueKey(x);
    // A long 5 and a dynamic 5 are the same key; a string "5" is not.
    return candidates(a).some((c) => valueKey(caseInsensitive ? lower(c) : c) === k);
  };
}

const text = (v: Value, t: ScalarType) => (t === 'string' ? (v as string) : valueText(v, t));

function terms(a: Value[], t: CallTypes): string[] {
  const out: string[] = [];
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    if (Array.isArray(v)) for (const x of v) out.push(x === null ? '' : typeof x === 'string' ? x : JSON.stringify(x));
    else if (v !== null) out.push(text(v, t.args[i]));
  }
  return out;
}

function between(a: Value[], t: CallTypes): Value {
  if (a[0] === null || a[1] === null || a[2] === null) return null;
  const upper = t.args[0] === 'datetime' && t.args[2] === 'timespan' ? (a[1] as number) + (a[2] as number) : a[2];
  return compareNonNull(a[0], a[1]) >= 0 && compareNonNull(a[0], upper) <= 0;
}

export const MEMBERSHIP_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('in', [2, 100_000], 'x in (a, b, ... | dynamic array): bool', member(false)),
  fn('in~', [2, 100_000], 'x in~ (a, b, ...): bool', member(true)),
  fn('!in', [2, 100_000], 'x !in (a, b, ...): bool', (a) => {
    const r = member(false)(a);
    return r === null ? null : !r;
  }),
  fn('!in~', [2, 100_000], 'x !in~ (a, b, ...): bool', (a) => {
    const r = member(true)(a);
    return r === null ? null : !r;
  }),
  fn('has_any', [2, 100_000], 'x has_any (a, b, ... | dynamic array): bool', (a, t) => {
    const hay = text(a[0], t.args[0]);
    return terms(a, t).some((n) => hasTerm(hay, n));
  }),
  fn('has_all', [2, 100_000], 'x has_all (a, b, ... | dynamic array): bool', (a, t) => {
    const hay = text(a[0], t.args[0]);
    return terms(a, t).every((n) => hasTerm(hay, n));
  }),
  fn('between', [3, 3], 'x between (low .. high): bool', between),
  fn('!between', [3, 3], 'x !between (low .. high): bool', (a, t) => {
    const r = between(a, t);
    return r === null ? null : !r;
  }),
];
