/** Small helpers the detectors share to put what they report in a stable, readable order. */
import type { Finding } from '../findings/finding';

/** The distinct values of a set, sorted, capped at `max` (evidence lists stay readable). */
export function sortedList(values: Iterable<string>, max = 50): string[] {
  return [...values].sort().slice(0, max);
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, informational: 3 } as const;

/** Orders findings most severe first, then by the number of rows behind them. */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.evidence.rowCount - a.evidence.rowCount;
}
