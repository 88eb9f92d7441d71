/**
 * The query one window of a pull sends. Every value (times, user, IP) goes in as an escaped literal through src/kql;
 * table and column names are checked against the schema catalogue. The shape is fixed so the loopback test server can
 * read it back:
 *
 *   SigninLogs
 *   | where TimeGenerated >= datetime(…) and TimeGenerated < datetime(…)
 *   | where UserPrincipalName =~ "…"        (only with a user)
 *   | where IPAddress == "…"                (only with an IP)
 *   | project Id, TimeGenerated, …
 */
import { column } from '../../kql/identifier';
import { joinKql, kql } from '../../kql/template';
import type { Kql } from '../../kql/fragment';
import type { TableName } from '../../schema/table-names';
import type { TimeWindow } from './time-window';

export interface PullFilter {
  /** UserPrincipalName, compared case-insensitively. */
  user?: string;
  /** IPAddress, compared exactly. */
  ip?: string;
}

/** The KQL for one table and window, projected to `columns`. */
export function pullQuery(table: TableName, window: TimeWindow, columns: readonly string[], filter: PullFilter = {}): string {
  const parts: Kql[] = [
    kql`where TimeGenerated >= ${new Date(window.start)} and TimeGenerated < ${new Date(window.end)}`,
  ];
  if (filter.user) parts.push(kql`where UserPrincipalName =~ ${filter.user}`);
  if (filter.ip) parts.push(kql`where IPAddress == ${filter.ip}`);
  parts.push(kql`project ${joinKql(columns.map((c) => column(c, table)), ', ')}`);
  return `${table}\n| ${joinKql(parts, '\n| ').text}`;
}
