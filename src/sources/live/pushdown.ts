/**
 * Runs an analysis where the data is: its KQL twin in the workspace, instead of pulling every sign-in and running it
 * here. The answer comes back as rows of the same shape as the local run's (column names from the result, datetimes as
 * ISO text like the local rows' times), and findings come from `findingsFromRows` when the analysis can derive them
 * from rows alone. An aggregate cannot be completed by splitting its window, so a partial answer is an error, never a
 * silently short result.
 */
import type { LogsQueryClient } from '@azure/monitor-query-logs';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../../analyses/analysis';
import { UserError } from '../../errors';
import { createLogsClient, type ClientSettings } from './logs-client';
import type { RetryOptions } from './retry';
import { runQuery } from './run-query';
import { formatWindow, parseTimespan } from './time-window';
import { workspaceIdOf } from './workspace-id';

export interface PushdownOptions<P> extends ClientSettings {
  /** Workspace ID (GUID); default SIGNINLAB_WORKSPACE_ID. */
  workspaceId?: string;
  overrides?: Partial<P>;
  /** User, IP and timespan to narrow the query to. */
  scope?: KqlScope;
  /** Timespan when the scope has none (default P7D); the service is asked for the same span. */
  timespan?: string | { start: Date; end: Date };
  client?: LogsQueryClient;
  retry?: RetryOptions;
  /** Client-side limit on the query, in seconds (default SIGNINLAB_QUERY_TIMEOUT, else 630). */
  timeoutSeconds?: number;
  now?: number;
}

/** A cell as the local rows hold it: Date → ISO text; everything else as the SDK gave it. */
function localCell(v: unknown): unknown {
  return v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString()) : v;
}

/**
 * Runs `analysis.kql(overrides, scope)` in the workspace.
 * @example await pushdown(passwordSpray, { workspaceId: '…', scope: { timespan: 'P1D' } })
 */
export async function pushdown<P, R>(analysis: Analysis<P, R>, options: PushdownOptions<P> = {}): Promise<AnalysisResult<P, R>> {
  const workspaceId = workspaceIdOf(options.workspaceId);
  const given = options.scope?.timespan ?? options.timespan ?? 'P7D';
  const window = parseTimespan(given, options.now);
  const scope: KqlScope = { ...options.scope, timespan: typeof given === 'string' ? given : formatWindow(window) };
  const parameters = resolveParameters(analysis.parameters, options.overrides);
  const query = analysis.kql(options.overrides, scope);
  const { client, endpoint, watch } = options.client
    ? { client: options.client, endpoint: options.endpoint ?? 'the given client', watch: undefined }
    : createLogsClient(options);
  // A bare duration (P7D) is sent as is, so the service's clock sets both its timespan and the query's ago().
  const span = typeof given === 'string' && !given.includes('/') ? { duration: given.trim() } : window;
  const answer = await runQuery(query, span, { client, context: { workspaceId, endpoint, watch }, retry: options.retry, timeoutSeconds: options.timeoutSeconds });
  if (!answer.complete) {
    throw new UserError(`${analysis.id}: the workspace answered only in part (${answer.reason}); narrow the timespan, --user or --ip and run again`);
  }
  // Own properties defined one by one: a column named "__proto__" stays a column, never the row's prototype.
  const rows = answer.rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) Object.defineProperty(out, k, { value: localCell(v), enumerable: true, writable: true, configurable: true });
    return out as R;
  });
  const warnings: string[] = [];
  let findings: AnalysisResult<P, R>['findings'] = [];
  if (analysis.findingsFromRows) findings = analysis.findingsFromRows(rows, parameters);
  else warnings.push(`${analysis.id} cannot derive findings from its result rows alone; run it locally on loaded sign-ins for findings and evidence`);
  return { id: analysis.id, parameters, rows, findings, warnings };
}
