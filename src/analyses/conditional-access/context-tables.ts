/**
 * The tables beside the per user × IP rows: blocks per day, per policy and per user × app, and the share of each
 * ConditionalAccessStatus per table (how much traffic no policy covered), with the caveat that share calls for.
 */
import { isoTime } from '../../iso-time';
import { count, countIf, setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { bin, each, mapped } from '../../table/group-keys';
import { rollup } from '../../table/rollup';
import type { RowTest } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import { canonicalStatus, NOT_APPLIED, policiesOf } from './blocks';
import type { ConditionalAccessParams } from './parameters';

const DAY_MS = 86_400_000;

export function contextTables(table: SignInTable, blocked: RowTest, p: ConditionalAccessParams) {
  const isBlock = blocked(table);
  const perDay = rollup(groupBy(table, [bin('CreatedDateTime', DAY_MS, 'Day'), 'Type']), { SignIns: count(), Blocks: countIf(blocked), NotApplied: countIf(NOT_APPLIED) })
    .map((d) => ({ Day: d.Day === null ? '' : isoTime(d.Day as number).slice(0, 10), Type: d.Type as string, SignIns: d.SignIns, Blocks: d.Blocks, NotApplied: d.NotApplied }))
    .sort((a, b) => a.Day.localeCompare(b.Day) || a.Type.localeCompare(b.Type));
  const perPolicy = rollup(groupBy(table, each('ConditionalAccessPoliciesFailed', policiesOf, 'Policy'), { where: isBlock }), {
    Blocks: count(),
    Users: setSize('UserPrincipalName'),
  }).sort((a, b) => b.Blocks - a.Blocks);
  const perUserApp = rollup(groupBy(table, ['UserPrincipalName', 'AppDisplayName'], { where: isBlock }), { Blocks: count() }).sort((a, b) => b.Blocks - a.Blocks);

  const statuses = rollup(groupBy(table, ['Type', mapped('ConditionalAccessStatus', canonicalStatus)]), { SignIns: count() });
  const tableRows = new Map<string, number>();
  for (const s of statuses) tableRows.set(s.Type as string, (tableRows.get(s.Type as string) ?? 0) + s.SignIns);
  const statusShare = statuses
    .map((s) => ({ Type: s.Type as string, ConditionalAccessStatus: s.ConditionalAccessStatus as string, SignIns: s.SignIns, Share: s.SignIns / tableRows.get(s.Type as string)! }))
    .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);
  const warnings = statusShare
    .filter((s) => s.ConditionalAccessStatus === 'notApplied' && s.Share >= p.notAppliedWarning)
    .map((s) => `${Math.round(s.Share * 100)}% of ${s.Type} sign-ins had no Conditional Access policy apply (notApplied): blocks only measure the traffic policies cover.`);
  return { tables: { perDay, perPolicy, perUserApp, statusShare }, warnings };
}
