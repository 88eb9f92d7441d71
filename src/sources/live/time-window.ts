/**
 * Absolute time windows for a workspace pull. The service accepts relative timespans (`P7D`), but splitting a result
 * that is too big needs fixed ends, so every timespan is turned into `[start, end)` once, at the start of a pull.
 * Windows are half-open on TimeGenerated: a row on a boundary belongs to the later window only, so halves never
 * overlap and never leave a gap.
 */
import { UserError } from '../../errors';
import { parseTime } from '../time';

export interface TimeWindow {
  /** Inclusive start, epoch ms UTC. */
  readonly start: number;
  /** Exclusive end, epoch ms UTC. */
  readonly end: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/**
 * Moves `from` by an ISO-8601 duration (`sign` -1 goes back). Years and months move by calendar (UTC), the rest by
 * fixed lengths. Returns NaN for text that is not a duration.
 */
export function shiftByDuration(from: number, duration: string, sign: 1 | -1): number {
  const m = DURATION.exec(duration.trim());
  if (!m || duration.trim().toUpperCase() === 'P' || /T$/i.test(duration.trim())) return NaN;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(from);
  if (y || mo) date.setUTCMonth(date.getUTCMonth() + sign * (y * 12 + mo));
  const fixed = (((w * 7 + d) * 24 + h) * 60 + mi) * 60_000 + Math.round(s * 1000);
  return date.getTime() + sign * fixed;
}

/**
 * The window a timespan means: an ISO duration ending now (`P7D`, `PT12H`), an interval (`start/end`, `start/P1D`,
 * `P1D/end`), or explicit Dates.
 *
 * @param now the clock, for tests
 * @example parseTimespan('2024-05-01T00:00:00Z/P1D') // => { start: 1714521600000, end: 1714608000000 }
 */
export function parseTimespan(timespan: string | { start: Date; end: Date }, now = Date.now()): TimeWindow {
  if (typeof timespan !== 'string') return checked(timespan.start.getTime(), timespan.end.getTime(), 'the given Dates');
  const text = timespan.trim();
  const parts = text.split('/');
  if (parts.length === 1) return checked(shiftByDuration(now, text, -1), now, text);
  if (parts.length !== 2) throw bad(text);
  const [a, b] = parts;
  const aTime = a.startsWith('P') || a.startsWith('p') ? NaN : parseTime(a);
  const bTime = b.startsWith('P') || b.startsWith('p') ? NaN : parseTime(b);
  if (!Number.isNaN(aTime) && !Number.isNaN(bTime)) return checked(aTime, bTime, text);
  if (!Number.isNaN(aTime)) return checked(aTime, shiftByDuration(aTime, b, 1), text);
  if (!Number.isNaN(bTime)) return checked(shiftByDuration(bTime, a, -1), bTime, text);
  throw bad(text);
}

function checked(start: number, end: number, text: string): TimeWindow {
  if (Number.isNaN(start) || Number.isNaN(end)) throw bad(text);
  if (!(start < end)) throw new UserError(`timespan ${text} is empty: its start is not before its end`);
  return { start, end };
}

function bad(text: string): UserError {
  return new UserError(
    `timespan "${text}" is not an ISO-8601 duration (P7D, PT12H) or interval (2024-05-01T00:00:00Z/2024-05-08T00:00:00Z, 2024-05-01/P1D)`,
  );
}

/** The two halves of a window, split at the whole millisecond nearest its middle; undefined when it cannot split. */
export function bisect(w: TimeWindow): [TimeWindow, TimeWindow] | undefined {
  if (w.end - w.start < 2) return undefined;
  const mid = w.start + Math.floor((w.end - w.start) / 2);
  return [
    { start: w.start, end: mid },
    { start: mid, end: w.end },
  ];
}

/** ISO text of a window, for messages and progress. */
export function formatWindow(w: TimeWindow): string {
  return `${new Date(w.start).toISOString()}/${new Date(w.end).toISOString()}`;
}
