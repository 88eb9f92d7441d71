/**
 * Ordering and equality of values of one type: what `sort`, `top`, `min`/`max`, `arg_max` and grouping use.
 * Strings order by UTF-16 code unit (ordinal, case-sensitive), booleans false before true, dynamic values by their
 * JSON text. Null is neither smaller nor larger: callers place it (sort: first ascending, last descending).
 */
import type { Value } from './types';

/** -1, 0 or 1 for two non-null values of the same type. */
export function compareNonNull(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') {
    // NaN sorts before every number, as in .NET's double comparison.
    if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
    if (Number.isNaN(b)) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const ta = typeof a === 'string' ? a : JSON.stringify(a);
  const tb = typeof b === 'string' ? b : JSON.stringify(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** Deep equality of two values (dynamic values compare by content; bag key order does not matter). */
export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as Value[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ka = Object.keys(a);
  const bo = b as Record<string, Value>;
  return ka.length === Object.keys(bo).length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameValue((a as Record<string, Value>)[k], bo[k]));
}

/**
 * A string key that is equal for equal values of one type: for grouping, distinct, joins and make_set. Bags are keyed
 * with sorted keys so that key order does not split a group.
 */
export function valueKey(v: Value): string {
  if (v === null) return '\u0000null';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + String(v);
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      return 'd' + canonicalJson(v);
  }
}

function canonicalJson(v: Value): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, Value>)[k])}`)
    .join(',')}}`;
}
