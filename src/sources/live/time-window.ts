/**
 * Absolute time windows for a workspace pull. The service accepts relative timespans (`P7D`), but splitting a result
 * that is too big needs fixed ends, so every timespan is turned into `[start, end)` once, at the start of a pull.
 * Windows are half-open on TimeGenerated: a row on a boundary belongs to the later window only, so halves never
 * overlap and never leave a gap.
 */
import { UserError } from '../../errors';
import { parseTimespanText, windowOf } from '../../timespan';

export interface TimeWindow {
  /** Inclusive start, epoch ms UTC. */
  readonly start: number;
  /** Exclusive end, epoch ms UTC. */
  readonly end: number;
}

/**
 * The window a timespan means: an ISO duration ending now (`P7D`, `PT12H`, `P1M`), an interval (`start/end`,
 * `start/P1D`, `P1D/end`; UTC unless a zone is given), or explicit Dates. The text is read by the one timespan
 * reader, src/timespan.ts, which `signinlab kql` and pushdown use too.
 *
 * @param now the clock, for tests
 * @example parseTimespan('2024-05-01T00:00:00Z/P1D') // => { start: 1714521600000, end: 1714608000000 }
 */
export function parseTimespan(timespan: string | { start: Date; end: Date }, now = Date.now()): TimeWindow {
  if (typeof timespan === 'string') return windowOf(parseTimespanText(timespan), now);
  const start = timespan.start.getTime();
  const end = timespan.end.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new UserError('the timespan Dates are not valid times');
  if (!(start < end)) throw new UserError('the timespan is empty: its start is not before its end');
  return { start, end };
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
