/** Arithmetic functions: round, abs, ceiling, sqrt, pow, log, exp, sign. */
import { isInteger } from '../values/types';
import { strict, type ScalarFunctionDef } from './function';

/** Rounds half away from zero at `digits` decimals (negative digits round to tens, hundreds ...). */
export function roundHalfAway(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  const scaled = Math.abs(x) * f;
  // Correct for binary representation (2.675 * 100 = 267.49999...): round the scaled value to 12 significant digits first.
  const r = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(x) * r) / f;
}

export const MATH_FUNCTIONS: readonly ScalarFunctionDef[] = [
  strict('round', [1, 2], 'round(number [, precision])', (a, t) => {
    const digits = a.length > 1 ? (a[1] as number) : 0;
    const r = roundHalfAway(a[0] as number, digits);
    return isInteger(t.result) ? Math.trunc(r) : r;
  }),
  strict('abs', [1, 1], 'abs(x)', (a) => Math.abs(a[0] as number)),
  strict('ceiling', [1, 1], 'ceiling(x)', (a) => Math.ceil(a[0] as number)),
  strict('sqrt', [1, 1], 'sqrt(x): real', (a) => ((a[0] as number) < 0 ? NaN : Math.sqrt(a[0] as number))),
  strict('pow', [2, 2], 'pow(base, exponent): real', (a) => Math.pow(a[0] as number, a[1] as number)),
  strict('log', [1, 1], 'log(x): real', (a) => Math.log(a[0] as number)),
  strict('log10', [1, 1], 'log10(x): real', (a) => Math.log10(a[0] as number)),
  strict('log2', [1, 1], 'log2(x): real', (a) => Math.log2(a[0] as number)),
  strict('exp', [1, 1], 'exp(x): real', (a) => Math.exp(a[0] as number)),
  strict('sign', [1, 1], 'sign(x)', (a) => Math.sign(a[0] as number)),
  strict('isnan', [1, 1], 'isnan(x): bool', (a) => Number.isNaN(a[0] as number)),
  strict('isinf', [1, 1], 'isinf(x): bool', (a) => a[0] === Infinity || a[0] === -Infinity),
  strict('isfinite', [1, 1], 'isfinite(x): bool', (a) => Number.isFinite(a[0] as number)),
];
