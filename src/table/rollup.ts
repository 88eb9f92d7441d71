/**
 * rollup: one row per group with its key values and named aggregates (KQL's `summarize … by`).
 *
 * @example
 * // Which apps does each user refresh silently, and from how many addresses?
 * rollup(groupBy(table.where(is('IsInteractive', false)), ['UserPrincipalName', 'AppDisplayName']),
 *        { Refreshes: count(), Addresses: distinct('IPAddress') })
 */
import type { Aggregate } from './aggregates';
import type { Groups, KeyValue } from './group-by';

export type RollupRow<A extends Record<string, Aggregate<unknown>>> = Record<string, KeyValue> & {
  [K in keyof A]: A[K] extends Aggregate<infer T> ? T : never;
};

/** One row per group: the group's key values, then each aggregate under its name. */
export function rollup<A extends Record<string, Aggregate<unknown>>>(groups: Groups, aggregates: A): RollupRow<A>[] {
  const bound = Object.entries(aggregates).map(([name, a]) => [name, a(groups.table)] as const);
  const out: RollupRow<A>[] = [];
  for (let g = 0; g < groups.length; g++) {
    const row: Record<string, unknown> = groups.key(g);
    const rows = groups.rows(g);
    for (const [name, f] of bound) row[name] = f(rows);
    out.push(row as RollupRow<A>);
  }
  return out;
}
