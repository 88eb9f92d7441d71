/**
 * One query against a workspace, with retries, giving rows as objects keyed by column name and saying whether the
 * answer is whole. A partial answer (HTTP 200 with `error.code` PartialError, the SDK's PartialFailure) is never
 * returned as rows: the caller must ask a smaller question.
 */
import { LogsQueryResultStatus, type LogsQueryClient, type LogsTable, type QueryTimeInterval } from '@azure/monitor-query-logs';
import { liveError, malformedAnswer, timeoutError, type QueryContext } from './live-error';
import { requestTimeout } from './logs-client';
import { withRetry, type RetryOptions } from './retry';
import type { TimeWindow } from './time-window';
import { UserError } from '../../errors';

export type QueryAnswer =
  | { complete: true; columns: string[]; rows: Record<string, unknown>[] }
  /** `rows`: how many rows the cut answer held (how many fit under the cap that cut it). */
  | { complete: false; reason: string; rows: number };

/**
 * Rows of a result table as objects (null-prototype: a column may be named "__proto__"), cells as the SDK gives them
 * (Date or text datetimes, objects or text dynamics).
 * @throws TypeError for a table that has no column list or no rows list (a malformed answer)
 */
export function tableRows(table: LogsTable | undefined): { columns: string[]; rows: Record<string, unknown>[] } {
  if (!table) return { columns: [], rows: [] };
  if (!Array.isArray(table.columnDescriptors) || !Array.isArray(table.rows)) throw new TypeError('its table has no column or row list');
  const columns = table.columnDescriptors.map((c) => String(c?.name ?? ''));
  const rows = table.rows.map((cells) => {
    if (!Array.isArray(cells)) throw new TypeError('a row is not a list of cells');
    const row: Record<string, unknown> = Object.create(null);
    for (let i = 0; i < columns.length; i++) row[columns[i]] = cells[i];
    return row;
  });
  return { columns, rows };
}

/** The client-side timeout of one query when none is given: the server's own limit (600 s) and a margin. */
export const DEFAULT_TIMEOUT_SECONDS = 630;

/** A timeout in seconds from the option or SIGNINLAB_QUERY_TIMEOUT; refused when it is not a positive number. */
export function timeoutSecondsOf(given?: number): number {
  const env = process.env.SIGNINLAB_QUERY_TIMEOUT?.trim();
  const t = given ?? (env ? Number(env) : DEFAULT_TIMEOUT_SECONDS);
  if (!Number.isFinite(t) || t <= 0 || t > 86_400) {
    throw new UserError(`the query timeout must be a number of seconds from 1 to 86400, not ${JSON.stringify(given ?? env)}`);
  }
  return t;
}

export interface RunQueryOptions {
  client: LogsQueryClient;
  context: QueryContext;
  retry?: RetryOptions;
  /** Server-side time limit in seconds (Prefer: wait=N; the service allows up to 600). Default: the timeout, at most 600. */
  serverTimeoutInSeconds?: number;
  /** Client-side limit on each attempt, in seconds (default SIGNINLAB_QUERY_TIMEOUT, else 630). */
  timeoutSeconds?: number;
  /** Columns the answer must have (those the query projects); an answer without them is malformed. */
  expectColumns?: readonly string[];
}

/**
 * Runs `query` over `window` (fixed ends, or a duration the service counts back from its own clock); throws a
 * UserError for anything but a whole or partial answer.
 */
export async function runQuery(query: string, window: TimeWindow | QueryTimeInterval, options: RunQueryOptions): Promise<QueryAnswer> {
  const timespan: QueryTimeInterval = 'start' in window ? { startTime: new Date(window.start), endTime: new Date(window.end) } : window;
  const timeout = timeoutSecondsOf(options.timeoutSeconds);
  const serverTimeoutInSeconds = options.serverTimeoutInSeconds ?? Math.max(1, Math.min(600, Math.floor(timeout)));
  let result;
  try {
    result = await withRetry(
      // A client built by createLogsClient aborts the request when the limit passes (see requestTimeout); the timer
      // behind it covers a client the caller built.
      () =>
        withTimeout(
          requestTimeout.run(timeout * 1000, () =>
            options.client.queryWorkspace(options.context.workspaceId, query, timespan, { serverTimeoutInSeconds }),
          ),
          timeout * 1000 + 5000,
        ),
      options.retry,
    );
  } catch (e) {
    if ((e as Error)?.name === 'AbortError' || e instanceof QueryTimeout) throw timeoutError(options.context, timeout);
    throw liveError(e, options.context);
  }
  if (!result || typeof result !== 'object' || !('status' in result)) throw malformedAnswer(options.context, 'no result');
  if (result.status === LogsQueryResultStatus.PartialFailure) {
    const err = result.partialError;
    const detail = (err.details ?? []).map((d) => d.message).filter(Boolean).join(' / ');
    return {
      complete: false,
      reason: [err.message, detail].filter(Boolean).join(': ') || 'partial result',
      rows: result.partialTables[0]?.rows.length ?? 0,
    };
  }
  if (!Array.isArray(result.tables)) throw malformedAnswer(options.context, 'it has no tables');
  let table: ReturnType<typeof tableRows>;
  try {
    table = tableRows(result.tables[0]);
  } catch (e) {
    throw malformedAnswer(options.context, (e as Error).message);
  }
  const missing = result.tables.length ? (options.expectColumns ?? []).filter((c) => !table.columns.includes(c)) : [];
  if (missing.length) throw malformedAnswer(options.context, `its table lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} that the query asked for`);
  return { complete: true, ...table };
}

class QueryTimeout extends Error {}

/** `p`, or a QueryTimeout after `ms` (the request itself may linger; the command does not wait for it). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeout('timeout')), ms);
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
