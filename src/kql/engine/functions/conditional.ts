/** Choice and emptiness: iff, case, coalesce, isnull, isempty, min_of, max_of. */
import { compareNonNull } from '../values/compare';
import { castTo } from '../values/convert';
import type { ScalarType, Value } from '../values/types';
import { fn, type CallTypes, type ScalarFunctionDef } from './function';

/** A branch value in the call's result type (iff(c, 1, 2.5) is real: the 1 becomes 1.0, which is the same number). */
const as = (v: Value, from: ScalarType, t: CallTypes) => (from === t.result ? v : castTo(v, from, t.result));

/** Empty: null, or "" for strings (and an empty dynamic string). */
function empty(v: Value): boolean {
  return v === null || v === '';
}

function extreme(pick: (c: number) => boolean) {
  return (a: Value[], t: CallTypes) => {
    let best: Value = null;
    a.forEach((v, i) => {
      if (v === null) return;
      const x = as(v, t.args[i], t);
      if (best === null || pick(compareNonNull(x, best))) best = x;
    });
    return best;
  };
}

export const CONDITIONAL_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('iff', [3, 3], 'iff(condition, then, else)', (a, t) => (a[0] === true ? as(a[1], t.args[1], t) : as(a[2], t.args[2], t))),
  fn('iif', [3, 3], 'iif(condition, then, else)', (a, t) => (a[0] === true ? as(a[1], t.args[1], t) : as(a[2], t.args[2], t))),
  fn('case', [3, 255], 'case(condition1, value1, [condition2, value2, ...] else)', (a, t) => {
    for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === true) return as(a[i + 1], t.args[i + 1], t);
    return as(a[a.length - 1], t.args[a.length - 1], t);
  }),
  fn('coalesce', [1, 64], 'coalesce(a, b, ...)', (a, t) => {
    // The first non-null argument; for strings, the first non-empty one.
    for (let i = 0; i < a.length; i++) if (t.args[i] === 'string' ? a[i] !== '' : a[i] !== null) return as(a[i], t.args[i], t);
    return t.result === 'string' ? '' : null;
  }),
  fn('isnull', [1, 1], 'isnull(x): bool', (a) => a[0] === null),
  fn('isnotnull', [1, 1], 'isnotnull(x): bool', (a) => a[0] !== null),
  fn('isempty', [1, 1], 'isempty(x): bool', (a) => empty(a[0])),
  fn('isnotempty', [1, 1], 'isnotempty(x): bool', (a) => !empty(a[0])),
  fn('max_of', [1, 64], 'max_of(a, b, ...): the largest non-null argument', extreme((c) => c > 0)),
  fn('min_of', [1, 64], 'min_of(a, b, ...): the smallest non-null argument', extreme((c) => c < 0)),
];
