/** Instants as the ISO-8601 UTC text that evidence, reports and charts show. */

/**
 * Epoch milliseconds, an ISO string or a Date as ISO-8601 UTC; "" for an absent or unreadable time (NaN, "", null),
 * so a missing time shows as an empty cell rather than "Invalid Date" or a throw.
 */
export function isoTime(t: number | string | Date | null | undefined): string {
  if (t === null || t === undefined || t === '') return '';
  const ms = t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}
