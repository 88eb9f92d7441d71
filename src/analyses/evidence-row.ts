/**
 * Small helpers the detectors share to cite rows as evidence and to precompute facts per dictionary code, so a
 * whole-table pass looks a value up in an array instead of re-reading strings row by row.
 */
import type { EvidenceRow, Finding } from '../findings/finding';
import type { FieldName } from '../schema/fields';
import type { DictColumn } from '../table/columns';
import type { SignInTable } from '../table/signin-table';

/** How many rows a finding cites; `evidence.rowCount` says how many there were. */
export const MAX_EVIDENCE_ROWS = 20;

/** ISO-8601 UTC of epoch milliseconds; "" when absent. */
export function isoTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/** The k-th row of `table` as an evidence row: the common columns plus any `extra` fields asked for. */
export function evidenceRow(table: SignInTable, k: number, extra: readonly FieldName[] = []): EvidenceRow {
  const out: EvidenceRow = {
    Id: table.get(k, 'Id'),
    CreatedDateTime: isoTime(table.get(k, 'CreatedDateTime')),
    Type: String(table.get(k, 'Type')),
    UserPrincipalName: table.get(k, 'UserPrincipalName'),
    IPAddress: table.get(k, 'IPAddress'),
    AppDisplayName: table.get(k, 'AppDisplayName'),
    ResultType: table.get(k, 'ResultType'),
  };
  for (const f of extra) (out as Record<string, unknown>)[f] = table.get(k, f);
  return out;
}

/** Evidence rows for at most MAX_EVIDENCE_ROWS of the given k values. */
export function evidenceRows(table: SignInTable, ks: readonly number[], extra: readonly FieldName[] = []): EvidenceRow[] {
  return ks.slice(0, MAX_EVIDENCE_ROWS).map((k) => evidenceRow(table, k, extra));
}

/** `f` of every distinct value of a dictionary column, indexed by code. */
export function perCode<T>(col: DictColumn, f: (value: string) => T): T[] {
  return col.values.map(f);
}

/** A per-code membership mask: true where the value (trimmed) is in `set`. */
export function codeMask(col: DictColumn, set: readonly string[]): boolean[] {
  const want = new Set(set.map((s) => s.trim()));
  return perCode(col, (v) => want.has(v.trim()));
}

/** The distinct values of a set, sorted, capped at `max` (evidence lists stay readable). */
export function sortedList(values: Iterable<string>, max = 50): string[] {
  return [...values].sort().slice(0, max);
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, informational: 3 } as const;

/** Orders findings most severe first, then by the number of rows behind them. */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.evidence.rowCount - a.evidence.rowCount;
}
