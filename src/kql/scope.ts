/**
 * Renders a KqlScope (the analyst's user / IP / timespan) as `| where` clauses placed right after a table name, so a
 * twin narrows each table before any join or union. Values are literals: the UPN is compared with `=~` because
 * Entra keeps the case the user typed, the IP with `==`.
 */
import type { KqlScope } from '../analyses/analysis';
import { Kql } from './fragment';
import { datetimeLiteral, stringLiteral, timespanLiteral } from './literals';
import { kql } from './template';
import { parseTimeWindow } from './time-window';

export interface ScopeOptions {
  /** Apply scope.user (default true). */
  user?: boolean;
  /** Apply scope.ip (default true). A twin that compares two IPs applies it to one side only. */
  ip?: boolean;
  /** Apply scope.timespan (default true). */
  time?: boolean;
  /** Spaces before each `| where`, to line up with the query around it (default 0). */
  indent?: number;
}

/** The time condition of a scope on TimeGenerated (the column Log Analytics partitions and indexes by). */
export function timeCondition(timespan: string): Kql {
  const w = parseTimeWindow(timespan);
  if (w.kind === 'between') return kql`TimeGenerated between (${datetimeLiteral(w.start)} .. ${datetimeLiteral(w.end)})`;
  if (w.months === 0) return kql`TimeGenerated > ago(${timespanLiteral(w.ms)})`;
  const back = kql`datetime_add('month', ${-w.months}, now())`;
  return w.ms === 0 ? kql`TimeGenerated > ${back}` : kql`TimeGenerated > ${back} - ${timespanLiteral(w.ms)}`;
}

/**
 * Zero or more `\n| where ...` lines for the scope.
 * @example kql`SigninLogs${scopeFilter({ user: 'a@b.c' })}` // SigninLogs\n| where UserPrincipalName =~ "a@b.c"
 */
export function scopeFilter(scope: KqlScope = {}, options: ScopeOptions = {}): Kql {
  const lines: Kql[] = [];
  if (scope.timespan && options.time !== false) lines.push(kql`| where ${timeCondition(scope.timespan)}`);
  if (scope.user && options.user !== false) lines.push(kql`| where UserPrincipalName =~ ${stringLiteral(scope.user)}`);
  if (scope.ip && options.ip !== false) lines.push(kql`| where IPAddress == ${stringLiteral(scope.ip)}`);
  const pad = '\n' + ' '.repeat(Math.max(0, Math.min(16, Math.trunc(options.indent ?? 0))));
  return Kql.trusted(lines.map((l) => pad + l.text).join(''));
}
