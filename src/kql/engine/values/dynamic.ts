/**
 * Values going into and out of `dynamic`. Inside a dynamic value, datetimes and timespans are held as their Kusto text
 * (as Kusto serializes them), guids as text, everything else as its JSON counterpart. Going out, a dynamic value is
 * read as the wanted type the way Kusto's casts do (a string is parsed; an array or bag is not a number).
 */
import { formatDatetime, parseDatetime } from './datetime';
import { formatTimespan, parseTimespan } from './timespan';
import type { Dynamic, ScalarType, Value } from './types';

/** A typed value as the element of a dynamic value. */
export function toDynamic(v: Value, type: ScalarType): Dynamic {
  if (v === null) return null;
  switch (type) {
    case 'datetime':
      return formatDatetime(v as number);
    case 'timespan':
      return formatTimespan(v as number);
    case 'real':
      // JSON has no NaN or infinities; Kusto writes them as text.
      return Number.isFinite(v as number) ? v : String(v);
    default:
      return v;
  }
}

/** True for a property bag (a JSON object). */
export function isBag(v: Value): v is { [key: string]: Dynamic } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Parses JSON text as parse_json does: text that is not JSON stays a dynamic string.
 * @example parseJson('{"a":1}') // => { a: 1 }
 * @example parseJson('not json') // => "not json"
 */
export function parseJson(text: string): Dynamic {
  const t = text.trim();
  if (t === '') return null;
  const c = t[0];
  if (c === '{' || c === '[' || c === '"' || c === '-' || (c >= '0' && c <= '9') || t === 'true' || t === 'false' || t === 'null') {
    try {
      return JSON.parse(t) as Dynamic;
    } catch {
      return text;
    }
  }
  return text;
}

/** The element at a key (bag) or index (array, negative from the end) of a dynamic value; null when absent. */
export function dynamicGet(v: Dynamic, key: string | number): Dynamic {
  if (v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    if (typeof key !== 'number' || !Number.isInteger(key)) return null;
    const i = key < 0 ? v.length + key : key;
    return i >= 0 && i < v.length ? v[i] : null;
  }
  if (typeof key !== 'string') return null;
  return Object.prototype.hasOwnProperty.call(v, key) ? v[key] : null;
}

/** A dynamic scalar read as a datetime (Kusto parses a string; a number is not a datetime). */
export function dynamicDatetime(v: Dynamic): number | null {
  return typeof v === 'string' ? parseDatetime(v) : null;
}

/** A dynamic scalar read as a timespan. */
export function dynamicTimespan(v: Dynamic): number | null {
  if (typeof v === 'string') return parseTimespan(v);
  return null;
}
