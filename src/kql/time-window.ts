/**
 * The `--timespan` of a KQL scope, read by the one timespan reader (src/timespan.ts) that the workspace pull and
 * pushdown use too: a duration back from now (`P7D`, `PT12H`, `P1M`) or an interval (`2025-06-01T00:00:00Z/
 * 2025-06-08T00:00:00Z`, `start/P7D`, `P7D/end`), UTC unless a zone is given. Calendar months stay months here: the twin
 * says `datetime_add('month', -1, now())`, as the pull counts them.
 */
import { parseDuration, parseTimespanText } from '../timespan';

export type TimeWindow =
  /** `ms` fixed milliseconds and `months` calendar months back from now. */
  | { kind: 'last'; ms: number; months: number }
  | { kind: 'between'; start: Date; end: Date };

/** Milliseconds of an ISO 8601 duration without years or months; undefined when `text` is not one (or has them). */
export function parseIsoDuration(text: string): number | undefined {
  const d = parseDuration(text);
  return d && d.months === 0 ? d.ms : undefined;
}

/**
 * Parses a scope's timespan.
 * @example parseTimeWindow('P7D') // => { kind: 'last', ms: 604800000, months: 0 }
 */
export function parseTimeWindow(text: string): TimeWindow {
  const span = parseTimespanText(text);
  return span.kind === 'last'
    ? { kind: 'last', ms: span.duration.ms, months: span.duration.months }
    : { kind: 'between', start: new Date(span.start), end: new Date(span.end) };
}
