/**
 * One query against a workspace, with retries, giving rows as objects keyed by column name and saying whether the
 * answer is whole. A partial answer (HTTP 200 with `error.code` PartialError, the SDK's PartialFailure) is never
 * returned as rows: the caller must ask a smaller question.
 */
import { LogsQueryResultStatus, type LogsQueryClient, type LogsTable, type QueryTimeInterval } from '@azure/monitor-query-logs';
import { liveError, type QueryContext } from './live-error';
import { withRetry, type RetryOptions } from './retry';
import type { TimeWindow } from './time-window';

export type QueryAnswer =
  | { complete: true; columns: string[]; rows: Record<string, unknown>[] }
  /** `rows`: how many rows the cut answer held (how many fit under the cap that cut it). */
  | { complete: false; reason: string; rows: number };

/** Rows of a result table as objects, cells as the SDK gives them (Date or text datetimes, objects or text dynamics). */
export function tableRows(table: LogsTable | undefined): { columns: string[]; rows: Record<string, unknown>[] } {
  if (!table) return { columns: [], rows: [] };
  const columns = (table.columnDescriptors ?? []).map((c) => c.name ?? '');
  const rows = table.rows.map((cells) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]] = cells[i];
    return row;
  });
  return { columns, rows };
}

export interface RunQueryOptions {
  client: LogsQueryClient;
  context: QueryContext;
  retry?: RetryOptions;
  /** Server-side time limit in seconds (Prefer: wait=N; the service allows up to 600). */
  serverTimeoutInSeconds?: number;
}

/**
 * Runs `query` over `window` (fixed ends, or a duration the service counts back from its own clock); throws a
 * UserError for anything but a whole or partial answer.
 */
export async function runQuery(query: string, window: TimeWindow | QueryTimeInterval, options: RunQueryOptions): Promise<QueryAnswer> {
  const timespan: QueryTimeInterval = 'start' in window ? { startTime: new Date(window.start), endTime: new Date(window.end) } : window;
  let result;
  try {
    result = await withRetry(
      () =>
        options.client.queryWorkspace(
          options.context.workspaceId,
          query,
          timespan,
          { serverTimeoutInSeconds: options.serverTimeoutInSeconds ?? 600 },
        ),
      options.retry,
    );
  } catch (e) {
    throw liveError(e, options.context);
  }
  if (result.status === LogsQueryResultStatus.PartialFailure) {
    const err = result.partialError;
    const detail = (err.details ?? []).map((d) => d.message).filter(Boolean).join(' / ');
    return {
      complete: false,
      reason: [err.message, detail].filter(Boolean).join(': ') || 'partial result',
      rows: result.partialTables[0]?.rows.length ?? 0,
    };
  }
  return { complete: true, ...tableRows(result.tables[0]) };
}
