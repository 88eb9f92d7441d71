/**
 * The tables beside the per user × IP rows: blocks per day, per policy and per user × app, and the share of each
 * ConditionalAccessStatus per table (how much traffic no policy covered), with the caveat that share calls for.
 * One rollup by day × table × status over every row gives both the per-day and the status tables.
 */
import { isoTime } from '../../iso-time';
import { count, setSize } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { bin, each, mapped } from '../../table/group-keys';
import { rollup } from '../../table/rollup';
import type { SignInTable } from '../../table/signin-table';
import { canonicalStatus, policiesOf } from './blocks';
import type { ConditionalAccessParams } from './parameters';

const DAY_MS = 86_400_000;
const dayText = (day: unknown): string => (day === null ? '' : isoTime(day as number).slice(0, 10));

/** `blocks`: the block rows of `table` (a view). */
export function contextTables(table: SignInTable, blocks: SignInTable, p: ConditionalAccessParams) {
  const day = bin('CreatedDateTime', DAY_MS, 'Day');
  const counts = rollup(groupBy(table, [day, 'Type', mapped('ConditionalAccessStatus', canonicalStatus)]), { SignIns: count() });
  const blocksPerDay = rollup(groupBy(blocks, [day, 'Type']), { Blocks: count() });
  const perDay = new Map<string, { Day: string; Type: string; SignIns: number; Blocks: number; NotApplied: number }>();
  const perStatus = new Map<string, { Type: string; ConditionalAccessStatus: string; SignIns: number }>();
  const tableRows = new Map<string, number>();
  for (const c of counts) {
    const [Day, Type, status] = [dayText(c.Day), c.Type as string, c.ConditionalAccessStatus as string];
    const d = entry(perDay, `${Day}|${Type}`, () => ({ Day, Type, SignIns: 0, Blocks: 0, NotApplied: 0 }));
    d.SignIns += c.SignIns;
    if (status === 'notApplied') d.NotApplied += c.SignIns;
    entry(perStatus, `${Type}|${status}`, () => ({ Type, ConditionalAccessStatus: status, SignIns: 0 })).SignIns += c.SignIns;
    tableRows.set(Type, (tableRows.get(Type) ?? 0) + c.SignIns);
  }
  // Every block row is a row, so its day and table already have an entry.
  for (const b of blocksPerDay) perDay.get(`${dayText(b.Day)}|${b.Type}`)!.Blocks += b.Blocks;
  const statusShare = [...perStatus.values()]
    .map((s) => ({ ...s, Share: s.SignIns / tableRows.get(s.Type)! }))
    .sort((a, b) => a.Type.localeCompare(b.Type) || b.SignIns - a.SignIns);
  const warnings = statusShare
    .filter((s) => s.ConditionalAccessStatus === 'notApplied' && s.Share >= p.notAppliedWarning)
    .map((s) => `${Math.round(s.Share * 100)}% of ${s.Type} sign-ins had no Conditional Access policy apply (notApplied): blocks only measure the traffic policies cover.`);
  return {
    tables: {
      perDay: [...perDay.values()].sort((a, b) => a.Day.localeCompare(b.Day) || a.Type.localeCompare(b.Type)),
      perPolicy: rollup(groupBy(blocks, each('ConditionalAccessPoliciesFailed', policiesOf, 'Policy')), { Blocks: count(), Users: setSize('UserPrincipalName') }).sort(
        (a, b) => b.Blocks - a.Blocks,
      ),
      perUserApp: rollup(groupBy(blocks, ['UserPrincipalName', 'AppDisplayName']), { Blocks: count() }).sort((a, b) => b.Blocks - a.Blocks),
      statusShare,
    },
    warnings,
  };
}

/** The map's value for `key`, made and stored first when absent. */
function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
