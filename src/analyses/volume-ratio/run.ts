/**
 * Runs volume-ratio over a table: one rollup by user × UTC day (KQL's `summarize … by UserPrincipalName,
 * bin(CreatedDateTime, 1d)`), each user judged from their days, and evidence read from the flagged days' groups.
 */
import { contextEvidenceRow } from '../../findings/evidence-row';
import type { EvidenceRow } from '../../findings/finding';
import { countIf, max, min } from '../../table/aggregates';
import { groupBy, type Groups } from '../../table/group-by';
import { bin } from '../../table/group-keys';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { INTERACTIVE, NON_INTERACTIVE } from '../table-split';
import { volumeRatioFinding } from './finding';
import type { VolumeRatioParams } from './parameters';
import { dayCount, judgeUser, type UserDay, type VolumeRatioRow } from './user-days';

const DAY_MS = 86_400_000;

export function runVolumeRatio(table: SignInTable, p: VolumeRatioParams): AnalysisResult<VolumeRatioParams, VolumeRatioRow> {
  const byDay = groupBy(table, ['UserPrincipalName', bin('CreatedDateTime', DAY_MS, 'Day')]);
  const days: UserDay[] = rollup(byDay, { i: countIf(INTERACTIVE), n: countIf(NON_INTERACTIVE), first: min('CreatedDateTime'), last: max('CreatedDateTime') }).map(
    (r, group) => ({
      group,
      user: r.UserPrincipalName as string,
      day: r.Day as number | null,
      i: r.i,
      n: r.n,
      // A day of rows without a time has no first or last; the period's span ignores it.
      first: Number.isNaN(r.first) ? Infinity : r.first,
      last: Number.isNaN(r.last) ? -Infinity : r.last,
    }),
  );
  const byUser = new Map<string, UserDay[]>();
  for (const d of days) {
    const list = byUser.get(d.user);
    if (list) list.push(d);
    else byUser.set(d.user, [d]);
  }
  const judged = [...byUser.values()].map((ds) => judgeUser(ds.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity)), p));
  const findings = judged
    .filter((u) => u.row.Assessment === 'suspicious')
    .map((u) => volumeRatioFinding(u.row, p, evidence(byDay, u.evidenceDays, p.maxEvidenceRows), u.flaggedDays));
  const rows = judged.map((u) => u.row).sort((a, b) => b.JudgedRatio - a.JudgedRatio || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
  const perDay = days.map(dayCount).sort((a, b) => a.UserPrincipalName.localeCompare(b.UserPrincipalName) || a.Day.localeCompare(b.Day));
  const warnings: string[] = [];
  const tables = new Set(rollup(groupBy(table, 'Type'), {}).map((r) => r.Type));
  if (!tables.has('AADNonInteractiveUserSignInLogs')) warnings.push('No AADNonInteractiveUserSignInLogs rows: every ratio is 0.');
  if (!tables.has('SigninLogs')) warnings.push('No SigninLogs rows: every user counts as having no interactive sign-in.');
  return { id: 'volume-ratio', parameters: p, rows, tables: { perDay }, findings, warnings };
}

/** The first `max` non-interactive rows, in table order, of the given user-day groups. */
function evidence(byDay: Groups, days: readonly UserDay[], max: number): EvidenceRow[] {
  const silent = NON_INTERACTIVE(byDay.table);
  const ks = new Uint32Array(days.reduce((n, d) => n + byDay.size(d.group), 0));
  let o = 0;
  for (const d of days) {
    ks.set(byDay.rows(d.group), o);
    o += byDay.size(d.group);
  }
  const out: EvidenceRow[] = [];
  for (const k of ks.sort()) {
    if (out.length === max) break;
    if (silent(byDay.table.position(k))) out.push(contextEvidenceRow(byDay.table, k));
  }
  return out;
}
