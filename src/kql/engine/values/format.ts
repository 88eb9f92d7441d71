/**
 * The text of a value as `tostring()` and `strcat()` give it: datetimes and timespans in Kusto's own format, reals
 * as .NET writes them (`1E+21`), dynamic values as compact JSON (a dynamic string without quotes), null as "".
 */
import { formatDatetime } from './datetime';
import { formatTimespan } from './timespan';
import type { ScalarType, Value } from './types';

/** A real as .NET's round-trip format writes it: JavaScript's shortest digits, exponent as E+NN / E-NN. */
export function formatReal(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const exp = s.slice(e + 1);
  const sign = exp[0] === '-' ? '-' : '+';
  return `${s.slice(0, e)}E${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/**
 * @example valueText(1.5, 'real') // => "1.5"
 * @example valueText(300000, 'timespan') // => "00:05:00"
 */
export function valueText(v: Value, type: ScalarType): string {
  if (v === null) return '';
  switch (type) {
    case 'string':
    case 'guid':
      return String(v);
    case 'bool':
      return v ? 'true' : 'false';
    case 'int':
    case 'long':
    case 'decimal':
      return typeof v === 'number' ? formatReal(v) : String(v);
    case 'real':
      return formatReal(v as number);
    case 'datetime':
      return formatDatetime(v as number);
    case 'timespan':
      return formatTimespan(v as number);
    case 'dynamic':
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}
