/**
 * Turns any value from a finding, a result row or the parameters into display text, the same way for both formats
 * (escaping comes after, in the renderer). Times are already ISO strings in findings; epoch milliseconds are only
 * converted where the caller knows a value is a time.
 */

/**
 * Display text of a value: "" for absent values, numbers without float noise, arrays joined, objects as JSON.
 *
 * @example formatValue(1234.5678) // '1234.568'
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '';
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map(formatValue).join(', ');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
