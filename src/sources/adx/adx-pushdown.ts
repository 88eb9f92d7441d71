/**
 * Runs an analysis's KQL twin in Azure Data Explorer, as `pushdown` does in a workspace: the database is expected to
 * hold SigninLogs and AADNonInteractiveUserSignInLogs with their Log Analytics schema (an export or archive of the
 * workspace). A cluster has no query-level timespan, so the scope's timespan (default P7D back from the cluster's
 * now()) is the only time filter, written into the query by the twin.
 */
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../../analyses/analysis';
import { runAdxQuery, type AdxQueryOptions } from './run-adx-query';

export interface AdxPushdownOptions<P> extends AdxQueryOptions {
  overrides?: Partial<P>;
  /** User, IP and timespan to narrow the query to (timespan default P7D). */
  scope?: KqlScope;
}

/**
 * @example await adxPushdown(tokenReplay, { cluster: 'https://c.westeurope.kusto.windows.net', database: 'Security' })
 */
export async function adxPushdown<P, R>(analysis: Analysis<P, R>, options: AdxPushdownOptions<P> = {}): Promise<AnalysisResult<P, R>> {
  const scope: KqlScope = { ...options.scope, timespan: options.scope?.timespan ?? 'P7D' };
  const parameters = resolveParameters(analysis.parameters, options.overrides);
  const answer = await runAdxQuery(analysis.kql(options.overrides, scope), options);
  const rows = answer.rows as R[];
  const warnings: string[] = [];
  const findings = analysis.findingsFromRows ? analysis.findingsFromRows(rows, parameters) : [];
  if (!analysis.findingsFromRows) {
    warnings.push(`${analysis.id} cannot derive findings from its result rows alone; run it locally on loaded sign-ins for findings and evidence`);
  }
  return { id: analysis.id, parameters, rows, findings, warnings };
}
