/**
 * `signinlab query 'KQL' [FILE...]` (or `--file q.kql FILE...`, or `--analysis <id>` for an analysis's KQL twin):
 * runs KQL over the loaded sign-ins with the local engine, or where the data is: in a Log Analytics workspace
 * (--workspace) or an Azure Data Explorer database (--cluster, --database). Without files or a workspace, runs on the
 * synthetic demo tenant. Prints an aligned table (every cell made inert for the terminal) or, with --json,
 * {"engine", "columns", "rows", "notes", "chart"}.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { KqlScope } from '../../analyses/analysis';
import { analysisById, ANALYSES } from '../../analyses/registry';
import { UserError } from '../../errors';
import { parseOverrides } from '../../analyses/parse-overrides';
import { query, type KqlResult } from '../../kql/engine/query';
import type { ColumnSchema } from '../../kql/engine/values/types';
import { escapeTerminal as terminalVisible } from '../../escape';
import type { CliIO } from '../io';
import { resolveSource } from '../source-options';

interface QueryOptions {
  file?: string;
  analysis?: string;
  param: string[];
  user?: string;
  ip?: string;
  timespan?: string;
  json?: boolean;
  now?: string;
  workspace?: string;
  endpoint?: string;
  cluster?: string;
  database?: string;
  maxWidth: string;
}

/** An answer from any engine; a workspace answer names its columns without types (run-query.ts keeps no types). */
type Answer = Pick<KqlResult, 'rows' | 'notes' | 'chart'> & { engine: string; columns: readonly { name: string; type?: string }[] };

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A cell as text: empty for null, JSON for dynamic values, attacker-controlled characters shown as escapes. */
function cellText(v: unknown, width: number): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const safe = terminalVisible(s).replace(/\t/g, ' ');
  return safe.length > width ? `${safe.slice(0, width - 1)}…` : safe;
}

/** An aligned text table with a header, a rule and a row count. */
export function formatTable(columns: readonly Pick<ColumnSchema, 'name'>[], rows: readonly Record<string, unknown>[], maxWidth = 48): string {
  if (columns.length === 0) return '(no columns)\n';
  const cells = rows.map((r) => columns.map((c) => cellText(r[c.name], maxWidth)));
  const head = columns.map((c) => cellText(c.name, maxWidth));
  const widths = head.map((h, j) => Math.max(h.length, ...cells.map((r) => r[j].length)));
  const line = (xs: string[]) => xs.map((x, j) => x.padEnd(widths[j])).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  return `${out.join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}

function queryText(args: string[], opts: QueryOptions): { text: string; files: string[] } {
  const scope: KqlScope = { ...(opts.user ? { user: opts.user } : {}), ...(opts.ip ? { ip: opts.ip } : {}), ...(opts.timespan ? { timespan: opts.timespan } : {}) };
  const given = [opts.file !== undefined, opts.analysis !== undefined].filter(Boolean).length;
  if (given > 1) throw new UserError('give the query one way: as text, --file or --analysis');
  if (opts.analysis !== undefined) {
    const a = analysisById(opts.analysis);
    if (!a) throw new UserError(`unknown analysis "${opts.analysis}"; expected one of: ${ANALYSES.map((x) => x.id).join(', ')}`);
    return { text: a.kql(parseOverrides(opts.param)[a.id] ?? {}, scope), files: args };
  }
  if (opts.param.length || Object.keys(scope).length) {
    if (opts.timespan && (opts.workspace || process.env.SIGNINLAB_WORKSPACE_ID) && !opts.user && !opts.ip && !opts.param.length) {
      // --timespan also sets a workspace query's time range.
    } else throw new UserError('--param, --user and --ip apply to --analysis twins; write them into the query instead');
  }
  if (opts.file !== undefined) {
    try {
      return { text: readFileSync(opts.file, 'utf8'), files: args };
    } catch (e) {
      throw new UserError(`cannot read the query file ${terminalVisible(opts.file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (args.length === 0) throw new UserError('give a query: signinlab query \'SigninLogs | take 10\' [FILE...], --file q.kql, or --analysis <id>');
  return { text: args[0], files: args.slice(1) };
}

async function inCluster(text: string, opts: QueryOptions): Promise<Answer> {
  const { runAdxQuery } = require('../../sources/adx/run-adx-query') as typeof import('../../sources/adx/run-adx-query');
  const r = await runAdxQuery(text, { cluster: opts.cluster, database: opts.database });
  return { engine: `Azure Data Explorer: database ${r.database} on ${r.cluster}`, columns: r.columns, rows: r.rows, notes: [] };
}

async function inWorkspace(text: string, opts: QueryOptions): Promise<Answer> {
  const { createLogsClient } = require('../../sources/live/logs-client') as typeof import('../../sources/live/logs-client');
  const { runQuery } = require('../../sources/live/run-query') as typeof import('../../sources/live/run-query');
  const { workspaceIdOf } = require('../../sources/live/workspace-id') as typeof import('../../sources/live/workspace-id');
  const workspaceId = workspaceIdOf(opts.workspace);
  const { client, endpoint } = createLogsClient({ endpoint: opts.endpoint });
  const answer = await runQuery(text, { duration: opts.timespan ?? 'P7D' }, { client, context: { workspaceId, endpoint } });
  if (!answer.complete) throw new UserError(`the workspace answered only in part (${answer.reason}); narrow the query or --timespan`);
  const rows = answer.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
  return { engine: `Log Analytics workspace ${workspaceId}`, columns: answer.columns.map((name) => ({ name })), rows, notes: [] };
}

async function locally(text: string, files: string[], opts: QueryOptions, io: CliIO): Promise<Answer> {
  const now = opts.now === undefined ? undefined : Date.parse(opts.now);
  if (now !== undefined && Number.isNaN(now)) throw new UserError(`--now must be an ISO-8601 time, got "${opts.now}"`);
  const loaded = await resolveSource(files, {}, io, {}, { orSynthetic: true });
  const r = query(loaded.table, text, { now });
  const notes = [...r.notes];
  if (loaded.rejected.length) notes.unshift(`${loaded.rejected.length} rows were rejected while loading (see signinlab load)`);
  return { engine: `local: ${loaded.source}`, columns: r.columns, rows: r.rows, notes, chart: r.chart };
}

export function registerQuery(program: Command, io: CliIO): void {
  program
    .command('query')
    .description('Run KQL over sign-in files with the local engine, or in a workspace or Azure Data Explorer database.')
    .argument('[kql-and-files...]', "the query, then sign-in files (with --file or --analysis: only files); none: the synthetic demo tenant")
    .option('--file <q.kql>', 'read the query from a file')
    .option('--analysis <id>', "run an analysis's KQL twin (see signinlab kql)")
    .option('--param <analysis.parameter=value>', 'override a twin threshold (repeatable)', collect, [] as string[])
    .option('--user <upn>', 'twin scope: only this UserPrincipalName')
    .option('--ip <address>', 'twin scope: only this IP address')
    .option('--timespan <iso>', 'twin scope (P7D, PT12H or start/end); for --workspace also the query time range')
    .option('--now <iso>', "the local engine's clock for now() and ago() (default: the current time)")
    .option('--workspace <id>', 'run in this Log Analytics workspace (Workspace ID) instead of locally')
    .option('--endpoint <url>', 'workspace query API: public, china, usgov or an https URL')
    .option('--cluster <url>', 'run in this Azure Data Explorer cluster (https://<cluster>.<region>.kusto.windows.net)')
    .option('--database <name>', 'the Azure Data Explorer database holding SigninLogs and AADNonInteractiveUserSignInLogs')
    .option('--max-width <n>', 'widest cell in the text table', '48')
    .option('--json', 'print {"engine", "columns", "rows", "notes", "chart"} as JSON')
    .action(async (args: string[], opts: QueryOptions) => {
      const { text, files } = queryText(args, opts);
      const remote = opts.cluster !== undefined || opts.database !== undefined ? 'cluster' : opts.workspace !== undefined ? 'workspace' : undefined;
      if (remote && files.length) throw new UserError(`files are read locally; --${remote === 'cluster' ? 'cluster' : 'workspace'} runs the query where the data is`);
      if (remote && opts.now) throw new UserError('--now sets the local clock; a remote query uses the service\'s');
      const answer = remote === 'cluster' ? await inCluster(text, opts) : remote === 'workspace' ? await inWorkspace(text, opts) : await locally(text, files, opts, io);
      if (opts.json) {
        io.out(JSON.stringify({ engine: answer.engine, columns: answer.columns, rows: answer.rows, notes: answer.notes, chart: answer.chart ?? null }, null, 2) + '\n');
        return;
      }
      const width = Math.max(8, Math.min(400, Number(opts.maxWidth) || 48));
      io.out(formatTable(answer.columns, answer.rows, width));
      if (answer.chart) io.err('render: a Vega-Lite chart spec is in the --json output ("chart")\n');
      for (const n of answer.notes) io.err(`note: ${terminalVisible(n)}\n`);
    });
}
