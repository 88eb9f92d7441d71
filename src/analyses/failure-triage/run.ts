/**
 * Runs failure-triage over a table: one rollup by Type × ResultType (rows, users), then the catalogue's meaning of
 * each code, its share of its table, and the totals per category.
 */
import { describeResult, type ResultCategory } from '../../schema/result-codes';
import { count, setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import type { FailureTriageParams } from './parameters';

/** One ResultType of one table. */
export interface FailureTriageRow {
  Type: string;
  ResultType: string;
  SignIns: number;
  /** Distinct UserPrincipalNames (an empty one counts, as the twin's make_set counts it). */
  Users: number;
  /** Share of the table's rows (all rows, successes included). */
  Share: number;
  Meaning: string;
  Category: ResultCategory;
  IsFailure: boolean;
  InterruptOrBenign: boolean;
}

export function runFailureTriage(table: SignInTable, p: FailureTriageParams): AnalysisResult<FailureTriageParams, FailureTriageRow> {
  const counts = rollup(groupBy(table, ['Type', 'ResultType']), { SignIns: count(), Users: setSize('UserPrincipalName') });
  const tableRows = new Map<string, number>();
  for (const c of counts) tableRows.set(c.Type as string, (tableRows.get(c.Type as string) ?? 0) + c.SignIns);
  const rows: FailureTriageRow[] = counts
    .filter((c) => p.includeSuccess || String(c.ResultType).trim() !== '0')
    .map((c) => {
      const d = describeResult(c.ResultType as string);
      return {
        Type: c.Type as string,
        ResultType: c.ResultType as string,
        SignIns: c.SignIns,
        Users: c.Users,
        Share: c.SignIns / tableRows.get(c.Type as string)!,
        Meaning: d.meaning,
        Category: d.category,
        IsFailure: d.isFailure,
        InterruptOrBenign: d.interruptOrBenign,
      };
    })
    .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns || a.ResultType.localeCompare(b.ResultType));
  const unknown = [...new Set(rows.filter((r) => r.Category === 'unknown').map((r) => r.ResultType))];
  const warnings = unknown.length
    ? [`Result codes not in the catalogue: ${unknown.join(', ')}; look them up at login.microsoftonline.com/error.`]
    : [];
  return { id: 'failure-triage', parameters: p, rows, tables: { byCategory: byCategory(rows) }, findings: [], warnings };
}

/** Sign-ins per table and category, most first. */
function byCategory(rows: readonly FailureTriageRow[]): { Type: string; Category: string; SignIns: number }[] {
  const out = new Map<string, { Type: string; Category: string; SignIns: number }>();
  for (const r of rows) {
    const key = `${r.Type}|${r.Category}`;
    const c = out.get(key) ?? out.set(key, { Type: r.Type, Category: r.Category, SignIns: 0 }).get(key)!;
    c.SignIns += r.SignIns;
  }
  return [...out.values()].sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);
}
