/**
 * Kusto literals for values that come from outside the code (parameters, CLI options, notebook arguments).
 *
 * Strings use the double-quoted form with backslash escapes, the same table Microsoft's own
 * `KustoFacts.GetDoubleQuotedStringLiteral` uses (`\"`, `\\`, `\n`, `\r`, `\t`), plus `\uXXXX` for every other control
 * or line-separator character, so the literal is always one line and the only `"` inside it is escaped. Every escape
 * used is also a JSON escape, so the same text is valid inside `dynamic([...])`.
 * test/kql/literals.test.ts decodes every rendered literal with the language service and gets the input back.
 */
import { Kql } from './fragment';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0 and C1 controls, DEL, the Unicode line/paragraph separators and lone surrogates: written as \uXXXX. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A Kusto string literal whose value is exactly `value`.
 * @example stringLiteral('x" or 1==1 //') // => "x\" or 1==1 //"
 */
export function stringLiteral(value: string): Kql {
  if (typeof value !== 'string') throw new TypeError(`KQL string literal needs a string, got ${typeof value}`);
  const body = value.replace(
    NEEDS_ESCAPE,
    (ch) => SIMPLE_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Kql.trusted(`"${body}"`);
}

/**
 * A Kusto number literal. Integers in the safe range render as `long` literals, anything else as `real(...)`;
 * NaN and infinities are refused because no literal means them and a silent `real(null)` would change a threshold.
 */
export function numberLiteral(value: number): Kql {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`KQL number literal needs a finite number, got ${String(value)}`);
  if (Number.isSafeInteger(value)) return Kql.trusted(String(value));
  return Kql.trusted(`real(${String(value)})`);
}

export function boolLiteral(value: boolean): Kql {
  if (typeof value !== 'boolean') throw new TypeError(`KQL bool literal needs a boolean, got ${typeof value}`);
  return Kql.trusted(value ? 'true' : 'false');
}

/**
 * A `datetime(...)` literal in UTC from a Date, epoch milliseconds or an ISO-8601 text that Date understands.
 * @example datetimeLiteral('2025-06-02') // => datetime(2025-06-02T00:00:00.000Z)
 */
export function datetimeLiteral(value: Date | number | string): Kql {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`KQL datetime literal needs a valid time, got ${String(value)}`);
  return Kql.trusted(`datetime(${d.toISOString()})`);
}

const UNITS: readonly [suffix: string, ms: number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
];

/**
 * A timespan literal from milliseconds, in the largest unit that divides it exactly (`7d`, `1h`, `15m`, `90s`).
 * @example timespanLiteral(15 * 60_000) // => 15m
 */
export function timespanLiteral(ms: number): Kql {
  if (!Number.isFinite(ms) || !Number.isInteger(ms) || ms < 0) {
    throw new RangeError(`KQL timespan needs a whole, non-negative number of milliseconds, got ${String(ms)}`);
  }
  if (ms === 0) return Kql.trusted('0s');
  const [suffix, size] = UNITS.find(([, size]) => ms % size === 0)!;
  return Kql.trusted(`${ms / size}${suffix}`);
}

/**
 * `dynamic([...])` of escaped strings or finite numbers, for `in`, `has_any` and `ipv4_is_in_any_range`.
 * @example dynamicArray(['8075', '12076']) // => dynamic(["8075", "12076"])
 */
export function dynamicArray(values: readonly (string | number)[]): Kql {
  const items = values.map((v) => (typeof v === 'number' ? numberLiteral(v).text.replace(/^real\((.*)\)$/, '$1') : stringLiteral(v).text));
  return Kql.trusted(`dynamic([${items.join(', ')}])`);
}
