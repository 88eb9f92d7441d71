/**
 * Failure codes: which ResultType values dominate, with what each means. Interrupts (MFA prompts, SSO misses) are
 * normal steps of a flow and are coloured apart from definitive failures, so a spike of 50126 stands out from noise.
 */
import { describeResult } from '../schema/result-codes';
import { base, num, WIDE_AXIS, WIDE_LEGEND, type VegaLiteSpec } from './spec';

/** A row of the failure-triage analysis (FailureTriageRow) or anything with the same fields. */
export interface FailureCodeChartRow {
  ResultType: string | number;
  /** Rows with the same code (e.g. one per table) are summed. */
  SignIns: number;
  /** What the code means; taken from signinlab's result-code catalogue when absent. */
  Meaning?: string;
}

/**
 * Horizontal bars per ResultType (most frequent first), labelled with the code's name, coloured by kind (failure or
 * interrupt), meanings in the tooltip. Success (0) is left out of the bars and named in the title with its count.
 *
 * @example await show(failureCodesChart(failureTriage.run(table).rows))
 */
export function failureCodesChart(rows: readonly FailureCodeChartRow[], options: { title?: string; limit?: number } = {}): VegaLiteSpec {
  const limit = options.limit ?? 25;
  const totals = new Map<string, number>();
  const meanings = new Map<string, string>();
  for (const r of rows) {
    const code = describeResult(r.ResultType).code;
    totals.set(code, (totals.get(code) ?? 0) + (num(r.SignIns) ?? 0));
    if (r.Meaning && !meanings.has(code)) meanings.set(code, String(r.Meaning));
  }
  const successes = totals.get('0') ?? 0;
  totals.delete('0');
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const values = ranked.slice(0, limit).map(([code, SignIns]) => {
    const d = describeResult(code);
    return {
      ResultType: code,
      Label: d.aadstsName ? `${code} ${d.aadstsName}` : code || '(none)',
      Kind: d.interruptOrBenign ? 'interrupt (normal step)' : 'failure',
      Category: d.category,
      Meaning: meanings.get(code) ?? d.meaning,
      SignIns,
    };
  });
  const more = ranked.length - values.length;
  const subtitle = `${successes} successes not drawn${more ? `; ${more} rarer codes not drawn` : ''}`;
  return {
    ...base(options.title ?? 'ResultType: codes other than success', 560, Math.max(60, values.length * 20), subtitle),
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'Label', type: 'nominal', sort: '-x', title: null, axis: WIDE_AXIS },
      x: { field: 'SignIns', type: 'quantitative', title: 'sign-ins' },
      color: {
        field: 'Kind',
        type: 'nominal',
        title: null,
        legend: WIDE_LEGEND,
        scale: { domain: ['failure', 'interrupt (normal step)'], range: ['#d62728', '#bcbd22'] },
      },
      tooltip: [
        { field: 'ResultType', type: 'nominal' },
        { field: 'Category', type: 'nominal' },
        { field: 'Meaning', type: 'nominal' },
        { field: 'SignIns', type: 'quantitative' },
      ],
    },
  };
}
