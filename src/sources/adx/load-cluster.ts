/**
 * Pulls sign-ins from an Azure Data Explorer (or Fabric Eventhouse) database into a SignInTable, the way a workspace
 * pull does: both tables (or those asked for) over a timespan, optionally for one user or IP, projected to the
 * columns the model needs, each row normalized by the file loaders' normalizer, deduplicated by Id. The database is
 * expected to hold SigninLogs and AADNonInteractiveUserSignInLogs with their Log Analytics schema (an export or an
 * archive of the workspace).
 *
 *   timespan → [start,end) → per table: pullTable (bisect until whole) → normalizeLogAnalyticsRow → LoadLedger
 *
 * A cluster has no query-level timespan: each window's query carries its own TimeGenerated filter (pull-query.ts).
 * When an answer exceeds the cluster's result limit (500,000 records or 64 MB by default) the service marks it partial;
 * such an answer is never used, its window is halved and asked again.
 */
import { UserError } from '../../errors';
import { isTableName, TABLE_NAMES } from '../../schema/table-names';
import { FileLoad, type Normalize } from '../files/file-load';
import { LoadLedger } from '../load-ledger';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import { quote } from '../normalize/required';
import type { WorkspaceLoadResult } from '../live/load-workspace';
import { pullColumns } from '../live/pull-columns';
import { pullQuery } from '../live/pull-query';
import type { PullScope } from '../live/pull-scope';
import { pullTable } from '../live/pull-table';
import type { QueryAnswer } from '../live/run-query';
import { formatWindow, parseTimespan } from '../live/time-window';
import { createAdxClient, type KustoClientLike } from './adx-client';
import { runAdxQuery, type AdxQueryOptions } from './run-adx-query';

export interface ClusterLoadOptions extends AdxQueryOptions, PullScope {}

/** A cluster's answer cut at its result limit: what the service writes in the partial failure (80DA0003, E_QUERY_RESULT_SET_TOO_LARGE). */
const LIMIT_EXCEEDED = /LimitsExceeded|80DA0003|E_QUERY_RESULT_SET_TOO_LARGE|exceed(ed)? the (set|allowed) limit/i;

/** One window's answer: whole rows, or "cut" when the cluster says the result passed its limit. */
async function ask(kql: string, client: KustoClientLike, cluster: string, database: string): Promise<QueryAnswer> {
  try {
    const r = await runAdxQuery(kql, { client, cluster, database });
    return { complete: true, columns: r.columns.map((c) => c.name), rows: r.rows };
  } catch (e) {
    const message = (e as Error).message ?? '';
    if (/answered only in part/.test(message) && LIMIT_EXCEEDED.test(message)) return { complete: false, reason: 'the cluster\'s result limit', rows: 0 };
    throw e;
  }
}

/**
 * Loads sign-ins from a cluster's database.
 *
 * @returns the table and its accounting: rows of both tables + duplicates + rejected rows = offered
 * @throws UserError for a bad option, missing credentials, no permission, an unknown database or a refused query
 * @example await loadCluster({ cluster: 'https://c.westeurope.kusto.windows.net', database: 'Security', timespan: 'P1D' })
 */
export async function loadCluster(options: ClusterLoadOptions): Promise<WorkspaceLoadResult> {
  const window = parseTimespan(options.timespan, options.now);
  const tables = options.tables ?? [...TABLE_NAMES];
  for (const t of tables) if (!isTableName(t)) throw new UserError(`"${String(t)}" is not a sign-in table; use ${TABLE_NAMES.join(' or ')}`);
  const maxRowsPerQuery = options.maxRowsPerQuery ?? 500_000;
  const made = options.client
    ? { client: options.client, cluster: options.cluster ?? 'the given client', database: options.database ?? '' }
    : await createAdxClient(options);
  const { client, cluster, database } = made;
  const ledger = new LoadLedger();
  const queries: WorkspaceLoadResult['queries'] = {};
  try {
    for (const table of tables) {
      const columns = pullColumns(table, options.columns);
      const load = new FileLoad(`${table} in database ${database} on ${cluster}`, ledger);
      load.format = 'Azure Data Explorer query';
      const normalize: Normalize<Record<string, unknown>> = (raw, note) => normalizeLogAnalyticsRow(raw, table, note);
      queries[table] = await pullTable({
        table,
        window,
        maxRowsPerQuery,
        maxQueries: options.maxQueries,
        onProgress: options.onProgress,
        ask: (w) => ask(pullQuery(table, w, columns, options), client, cluster, database),
        // A query answer has no lines: each row is named by its Id (line 0).
        onRows: (rows) => {
          for (const raw of rows) load.take(0, normalize, raw, `Id ${quote(raw.Id ?? '')}: `);
        },
      });
    }
  } finally {
    if (!options.client) client.close();
  }
  const scope = [options.user && `user ${options.user}`, options.ip && `IP ${options.ip}`].filter(Boolean).join(', ');
  // A duration is named before the window it ended up as; an interval is the window.
  const span = typeof options.timespan === 'string' && !options.timespan.includes('/') ? `${options.timespan.trim()}: ` : '';
  return {
    ...ledger.finish(),
    source: `database ${database} on ${cluster} (${span}${formatWindow(window)}${scope ? `; ${scope}` : ''})`,
    queries,
  };
}
