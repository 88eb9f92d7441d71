/**
 * Everything a report needs, from a loaded table: every detector run (so each finding keeps its analysis and the
 * parameters it ran with, for the KQL twin), the findings narrowed to one user when asked, and the charts rendered to
 * SVG. The CLI and notebook 06 both write their report from this, so they say the same things.
 */
import { renderPng } from '../charts/render-png';
import { replayMapChart } from '../charts/replay-map';
import { replayPairsChart, type ReplayChartRow } from '../charts/replay-pairs';
import { signInMapChart } from '../charts/sign-in-map';
import { userTimelineChart } from '../charts/user-timeline';
import { volumeChart } from '../charts/volume-over-time';
import type { VegaLiteSpec } from '../charts/spec';
import { UserError } from '../errors';
import type { Finding } from '../findings/finding';
import { detect } from '../analyses/run-detectors';
import { reproduceFindings } from '../kql/reproduce-findings';
import type { SignInTable } from '../table/signin-table';
import { concernsUser, narrowFinding, narrowRow, rowConcernsUser } from './narrow-to-user';
import { pullManifestOf } from '../sources/live/pull-file';
import type { DataFingerprint } from './fingerprint';
import type { LoadAccounting, ReportAnalysis, ReportChart, ReportInput } from './report-input';

export { concernsUser };

export interface PrepareOptions {
  /** Where the data came from, in words. */
  source: string;
  files?: readonly string[];
  /** A fingerprint computed beforehand (e.g. by the load itself, from the bytes it read); takes precedence over `files`. */
  fingerprint?: DataFingerprint;
  load?: LoadAccounting;
  /** Parameter overrides keyed by analysis or detector id, as for runDetectors. */
  overrides?: Record<string, Record<string, unknown>>;
  /** Narrow the findings to one user (UPN, case-insensitive), and chart that user's timeline. */
  user?: string;
  /** Draw charts (default true; vega is loaded on first use). */
  charts?: boolean;
  /** Include informational findings (default true: context belongs in a write-up). */
  informational?: boolean;
  /** Run each finding's KQL on the table with the local engine and say whether it gives the finding back (default true). */
  reproduce?: boolean;
  title?: string;
  generatedAt: Date | string | number;
}

/** Runs each detector's analysis (keeping its result) with the overrides that name it. */
export function runForReport(table: SignInTable, overrides: Record<string, Record<string, unknown>> = {}): ReportAnalysis[] {
  return detect(table, overrides).results.map(({ analysis, result }) => ({ analysis, result }));
}

async function render(title: string, spec: VegaLiteSpec, caption: string): Promise<ReportChart> {
  const { png, width, height } = await renderPng(spec);
  return { title, png: { base64: png.toString('base64'), width, height }, caption };
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
  const user = options.user;
  // A write-up about one user shows that user's data only: findings and result rows that concern them, with other
  // accounts' evidence rows and names taken out (src/report/narrow-to-user.ts). One narrowed copy per finding, shared
  // by the findings list and the analysis results, so each finding still finds the analysis (and KQL) that raised it.
  const narrowed = new Map<Finding, Finding>();
  const narrow = (f: Finding): Finding => {
    if (!user) return f;
    if (!narrowed.has(f)) narrowed.set(f, narrowFinding(f, user));
    return narrowed.get(f)!;
  };
  const analyses: ReportAnalysis[] = run.results.map(({ analysis, result }) => ({
    analysis,
    result: result && user
      ? {
          ...result,
          rows: (result.rows as Record<string, unknown>[]).filter((r) => rowConcernsUser(r, user)).map((r) => narrowRow(r, user)),
          findings: result.findings.filter((f: Finding) => concernsUser(f, user)).map(narrow),
        }
      : result,
  }));
  let findings = user ? run.findings.filter((f) => concernsUser(f, user)).map(narrow) : run.findings;
  const reproduced = options.reproduce === false ? undefined : reproduceFindings(table, run, new Date(options.generatedAt).getTime() || 0);
  const reproductions = reproduced && new Map([...reproduced].filter(([f]) => !user || concernsUser(f, user)).map(([f, r]) => [narrow(f), r] as const));
  if (options.informational === false) findings = findings.filter((f) => f.severity !== 'informational');
  const scope = user ? table.forUser(user) : table;
  if (user && scope.length === 0) throw new UserError(`no sign-ins of ${user} in the data`);
  const charts: ReportChart[] = [];
  if (options.charts !== false && scope.length) {
    charts.push(await render('Sign-ins per hour, by table', volumeChart(scope, { log: true }), 'Log scale: the non-interactive table is usually 50 to 100 times the interactive one.'));
    if (user) {
      charts.push(await render(`Timeline of ${user}`, userTimelineChart(scope), 'By IP address: interactive sign-ins in the upper lane, token refreshes in the lower; failures in red.'));
      charts.push(await render(`Where ${user} signed in`, signInMapChart(scope), 'Blue places carry interactive sign-ins; a red place carries token refreshes only.'));
    }
    const replay = analyses.find((a) => a.analysis.id === 'token-replay')?.result;
    const pairs = (replay?.rows ?? []) as ReplayChartRow[];
    if (pairs.length) {
      charts.push(await render('Token replay candidates: distance against time gap', replayPairsChart(pairs), 'In the shaded band no traveller could have made the trip.'));
      charts.push(await render('Token replay candidates on the map', replayMapChart(pairs, table), 'Circle: IP-A, the interactive sign-in; triangle: IP-B, the token refreshes.'));
    }
  }
  const parameters: Record<string, unknown> = {};
  if (user) parameters.user = user;
  for (const [id, values] of Object.entries(options.overrides ?? {})) {
    for (const [k, v] of Object.entries(values)) parameters[`${id}.${k}`] = v;
  }
  return {
    title: options.title ?? (options.user ? `Sign-in investigation: ${options.user}` : 'Sign-in investigation'),
    table,
    source: options.source,
    files: options.files,
    pulls: (options.files ?? []).flatMap((f) => pullManifestOf(f) ?? []),
    fingerprint: options.fingerprint,
    load: options.load,
    findings,
    analyses,
    reproductions,
    charts,
    parameters,
    generatedAt: options.generatedAt,
  };
}
