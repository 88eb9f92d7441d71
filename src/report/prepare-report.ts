/**
 * Everything a report needs, from a loaded table: every detector run (so each finding keeps its analysis and the
 * parameters it ran with, for the KQL twin), the findings narrowed to one user when asked, and the charts rendered to
 * SVG. The CLI and notebook 06 both write their report from this, so they say the same things.
 */
import { renderSvg } from '../charts/render-svg';
import { replayPairsChart, type ReplayChartRow } from '../charts/replay-pairs';
import { userTimelineChart } from '../charts/user-timeline';
import { volumeChart } from '../charts/volume-over-time';
import type { VegaLiteSpec } from '../charts/spec';
import { UserError } from '../errors';
import type { Finding } from '../findings/finding';
import { detect } from '../analyses/run-detectors';
import type { SignInTable } from '../table/signin-table';
import type { LoadAccounting, ReportAnalysis, ReportChart, ReportInput } from './report-input';

export interface PrepareOptions {
  /** Where the data came from, in words. */
  source: string;
  files?: readonly string[];
  load?: LoadAccounting;
  /** Parameter overrides keyed by analysis or detector id, as for runDetectors. */
  overrides?: Record<string, Record<string, unknown>>;
  /** Narrow the findings to one user (UPN, case-insensitive), and chart that user's timeline. */
  user?: string;
  /** Draw charts (default true; vega is loaded on first use). */
  charts?: boolean;
  /** Include informational findings (default true: context belongs in a write-up). */
  informational?: boolean;
  title?: string;
  generatedAt: Date | string | number;
}

/** True when the finding is about this user: named as its subject or present in its evidence. */
export function concernsUser(f: Finding, upn: string): boolean {
  const want = upn.toLowerCase();
  if (f.userPrincipalName?.toLowerCase() === want) return true;
  return f.evidence.rows.some((r) => r.UserPrincipalName?.toLowerCase() === want);
}

/** Runs each detector's analysis (keeping its result) with the overrides that name it. */
export function runForReport(table: SignInTable, overrides: Record<string, Record<string, unknown>> = {}): ReportAnalysis[] {
  return detect(table, overrides).results.map(({ analysis, result }) => ({ analysis, result }));
}

async function render(title: string, spec: VegaLiteSpec, caption: string): Promise<ReportChart> {
  return { title, svg: await renderSvg(spec), caption };
}

/**
 * Builds the input of writeReport from a table: runs the detectors, narrows to a user, renders charts.
 *
 * @example
 * const input = await prepareReport(table, { source: 'synthetic tenant', user: 'ana@contoso.com', generatedAt: new Date() })
 * fs.writeFileSync('out/ana.html', writeReport(input, { format: 'html' }))
 */
export async function prepareReport(table: SignInTable, options: PrepareOptions): Promise<ReportInput> {
  const run = detect(table, options.overrides);
  const analyses: ReportAnalysis[] = run.results.map(({ analysis, result }) => ({ analysis, result }));
  let findings = run.findings;
  if (options.user) findings = findings.filter((f) => concernsUser(f, options.user!));
  if (options.informational === false) findings = findings.filter((f) => f.severity !== 'informational');
  const scope = options.user ? table.forUser(options.user) : table;
  if (options.user && scope.length === 0) throw new UserError(`no sign-ins of ${options.user} in the data`);
  const charts: ReportChart[] = [];
  if (options.charts !== false && scope.length) {
    charts.push(await render('Sign-ins per hour, by table', volumeChart(scope, { log: true }), 'Log scale: the non-interactive table is usually 50 to 100 times the interactive one.'));
    if (options.user) {
      charts.push(await render(`Timeline of ${options.user}`, userTimelineChart(scope), 'Interactive sign-ins and token refreshes by IP address.'));
    }
    const replay = analyses.find((a) => a.analysis.id === 'token-replay')?.result;
    const pairs = (replay?.rows ?? []) as ReplayChartRow[];
    const shown = options.user ? pairs.filter((r) => r.UserPrincipalName.toLowerCase() === options.user!.toLowerCase()) : pairs;
    if (shown.length) {
      charts.push(await render('Token replay candidates: distance against time gap', replayPairsChart(shown), 'Above the dashed line no traveller could have made the trip.'));
    }
  }
  const parameters: Record<string, unknown> = {};
  if (options.user) parameters.user = options.user;
  for (const [id, values] of Object.entries(options.overrides ?? {})) {
    for (const [k, v] of Object.entries(values)) parameters[`${id}.${k}`] = v;
  }
  // A write-up about one user shows that user's result rows only (other users' activity is not this case's business).
  const want = options.user?.toLowerCase();
  const shown: ReportAnalysis[] = want
    ? analyses.map(({ analysis, result }) => ({
        analysis,
        result: result && {
          ...result,
          rows: result.rows.filter((r: Record<string, unknown>) => !('UserPrincipalName' in r) || String(r.UserPrincipalName).toLowerCase() === want),
          findings: result.findings.filter((f: Finding) => concernsUser(f, want)),
        },
      }))
    : analyses;
  return {
    title: options.title ?? (options.user ? `Sign-in investigation: ${options.user}` : 'Sign-in investigation'),
    table,
    source: options.source,
    files: options.files,
    load: options.load,
    findings,
    analyses: shown,
    charts,
    parameters,
    generatedAt: options.generatedAt,
  };
}
