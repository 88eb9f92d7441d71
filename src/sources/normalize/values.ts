/**
 * Loose cell values to the normalized kinds. Sources disagree on types (ResultType is text in Log Analytics and an
 * integer in Graph; booleans are JSON, "true" or "TRUE"; dynamic columns are objects or JSON text), so every normalizer
 * reads cells through these.
 */

/** A text cell: "" for null / undefined; numbers and booleans as their text. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

/** A number cell (number or numeric text), NaN when absent or not a number. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return NaN;
}

/** A boolean cell: JSON booleans, "true"/"TRUE"/"True", "false"..., 1/0; null when absent or unreadable. */
export function bool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === 'yes') return true;
    if (s === 'false' || s === '0' || s === 'no') return false;
    return null;
  }
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  return null;
}

/**
 * A dynamic cell as a value: objects and arrays pass through, JSON text is parsed (once: callers keep the result).
 * Text that is not JSON, or empty, gives undefined; a dynamic column never matters enough to reject a row.
 */
export function dynamic(v: unknown): unknown {
  if (typeof v !== 'string') return v === null ? undefined : v;
  if (v.length <= 2) return v === '{}' ? {} : v === '[]' ? [] : undefined;
  let i = 0;
  while (i < v.length && v.charCodeAt(i) <= 32) i++;
  const c = v[i];
  if (c !== '{' && c !== '[') return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

/**
 * A dynamic cell read once for the lifters: objects and arrays as they are, JSON text parsed. A cell that holds
 * something but cannot be used (text that is not JSON, a number where an object belongs) is noted as a repair, since
 * the fields lifted from it are left empty.
 */
export function dynamicCell(v: unknown, field: string, note: (field: string, reason: string) => void, lifts: string): unknown {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'object') return v;
  const d = dynamic(v);
  if (d === undefined || typeof d !== 'object') note(field, `${typeof v === 'string' ? 'not JSON' : `a ${typeof v}, not JSON`}; ${lifts} left empty`);
  return d;
}

/** The object in a dynamic cell, or undefined. */
export function object(v: unknown): Record<string, unknown> | undefined {
  const d = dynamic(v);
  return d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : undefined;
}

/** The array in a dynamic cell, or undefined. */
export function array(v: unknown): unknown[] | undefined {
  const d = dynamic(v);
  return Array.isArray(d) ? d : undefined;
}
