/** The casts (tostring, toint, tolong, todouble, tobool, todatetime, totimespan, toguid, parse_json ...) and gettype. */
import { toBool, toDatetime, toDynamicValue, toGuid, toInt, toLong, toReal, toStringValue, toTimespan } from '../values/convert';
import { fn, type ScalarFunctionDef } from './function';
import type { Value } from '../values/types';

function gettype(v: Value, declared: string): string {
  if (declared !== 'dynamic') return declared === 'real' ? 'real' : declared;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'object':
      return 'dictionary';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'long' : 'real';
    default:
      return 'string';
  }
}

export const CONVERSION_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('tostring', [1, 1], 'tostring(x): string', (a, t) => toStringValue(a[0], t.args[0])),
  fn('toint', [1, 1], 'toint(x): int', (a, t) => toInt(a[0], t.args[0])),
  fn('tolong', [1, 1], 'tolong(x): long', (a, t) => toLong(a[0], t.args[0])),
  fn('todouble', [1, 1], 'todouble(x): real', (a, t) => toReal(a[0], t.args[0])),
  fn('toreal', [1, 1], 'toreal(x): real', (a, t) => toReal(a[0], t.args[0])),
  fn('todecimal', [1, 1], 'todecimal(x): decimal', (a, t) => toReal(a[0], t.args[0])),
  fn('tobool', [1, 1], 'tobool(x): bool', (a, t) => toBool(a[0], t.args[0])),
  fn('toboolean', [1, 1], 'toboolean(x): bool', (a, t) => toBool(a[0], t.args[0])),
  fn('todatetime', [1, 1], 'todatetime(x): datetime', (a, t) => toDatetime(a[0], t.args[0])),
  fn('totimespan', [1, 1], 'totimespan(x): timespan', (a, t) => toTimespan(a[0], t.args[0])),
  fn('toguid', [1, 1], 'toguid(x): guid', (a, t) => toGuid(a[0], t.args[0])),
  fn('parse_json', [1, 1], 'parse_json(text): dynamic', (a, t) => toDynamicValue(a[0], t.args[0])),
  fn('todynamic', [1, 1], 'todynamic(text): dynamic', (a, t) => toDynamicValue(a[0], t.args[0])),
  fn('gettype', [1, 1], 'gettype(x): string', (a, t) => gettype(a[0], t.args[0])),
];
