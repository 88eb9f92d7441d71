/**
 * The cast functions (tobool, toint, tolong, todouble/toreal, todatetime, totimespan, toguid, tostring,
 * todynamic/parse_json) as one function per target type, from a value of any type. A failed conversion is null.
 * Strings are parsed the way kusto-loco's tested implementations parse them (tolong("1.5") is 1, tobool("1") is true).
 */
import { EPOCH_TICKS, parseDatetime } from './datetime';
import { dynamicDatetime, dynamicTimespan, parseJson } from './dynamic';
import { valueText } from './format';
import { parseTimespan } from './timespan';
import type { Dynamic, ScalarType, Value } from './types';
import { toDynamic } from './dynamic';

function parseNumber(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return (t.startsWith('-') ? -1 : 1) * parseInt(t.replace(/^[+-]?0x/i, ''), 16);
  if (/^(nan|[+-]?infinity)$/i.test(t)) return Number(t.replace(/infinity/i, 'Infinity').replace(/nan/i, 'NaN'));
  const n = Number(t);
  return Number.isNaN(n) ? null : n;
}

/** todouble / toreal. */
export function toReal(v: Value, from: ScalarType): number | null {
  if (v === null) return null;
  switch (from) {
    case 'real':
    case 'int':
    case 'long':
    case 'decimal':
      return v as number;
    case 'bool':
      return v ? 1 : 0;
    case 'datetime':
      return (v as number) * 10_000 + EPOCH_TICKS;
    case 'timespan':
      return (v as number) * 10_000;
    case 'string':
    case 'guid':
      return parseNumber(v as string);
    case 'dynamic':
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'string') return parseNumber(v);
      return null;
  }
}

/** toint / tolong: the real value truncated toward zero; null for NaN and infinities. */
export function toLong(v: Value, from: ScalarType): number | null {
  const x = toReal(v, from);
  return x === null || !Number.isFinite(x) ? null : Math.trunc(x);
}

/** toint: 32-bit, null outside its range. */
export function toInt(v: Value, from: ScalarType): number | null {
  const x = toLong(v, from);
  return x === null || x > 2_147_483_647 || x < -2_147_483_648 ? null : x;
}

/** tobool: "true"/"false" (any case) and numbers (non-zero is true). */
export function toBool(v: Value, from: ScalarType): boolean | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return from === 'datetime' || from === 'timespan' ? null : v !== 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    const n = parseNumber(t);
    return n === null || Number.isNaN(n) ? null : n !== 0;
  }
  return null;
}

/** todatetime: text in any form Kusto reads; a datetime as is. */
export function toDatetime(v: Value, from: ScalarType): number | null {
  if (v === null) return null;
  if (from === 'datetime') return v as number;
  if (from === 'string') return parseDatetime(v as string);
  if (from === 'dynamic') return dynamicDatetime(v as Dynamic);
  if (from === 'long' || from === 'int') return ((v as number) - EPOCH_TICKS) / 10_000; // ticks
  return null;
}

/** totimespan: `[d.]hh:mm:ss` text or a literal's text; a number is ticks. */
export function toTimespan(v: Value, from: ScalarType): number | null {
  if (v === null) return null;
  if (from === 'timespan') return v as number;
  if (from === 'string') return parseTimespan(v as string);
  if (from === 'dynamic') return dynamicTimespan(v as Dynamic);
  if (from === 'long' || from === 'int' || from === 'real') return (v as number) / 10_000;
  return null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** toguid: the canonical lower-case text of a guid, or null. */
export function toGuid(v: Value, from: ScalarType): string | null {
  if (v === null) return null;
  if (from !== 'string' && from !== 'guid' && from !== 'dynamic') return null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/^\{(.*)\}$/, '$1');
  return GUID.test(t) ? t.toLowerCase() : null;
}

/** tostring. */
export function toStringValue(v: Value, from: ScalarType): string {
  return valueText(v, from);
}

/** todynamic / parse_json: text is parsed as JSON; a dynamic value stays as it is; other types are wrapped. */
export function toDynamicValue(v: Value, from: ScalarType): Dynamic {
  if (from === 'string') return parseJson(v as string);
  return toDynamic(v, from);
}

/** A value of `from` as a value of `to` (the engine's implicit conversions and `to typeof(...)`). */
export function castTo(v: Value, from: ScalarType, to: ScalarType): Value {
  if (from === to) return v;
  switch (to) {
    case 'bool':
      return toBool(v, from);
    case 'int':
      return toInt(v, from);
    case 'long':
      return toLong(v, from);
    case 'real':
    case 'decimal':
      return toReal(v, from);
    case 'datetime':
      return toDatetime(v, from);
    case 'timespan':
      return toTimespan(v, from);
    case 'guid':
      return toGuid(v, from);
    case 'string':
      return toStringValue(v, from);
    case 'dynamic':
      return toDynamicValue(v, from);
  }
}
