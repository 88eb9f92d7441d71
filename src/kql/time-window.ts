/**
 * The `--timespan` of a KQL scope, as ISO 8601 says it: a duration back from now (`P7D`, `PT12H`) or an interval
 * (`2025-06-01T00:00:00Z/2025-06-08T00:00:00Z`, `start/P7D`, `P7D/end`). Years and months are refused: their length
 * depends on the calendar, and a detection window should not.
 */
import { UserError } from '../errors';

export type TimeWindow = { kind: 'last'; ms: number } | { kind: 'between'; start: Date; end: Date };

const DURATION = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const SIZES = [604_800_000, 86_400_000, 3_600_000, 60_000, 1_000];

/** Milliseconds of an ISO 8601 duration without years or months; undefined when `text` is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || !m.slice(1).some((g) => g !== undefined) || /T$/i.test(text.trim())) return undefined;
  const ms = m.slice(1).reduce((sum, g, i) => sum + (g === undefined ? 0 : Number(g) * SIZES[i]), 0);
  return Math.round(ms);
}

function parseInstant(text: string, whole: string): Date {
  const d = new Date(text.trim());
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim()) || Number.isNaN(d.getTime())) {
    throw new UserError(`timespan "${whole}": "${text}" is not an ISO 8601 date-time`);
  }
  return d;
}

/**
 * Parses a scope's timespan.
 * @example parseTimeWindow('P7D') // => { kind: 'last', ms: 604800000 }
 */
export function parseTimeWindow(text: string): TimeWindow {
  const parts = text.split('/');
  if (parts.length === 1) {
    const ms = parseIsoDuration(text);
    if (ms === undefined || ms <= 0) {
      throw new UserError(`timespan "${text}" is not an ISO 8601 duration (P7D, PT12H) or interval (start/end)`);
    }
    return { kind: 'last', ms };
  }
  if (parts.length !== 2) throw new UserError(`timespan "${text}" has more than one "/"`);
  const [a, b] = parts;
  const da = parseIsoDuration(a);
  const db = parseIsoDuration(b);
  if (da !== undefined && db !== undefined) throw new UserError(`timespan "${text}" needs a date-time on one side`);
  const start = da === undefined ? parseInstant(a, text) : new Date(parseInstant(b, text).getTime() - da);
  const end = db === undefined ? parseInstant(b, text) : new Date(start.getTime() + db);
  if (end.getTime() <= start.getTime()) throw new UserError(`timespan "${text}" ends before it starts`);
  return { kind: 'between', start, end };
}
