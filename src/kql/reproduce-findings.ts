/**
 * Does a finding's KQL reproduce it? Each detector's twin, with the parameters its run used, over the window of the
 * loaded sign-ins, run by the local KQL engine on those same sign-ins; the findings its rows give (`findingsFromRows`,
 * then the detect loop's relating and sorting, as for a workspace pushdown) are matched against the findings of the
 * TypeScript run. The report shows the answer beside each finding's KQL, so a reader can see the query they would
 * paste into a workspace was run, on the evidence the report ships with, and gave this finding back.
 *
 *   DetectorRun ─► per detector: twin(parameters, {timespan: window}) ─► query(table) ─► findingsFromRows
 *              ─► collect (relate, sort) ─► match each finding (detector, severity, user, IP, span, summary)
 *
 * The window is the loaded rows' TimeGenerated range (the column a scope filters on): the twin then reads exactly the
 * loaded rows, locally and in the workspace they came from. Narrowing the twin to the finding's user or IP would not
 * reproduce it: token replay needs the user's own places and the colleagues who make an address shared, a spray
 * the other accounts.
 */
import { collect, type DetectorResult, type DetectorRun } from '../analyses/run-detectors';
import type { Finding } from '../findings/finding';
import { isoTime } from '../iso-time';
import type { SignInTable } from '../table/signin-table';
import { query } from './engine/query';

/** What running a finding's KQL offline gave. */
export interface Reproduction {
  /** The query run: the detector's twin over `window`. */
  readonly kql: string;
  readonly analysisId: string;
  /** Rows the twin returned in all, and how many of them are about this finding (its user and IP). */
  readonly rows: number;
  readonly aboutFinding: number;
  /** The twin's rows give back this finding: same detector, severity, user, IP, first and last time, and summary. */
  readonly reproduced: boolean;
  /** Time the twin took, parsing included (ms). */
  readonly ms: number;
}

/**
 * The TimeGenerated range of the loaded rows as an ISO interval (both ends included by a scope's `between`), or
 * undefined when some row has no TimeGenerated (Graph and portal exports): a time filter would then drop rows. When
 * every row shares one instant, the end is a millisecond later (a timespan's start must precede its end).
 */
export function loadedWindow(table: SignInTable): string | undefined {
  const t = table.column('TimeGenerated').values;
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < table.length; k++) {
    const v = t[table.position(k)];
    if (!Number.isFinite(v)) return undefined;
    if (v < first) first = v;
    if (v > last) last = v;
  }
  return table.length ? `${isoTime(first)}/${isoTime(Math.max(last, first + 1))}` : undefined;
}

const identity = (f: Finding): string => [f.detector, f.severity, f.userPrincipalName ?? '', f.ipAddress ?? '', f.first, f.last, f.summary].join('\u0000');

/** A row is about a finding when it names the finding's user and its IP (in any column, lists included). */
function about(row: Record<string, unknown>, f: Finding): boolean {
  const names = (x: string | undefined) => !x || Object.values(row).some((v) => v === x || (Array.isArray(v) && v.includes(x)) || (typeof v === 'string' && v.split(/, |; /).includes(x)));
  return names(f.userPrincipalName) && names(f.ipAddress);
}

/**
 * Runs every detector's twin of `run` over the loaded window of `table` and says, per finding of `run`, whether the
 * twin's rows give it back.
 *
 * @param now the clock for now() / ago() (the twins use neither over a fixed window; passed for determinism)
 * @returns one Reproduction per finding of `run.findings` (same objects as keys)
 */
export function reproduceFindings(table: SignInTable, run: DetectorRun, now: number): Map<Finding, Reproduction> {
  const window = loadedWindow(table);
  const twins: (DetectorResult & { kql: string; ms: number })[] = run.results.map((r) => {
    const kql = r.analysis.kql(r.result.parameters, window ? { timespan: window } : {});
    const start = performance.now();
    const rows = query(table, kql, { now }).rows;
    const findings = r.analysis.findingsFromRows ? r.analysis.findingsFromRows(rows, r.result.parameters) : [];
    return { ...r, kql, ms: performance.now() - start, result: { ...r.result, rows, findings } };
  });
  const given = new Set(collect(twins).findings.map(identity));
  const out = new Map<Finding, Reproduction>();
  for (const f of run.findings) {
    const twin = twins.find((t) => t.detector === f.detector);
    if (!twin) continue;
    const rows = twin.result.rows as Record<string, unknown>[];
    out.set(f, {
      kql: twin.kql,
      analysisId: twin.analysis.id,
      rows: rows.length,
      aboutFinding: rows.filter((row) => about(row, f)).length,
      reproduced: given.has(identity(f)),
      ms: twin.ms,
    });
  }
  return out;
}
