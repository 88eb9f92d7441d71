/**
 * The columns app-footprint and user-timeline show per app and per IP: how many rows came from each table, how many
 * failed, and the time span. Declared once as rollup aggregates; they mirror the twins'
 * `countif(Interactive), countif(not(Interactive)), countif(ResultType != "0"), min(…), max(…)`.
 */
import { countIf, max, min } from '../table/aggregates';
import { is, not } from '../table/row-test';

/** Rows whose IsInteractive is true; a row with no IsInteractive counts as non-interactive, as it always has. */
export const INTERACTIVE = is('IsInteractive', true);
export const NON_INTERACTIVE = not(INTERACTIVE);

export const TABLE_SPLIT = {
  Interactive: countIf(INTERACTIVE),
  NonInteractive: countIf(NON_INTERACTIVE),
  /** ResultType other than "0", exactly as logged. */
  Failures: countIf(not(is('ResultType', '0'))),
  First: min('CreatedDateTime'),
  Last: max('CreatedDateTime'),
};

/** Busiest first (both tables together), ties by name. */
export function byVolume<R extends { Interactive: number; NonInteractive: number }>(name: (r: R) => string): (a: R, b: R) => number {
  return (a, b) => b.Interactive + b.NonInteractive - (a.Interactive + a.NonInteractive) || name(a).localeCompare(name(b));
}
