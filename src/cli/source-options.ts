/**
 * The options every data-reading command shares, and the one place that turns them into sign-ins: files given on the
 * command line, or a workspace (--workspace, else SIGNINLAB_WORKSPACE_ID when no files are given). --user, --ip and
 * --timespan narrow a workspace pull in the query itself; --pushdown asks the workspace to run the analysis's KQL.
 * The Azure SDK is loaded only when a workspace is used.
 */
import type { Command } from 'commander';
import type { Analysis, AnalysisResult } from '../analyses/analysis';
import { UserError } from '../errors';
import type { WorkspaceOptions } from '../sources/live/load-workspace';
import type { PullProgress } from '../sources/live/pull-table';
import { defaultTimespan, type OpenedSource } from '../sources/open-source';
import { escapeTerminal } from '../escape';
import { toolVersion } from '../report/tool-version';
import { manifestPathOf, pullRecorder } from '../sources/live/pull-file';
import { clusterAsked, resolveClusterPushdown, resolveClusterSource } from './cluster-source';
import type { CliIO } from './io';
import { tablesOf } from './tables-option';

/** How to reach a workspace beyond the command line: a credential other than DefaultAzureCredential, TLS trust, retries. */
export type LiveSettings = Pick<WorkspaceOptions, 'credential' | 'clientOptions' | 'retry'>;

export interface SourceOptionValues {
  workspace?: string;
  /** An Azure Data Explorer cluster and database to read instead (cluster-source.ts). */
  cluster?: string;
  database?: string;
  endpoint?: string;
  timespan?: string;
  user?: string;
  ip?: string;
  pushdown?: boolean;
  /** Comma-separated table names to pull (default both). */
  tables?: string;
  /** Write the pulled rows and a manifest of the pull (src/sources/live/pull-file.ts). */
  save?: string;
  /** Seconds each workspace query may take before the command gives up on it. */
  timeout?: string;
}

/** Adds --workspace, --endpoint, --timespan, --user, --ip, --tables and --pushdown to `command`. */
export function addSourceOptions(
  command: Command,
  { userHelp = 'only sign-ins of this UserPrincipalName (case-insensitive), filtered in the workspace' }: { userHelp?: string } = {},
): Command {
  return command
    .option('--workspace <id>', 'Log Analytics workspace ID (GUID) to query instead of files (default: SIGNINLAB_WORKSPACE_ID when no files are given)')
    .option('--cluster <url>', 'Azure Data Explorer cluster to query instead (https://<cluster>.<region>.kusto.windows.net; with --database)')
    .option('--database <name>', 'the cluster database holding SigninLogs and AADNonInteractiveUserSignInLogs (default: SIGNINLAB_ADX_DATABASE)')
    .option('--endpoint <url>', 'query API: public, china, usgov or an https URL (default: SIGNINLAB_LOGS_ENDPOINT, else public)')
    .option('--timespan <iso>', 'what to pull: ISO 8601 duration back from now (P7D, PT12H, P1M) or interval (2024-05-01T00:00Z/2024-05-08T00:00Z; UTC unless a zone is given); default P7D')
    .option('--user <upn>', userHelp)
    .option('--ip <address>', 'only sign-ins from this IPAddress, filtered in the workspace')
    .option('--tables <names>', 'tables to pull, comma-separated: SigninLogs,AADNonInteractiveUserSignInLogs (default both)')
    .option('--timeout <seconds>', 'give up on a workspace query that has not answered after this long (default: SIGNINLAB_QUERY_TIMEOUT, else 630)')
    .option('--pushdown', 'run the analysis as KQL in the workspace and fetch only its result')
    .option('--save <file>', 'write the pulled rows to FILE (JSON Lines) and FILE.pull.json (workspace, window, KQL sent, time of the pull), to re-run offline');
}

/** The workspace to use, or undefined when the input is files (or, with `orSynthetic`, the demo tenant). */
function workspaceOf(files: string[], opts: SourceOptionValues, orSynthetic = false): string | undefined {
  const given = opts.workspace?.trim();
  if (files.length > 0) {
    if (given) throw new UserError('give files or --workspace, not both');
    const workspaceOnly = (['endpoint', 'timespan', 'user', 'ip', 'tables', 'pushdown', 'save', 'timeout'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
    if (workspaceOnly.length) throw new UserError(`--${workspaceOnly.join(', --')} narrow a workspace query; they do not apply to files`);
    return undefined;
  }
  const id = given || process.env.SIGNINLAB_WORKSPACE_ID?.trim();
  if (!id && orSynthetic) {
    const workspaceOnly = (['endpoint', 'timespan', 'user', 'ip', 'tables', 'pushdown', 'save', 'timeout'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
    if (workspaceOnly.length) throw new UserError(`--${workspaceOnly.join(', --')} narrow a workspace query: give --workspace (or set SIGNINLAB_WORKSPACE_ID)`);
    return undefined;
  }
  if (!id) throw new UserError('nothing to read: give sign-in files, or --workspace <Workspace ID> (or set SIGNINLAB_WORKSPACE_ID)');
  return id;
}

/** --timeout as seconds (undefined: the default). */
function timeoutOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(t) || t <= 0 || t > 86_400) throw new UserError(`--timeout must be a number of seconds from 1 to 86400, not ${JSON.stringify(text)}`);
  return t;
}

/** A progress callback that writes at most five lines a second. */
function throttled<T>(io: CliIO, line: (p: T) => string): (p: T) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    io.progress(line(p));
  };
}

function progressLine(p: PullProgress): string {
  return `pulling ${p.table}: ${Math.floor(100 * p.done)}% (${p.rows} rows, ${p.queries} quer${p.queries === 1 ? 'y' : 'ies'})`;
}

/**
 * Loads the sign-ins the options point at.
 * @throws UserError for files and --workspace together, workspace-only options with files, or no input at all
 */
export async function resolveSource(
  files: string[],
  opts: SourceOptionValues,
  io: CliIO,
  live: LiveSettings = {},
  { orSynthetic = false, digest = false }: { orSynthetic?: boolean; digest?: boolean } = {},
): Promise<OpenedSource> {
  if (clusterAsked(opts)) return resolveClusterSource(files, opts, io);
  const workspaceId = workspaceOf(files, opts, orSynthetic);
  const { loadSignIns } = require('../sources/open-source') as typeof import('../sources/open-source');
  if (workspaceId === undefined && files.length === 0) return loadSignIns({ kind: 'synthetic' });
  if (workspaceId === undefined) {
    const result = await loadSignIns({ kind: 'files', paths: files, digest, onProgress: throttled(io, (p) => {
      const pct = p.totalBytes > 0 ? Math.floor((100 * p.bytes) / p.totalBytes) : 100;
      return `loading ${escapeTerminal(p.file)}: ${pct}% (${p.rows} rows)`;
    }) });
    io.progress('');
    return result;
  }
  if (opts.pushdown) throw new UserError('--pushdown runs an analysis in the workspace; this command needs the sign-ins themselves');
  const timespan = opts.timespan ?? defaultTimespan();
  const pulledAt = new Date();
  const recorder = opts.save ? pullRecorder(opts.save) : undefined;
  const result = await loadSignIns({
    ...live,
    kind: 'workspace',
    workspaceId,
    endpoint: opts.endpoint,
    timespan,
    user: opts.user,
    ip: opts.ip,
    tables: tablesOf(opts.tables),
    timeoutSeconds: timeoutOf(opts.timeout),
    onProgress: (p) => io.progress(progressLine(p)),
    now: pulledAt.getTime(),
    onPulled: recorder?.onPulled,
  }).catch((e: unknown) => {
    recorder?.discard();
    throw e;
  });
  io.progress('');
  if (recorder && opts.save) {
    const endpoint = opts.endpoint ?? process.env.SIGNINLAB_LOGS_ENDPOINT?.trim() ?? 'public';
    recorder.save({ workspaceId, endpoint: endpoint || 'public', timespan, user: opts.user, ip: opts.ip, pulledAt, version: toolVersion() });
    io.err(`saved the pull to ${escapeTerminal(opts.save)} and ${escapeTerminal(manifestPathOf(opts.save))}; re-run offline with: signinlab <command> ${escapeTerminal(opts.save)}\n`);
  }
  return result;
}

/**
 * Runs `analysis` in the workspace the options name (for commands given --pushdown).
 * @throws UserError when the input is files: there is no workspace to push down to
 */
export async function resolvePushdown<P, R>(
  analysis: Analysis<P, R>,
  files: string[],
  opts: SourceOptionValues,
  overrides?: Partial<P>,
  live: LiveSettings = {},
): Promise<AnalysisResult<P, R>> {
  if (clusterAsked(opts)) return resolveClusterPushdown(analysis, files, opts, overrides);
  if (opts.save) throw new UserError('--save records a pull of sign-ins; --pushdown fetches only the analysis result');
  const workspaceId = files.length > 0 ? undefined : workspaceOf(files, { ...opts, pushdown: undefined });
  if (workspaceId === undefined) throw new UserError('--pushdown needs a workspace (--workspace or SIGNINLAB_WORKSPACE_ID), not files');
  const { pushdown } = require('../sources/live/pushdown') as typeof import('../sources/live/pushdown');
  return pushdown(analysis, {
    ...live,
    workspaceId,
    endpoint: opts.endpoint,
    overrides,
    timeoutSeconds: timeoutOf(opts.timeout),
    scope: { user: opts.user, ip: opts.ip, timespan: opts.timespan ?? defaultTimespan() },
  });
}
