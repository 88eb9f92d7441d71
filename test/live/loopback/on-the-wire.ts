/** Analysis result rows as the service sends them: datetimes as 7-digit text, arrays as JSON text (pushdown answers). */
import type { WireTable } from './log-analytics-server';

const TIME_COLUMNS = new Set(['FirstSeen', 'LastSeen', 'PeakWindowStart']);

export function onTheWire(rows: Record<string, unknown>[]): WireTable {
  const names = Object.keys(rows[0]);
  const typeOf = (name: string, v: unknown) =>
    TIME_COLUMNS.has(name) ? 'datetime' : Array.isArray(v) ? 'dynamic' : typeof v === 'number' ? 'long' : typeof v === 'boolean' ? 'bool' : 'string';
  return {
    name: 'PrimaryResult',
    columns: names.map((n) => ({ name: n, type: typeOf(n, rows[0][n]) })),
    rows: rows.map((r) =>
      names.map((n) => (TIME_COLUMNS.has(n) ? String(r[n]).replace(/Z$/, '0000Z') : Array.isArray(r[n]) ? JSON.stringify(r[n]) : r[n])),
    ),
  };
}
