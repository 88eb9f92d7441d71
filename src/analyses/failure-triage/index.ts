/**
 * Failure triage: what the result codes of each table say, with their meaning and category from the catalogue, so an
 * analyst sees at once that 50126 is a wrong password, 53003 a policy block and 50074 an MFA prompt, and how many
 * users each touched. Benign interrupts (SSO misses, "keep me signed in") are marked so they are not chased.
 *
 * Pipeline: one pass counting rows and distinct users per ResultType dictionary code × Type → catalogue lookup.
 */
import { describeResult, type ResultCategory } from '../../schema/result-codes';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { failureTriageKql } from './kql';

export interface FailureTriageParams {
  includeSuccess: boolean;
}

/** One ResultType of one table. */
export interface FailureTriageRow {
  Type: string;
  ResultType: string;
  SignIns: number;
  Users: number;
  /** Share of the table's rows (all rows, successes included). */
  Share: number;
  Meaning: string;
  Category: ResultCategory;
  IsFailure: boolean;
  InterruptOrBenign: boolean;
}

export const failureTriage: Analysis<FailureTriageParams, FailureTriageRow> = {
  id: 'failure-triage',
  title: 'Failure triage',
  question: 'Which result codes does each table hold, what do they mean, and how many users do they touch?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    includeSuccess: {
      default: true,
      description: 'Keep the ResultType 0 rows in the result (they give the share of failures its denominator).',
      source: 'our choice: the success count is the baseline an analyst compares failures with',
    },
  },

  run(table: SignInTable, overrides?: Partial<FailureTriageParams>): AnalysisResult<FailureTriageParams, FailureTriageRow> {
    const params = resolveParameters(this.parameters, overrides);
    const resCol = table.column('ResultType');
    const typeCol = table.column('Type');
    const upnCol = table.column('UserPrincipalName');
    const groups = new Map<number, { r: number; ty: number; n: number; users: Set<number> }>();
    const totals = new Map<number, number>();
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      const r = resCol.codes[p];
      const ty = typeCol.codes[p];
      totals.set(ty, (totals.get(ty) ?? 0) + 1);
      const key = r * typeCol.values.length + ty;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { r, ty, n: 0, users: new Set() }));
      g.n++;
      g.users.add(upnCol.codes[p]);
    }
    const rows: FailureTriageRow[] = [];
    for (const g of groups.values()) {
      const code = resCol.values[g.r];
      const d = describeResult(code);
      if (!params.includeSuccess && code.trim() === '0') continue;
      rows.push({
        Type: typeCol.values[g.ty],
        ResultType: code,
        SignIns: g.n,
        Users: g.users.size,
        Share: g.n / totals.get(g.ty)!,
        Meaning: d.meaning,
        Category: d.category,
        IsFailure: d.isFailure,
        InterruptOrBenign: d.interruptOrBenign,
      });
    }
    rows.sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns || a.ResultType.localeCompare(b.ResultType));

    const byCategory = new Map<string, { Type: string; Category: string; SignIns: number }>();
    for (const r of rows) {
      const key = `${r.Type}|${r.Category}`;
      const c = byCategory.get(key) ?? byCategory.set(key, { Type: r.Type, Category: r.Category, SignIns: 0 }).get(key)!;
      c.SignIns += r.SignIns;
    }
    const unknown = rows.filter((r) => r.Category === 'unknown').map((r) => r.ResultType);
    const warnings = unknown.length
      ? [`Result codes not in the catalogue: ${[...new Set(unknown)].join(', ')}; look them up at login.microsoftonline.com/error.`]
      : [];
    return {
      id: this.id,
      parameters: params,
      rows,
      tables: { byCategory: [...byCategory.values()].sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns) },
      findings: [],
      warnings,
    };
  },

  kql(overrides?: Partial<FailureTriageParams>, scope?: KqlScope): string {
    return String(failureTriageKql(resolveParameters(this.parameters, overrides), scope));
  },

  /** Triage raises no findings: it is context for the detectors. */
  findingsFromRows: () => [],
};
