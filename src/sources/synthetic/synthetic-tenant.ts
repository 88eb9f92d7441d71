/**
 * The embedded demo tenant: a SignInTable of realistic sign-ins with planted, labelled attacks and look-alikes, made
 * in memory with no Azure at all. Notebooks and tests start here.
 */
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import { SignInTableBuilder } from '../../table/table-builder';
import type { SignInTable } from '../../table/signin-table';
import { generateRows } from './generate-rows';
import type { TenantLabels } from './labels';
import type { SyntheticOptions } from './options';

/**
 * A synthetic tenant as a normalized table plus its labels.
 *
 * @param options users (default 25), days (default 7), seed (default 1), start (default 2025-06-02)
 * @returns the table of both sign-in tables' rows and the labels of every planted scenario
 * @example
 * const { table, labels } = syntheticTenant({ users: 25, days: 7, seed: 1 });
 * table.counts('Type'); labels.scenarios.filter((s) => s.expect === 'alert');
 */
export function syntheticTenant(options: SyntheticOptions = {}): { table: SignInTable; labels: TenantLabels } {
  const rows = generateRows(options);
  const builder = new SignInTableBuilder();
  for (const row of rows) builder.append(normalizeLogAnalyticsRow(row));
  return { table: builder.finish(), labels: rows.labels };
}
