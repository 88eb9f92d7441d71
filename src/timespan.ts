/**
 * The one reader of `--timespan` (and of the `timespan` option of the library), for the workspace pull, the KQL twins
 * (`signinlab kql`, scopes) and pushdown alike, so the same text always means the same window:
 *
 *   P7D, PT12H, P1M, P1Y2M3DT4H     a duration back from now (years and months by the UTC calendar, the rest fixed)
 *   start/end, start/P1D, P1D/end    an interval; start and end are ISO 8601 date-times, UTC unless they carry a zone
 *
 * Instants are read by parseTime (src/sources/time.ts): a date-time without a zone is UTC, never the analyst's local
 * time, and a date that does not exist is refused rather than rolled over.
 */
import { UserError } from './errors';
import { escapeTerminal } from './escape';
import { parseTime, timeProblem } from './sources/time';

/** A duration as ISO 8601 writes it: whole calendar months (years × 12 + months) plus a fixed number of milliseconds. */
export interface Duration {
  readonly months: number;
  readonly ms: number;
}

/** What a timespan means before it meets a clock. */
export type Timespan =
  | { readonly kind: 'last'; readonly duration: Duration }
  /** Epoch ms UTC; the end is exclusive. */
  | { readonly kind: 'between'; readonly start: number; readonly end: number };

const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
/** Milliseconds of a week, day, hour, minute, second. */
const FIXED = [604_800_000, 86_400_000, 3_600_000, 60_000, 1_000];
/** Longer than this is not a sign-in question (and keeps every shift inside the years Date can hold). */
const MAX_MONTHS = 12 * 100;

/**
 * An ISO 8601 duration, or undefined when `text` is not one. Years and months are whole; weeks, days, hours, minutes
 * and seconds may have a fraction (PT1.5H).
 *
 * @example parseDuration('P1M2DT3H') // => { months: 1, ms: 183600000 }
 */
export function parseDuration(text: string): Duration | undefined {
  const t = text.trim();
  const m = DURATION.exec(t);
  if (!m || !m.slice(1).some((g) => g !== undefined) || /T$/i.test(t)) return undefined;
  const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  const ms = Math.round(m.slice(3).reduce((sum, g, i) => sum + (g === undefined ? 0 : Number(g) * FIXED[i]), 0));
  if (months > MAX_MONTHS || ms > MAX_MONTHS * 31 * FIXED[1]) return undefined;
  return { months, ms };
}

/**
 * `from` moved by `duration` (`sign` -1 goes back): months by the UTC calendar, keeping the day of the month or, where
 * that month is shorter, its last day (Kusto's datetime_add does the same), then the fixed part.
 *
 * @example shift(Date.UTC(2024, 2, 31), { months: 1, ms: 0 }, -1) // 2024-02-29T00:00:00Z
 */
export function shift(from: number, duration: Duration, sign: 1 | -1): number {
  let t = from;
  if (duration.months) {
    const d = new Date(from);
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + sign * duration.months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
    t = d.getTime();
  }
  return t + sign * duration.ms;
}

function bad(text: string, why = ''): UserError {
  return new UserError(
    `timespan "${escapeTerminal(text)}"${why ? `: ${why}` : ''} is not an ISO 8601 duration (P7D, PT12H, P1M) or interval ` +
      '(2024-05-01T00:00:00Z/2024-05-08T00:00:00Z, 2024-05-01/P1D); times without a zone are UTC',
  );
}

function instant(part: string, whole: string): number {
  const t = parseTime(part.trim());
  if (Number.isNaN(t)) throw bad(whole, `"${escapeTerminal(part)}": ${timeProblem(part.trim())}`);
  return t;
}

/**
 * Reads a timespan.
 *
 * @throws UserError for text that is neither a duration nor an interval, an interval that ends before it starts, or an
 *   empty duration
 * @example parseTimespanText('2024-05-01/P1D') // => { kind: 'between', start: 1714521600000, end: 1714608000000 }
 */
export function parseTimespanText(text: string): Timespan {
  const t = text.trim();
  const parts = t.split('/');
  if (parts.length === 1) {
    const duration = parseDuration(t);
    if (!duration) throw bad(text);
    if (duration.months === 0 && duration.ms === 0) throw new UserError(`timespan "${escapeTerminal(text)}" is empty`);
    return { kind: 'last', duration };
  }
  if (parts.length !== 2) throw bad(text, 'more than one "/"');
  const [a, b] = parts;
  const da = /^p/i.test(a.trim()) ? parseDuration(a) : undefined;
  const db = /^p/i.test(b.trim()) ? parseDuration(b) : undefined;
  if (/^p/i.test(a.trim()) && !da) throw bad(text, `"${escapeTerminal(a)}" is not a duration`);
  if (/^p/i.test(b.trim()) && !db) throw bad(text, `"${escapeTerminal(b)}" is not a duration`);
  if (da && db) throw bad(text, 'a date-time is needed on one side');
  const start = da ? shift(instant(b, text), da, -1) : instant(a, text);
  const end = db ? shift(start, db, 1) : instant(b, text);
  if (!(start < end)) throw new UserError(`timespan "${escapeTerminal(text)}" is empty: its start is not before its end`);
  return { kind: 'between', start, end };
}

/**
 * The fixed window `[start, end)` a timespan covers at `now` (epoch ms).
 * @example windowOf(parseTimespanText('P1D'), Date.UTC(2024, 4, 2)) // => { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 2) }
 */
export function windowOf(span: Timespan, now: number): { start: number; end: number } {
  return span.kind === 'between' ? { start: span.start, end: span.end } : { start: shift(now, span.duration, -1), end: now };
}
