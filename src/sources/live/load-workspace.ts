/**
 * Pulls sign-ins from a Log Analytics / Sentinel workspace into a SignInTable: both tables (or those asked for) over a
 * timespan, optionally for one user or IP, projected to the columns the model needs, each row normalized with the same
 * normalizer the file loaders use, deduplicated by Id.
 *
 *   timespan → [start,end) → per table: pullTable (bisect until whole) → normalizeLogAnalyticsRow → LoadLedger
 */
import type { LogsQueryClient } from '@azure/monitor-query-logs';
import { UserError } from '../../errors';
import { isTableName, TABLE_NAMES, type TableName } from '../../schema/table-names';
import { FileLoad, type Normalize } from '../files/file-load';
import { LoadLedger } from '../load-ledger';
import type { LoadResult } from '../load-result';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import { quote } from '../normalize/required';
import { createLogsClient, type ClientSettings } from './logs-client';
import { pullColumns } from './pull-columns';
import { pullQuery } from './pull-query';
import type { PullScope } from './pull-scope';
import { pullTable } from './pull-table';
import type { RetryOptions } from './retry';
import { runQuery, timeoutSecondsOf } from './run-query';
import { formatWindow, parseTimespan } from './time-window';
import { workspaceIdOf } from './workspace-id';

export interface WorkspaceOptions extends ClientSettings, PullScope {
  /** Workspace ID (GUID); default SIGNINLAB_WORKSPACE_ID. */
  workspaceId?: string;
  /** A ready client (its endpoint is then not known here; messages name the one given, if any). */
  client?: LogsQueryClient;
  retry?: RetryOptions;
  /** Client-side limit on each query, in seconds (default SIGNINLAB_QUERY_TIMEOUT, else 630). */
  timeoutSeconds?: number;
  /** Told each query as it is sent and each answer's rows as they arrive, raw (what `--save` records). */
  onPulled?: { query?(table: TableName, kql: string): void; rows?(table: TableName, rows: readonly Record<string, unknown>[]): void };
}

/**
 * A file load's result, with `files` holding one summary per table pulled (file = "SigninLogs in workspace …") and each
 * rejection naming its table and row Id (line 0: a query answer has no lines).
 */
export interface WorkspaceLoadResult extends LoadResult {
  /** Where the rows came from, e.g. "workspace 1b2c… (P7D: 2024-05-01T…/2024-05-08T…)". */
  source: string;
  /** Queries sent, windows split and rows received, per table. */
  queries: Partial<Record<TableName, { queries: number; splits: number; rows: number }>>;
}

/**
 * Loads sign-ins from a workspace.
 *
 * @returns the table and its accounting: rows of both tables + duplicates + rejected rows = offered
 * @throws UserError for a bad option, missing credentials, no permission, an unknown workspace or a missing table
 * @example await loadWorkspace({ workspaceId: '…', timespan: 'P1D', user: 'ann@contoso.com' })
 */
export async function loadWorkspace(options: WorkspaceOptions): Promise<WorkspaceLoadResult> {
  const workspaceId = workspaceIdOf(options.workspaceId);
  const window = parseTimespan(options.timespan, options.now);
  const tables = options.tables ?? [...TABLE_NAMES];
  for (const t of tables) if (!isTableName(t)) throw new UserError(`"${String(t)}" is not a sign-in table; use ${TABLE_NAMES.join(' or ')}`);
  const maxRowsPerQuery = options.maxRowsPerQuery ?? 500_000;
  if (!Number.isInteger(maxRowsPerQuery) || maxRowsPerQuery < 1) throw new UserError('maxRowsPerQuery must be a positive whole number');
  const columnsByTable = new Map(tables.map((t) => [t, pullColumns(t, options.columns)] as const));
  const { client, endpoint, watch } = options.client
    ? { client: options.client, endpoint: options.endpoint ?? 'the given client', watch: undefined }
    : createLogsClient(options);
  const timeoutSeconds = timeoutSecondsOf(options.timeoutSeconds);

  const ledger = new LoadLedger();
  const queries: WorkspaceLoadResult['queries'] = {};
  for (const table of tables) {
    const columns = columnsByTable.get(table)!;
    const context = { workspaceId, endpoint, table, watch };
    const load = new FileLoad(`${table} in workspace ${workspaceId}`, ledger);
    load.format = 'Log Analytics query';
    const normalize: Normalize<Record<string, unknown>> = (raw, note) => normalizeLogAnalyticsRow(raw, table, note);
    const stats = await pullTable({
      table,
      window,
      maxRowsPerQuery,
      maxQueries: options.maxQueries,
      onProgress: options.onProgress,
      ask: (w) => {
        const query = pullQuery(table, w, columns, options);
        options.onPulled?.query?.(table, query);
        return runQuery(query, w, { client, context, retry: options.retry, timeoutSeconds, expectColumns: ['Id', 'TimeGenerated'] });
      },
      // A query answer has no lines: each row is named by its Id (line 0).
      onRows: (rows) => {
        options.onPulled?.rows?.(table, rows);
        for (const raw of rows) load.take(0, normalize, raw, `Id ${quote(raw.Id ?? '')}: `);
      },
    });
    queries[table] = stats;
  }
  const scope = [options.user && `user ${options.user}`, options.ip && `IP ${options.ip}`].filter(Boolean).join(', ');
  const span = typeof options.timespan === 'string' ? `${options.timespan.trim()}: ` : '';
  return {
    ...ledger.finish(),
    source: `workspace ${workspaceId} (${span}${formatWindow(window)}${scope ? `; ${scope}` : ''})`,
    queries,
  };
}
