/**
 * --cluster and --database: the data-reading commands (load, findings, report) read an Azure Data Explorer database
 * as they read a workspace. Without --pushdown the sign-ins are pulled (src/sources/adx/load-cluster.ts) and every
 * detector runs here; with --pushdown each analysis's KQL twin runs in the cluster and only its rows come back.
 * --timespan, --user, --ip and --tables narrow the pull as they do a workspace's. The cluster client is loaded only
 * when a cluster is named.
 */
import type { Analysis, AnalysisResult } from '../analyses/analysis';
import { UserError } from '../errors';
import { defaultTimespan, type OpenedSource } from '../sources/open-source';
import type { CliIO } from './io';
import { tablesOf } from './tables-option';

export interface ClusterOptionValues {
  cluster?: string;
  database?: string;
  workspace?: string;
  endpoint?: string;
  save?: string;
  timeout?: string;
  timespan?: string;
  user?: string;
  ip?: string;
  tables?: string;
  pushdown?: boolean;
}

/** True when the command was given --cluster or --database: the input is that database. */
export function clusterAsked(opts: ClusterOptionValues): boolean {
  return opts.cluster !== undefined || opts.database !== undefined;
}

/** Refuses what does not go with a cluster: files, a workspace and its own options. */
function checkCluster(files: string[], opts: ClusterOptionValues): void {
  if (files.length > 0) throw new UserError('give files or --cluster, not both: --cluster reads the database instead of files');
  if (opts.workspace !== undefined) throw new UserError('give --workspace or --cluster, not both');
  if (opts.endpoint !== undefined) throw new UserError('--endpoint names a Log Analytics query API; a cluster is named by its URL (--cluster)');
  if (opts.save !== undefined) throw new UserError('--save records a workspace pull; it does not apply to --cluster');
  if (opts.timeout !== undefined) throw new UserError('--timeout bounds a workspace query; a cluster query is bounded by the cluster (its request timeout)');
}

/** The sign-ins of the database the options name. */
export async function resolveClusterSource(files: string[], opts: ClusterOptionValues, io: CliIO): Promise<OpenedSource> {
  checkCluster(files, opts);
  if (opts.pushdown) throw new UserError('--pushdown runs an analysis in the cluster; this command needs the sign-ins themselves');
  const { loadCluster } = require('../sources/adx/load-cluster') as typeof import('../sources/adx/load-cluster');
  const result = await loadCluster({
    cluster: opts.cluster,
    database: opts.database,
    timespan: opts.timespan ?? defaultTimespan(),
    user: opts.user,
    ip: opts.ip,
    tables: tablesOf(opts.tables),
    onProgress: (p) => io.progress(`pulling ${p.table}: ${Math.floor(100 * p.done)}% (${p.rows} rows, ${p.queries} quer${p.queries === 1 ? 'y' : 'ies'})`),
  });
  io.progress('');
  return result;
}

/** `analysis`'s twin run in the database the options name, narrowed by --user, --ip and --timespan. */
export async function resolveClusterPushdown<P, R>(analysis: Analysis<P, R>, files: string[], opts: ClusterOptionValues, overrides?: Partial<P>): Promise<AnalysisResult<P, R>> {
  checkCluster(files, opts);
  const { adxPushdown } = require('../sources/adx/adx-pushdown') as typeof import('../sources/adx/adx-pushdown');
  return adxPushdown(analysis, {
    cluster: opts.cluster,
    database: opts.database,
    overrides,
    scope: { user: opts.user, ip: opts.ip, timespan: opts.timespan ?? defaultTimespan() },
  });
}
