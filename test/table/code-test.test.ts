/**
 * Tests on dictionary and bool fields are lookups that `not`, `and`, `or` merge and countIf reads inline; every such
 * shortcut must give what reading the row would.
 */
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import type { SignIn } from '../../src/schema/fields';
import { countIf } from '../../src/table/aggregates';
import { isCodeTest } from '../../src/table/code-test';
import { groupBy } from '../../src/table/group-by';
import { rollup } from '../../src/table/rollup';
import { and, is, matches, not, or, type RowTest } from '../../src/table/row-test';

const t = syntheticTenant({ users: 10, days: 2, seed: 3 }).table;
const rows = t.rows();

const cases: [string, RowTest, (r: SignIn) => boolean][] = [
  ['is dict', is('ResultType', '0', '50126'), (r) => r.ResultType === '0' || r.ResultType === '50126'],
  ['not is bool', not(is('IsInteractive', true)), (r) => r.IsInteractive !== true],
  ['and on one column', and(not(is('ResultType', '0')), matches('ResultType', (v) => v.startsWith('50'))), (r) => r.ResultType !== '0' && r.ResultType.startsWith('50')],
  ['or on one column', or(is('ClientAppUsed', 'Browser'), is('ClientAppUsed', 'IMAP4')), (r) => r.ClientAppUsed === 'Browser' || r.ClientAppUsed === 'IMAP4'],
  ['and across columns', and(is('IsInteractive', true), not(is('ResultType', '0'))), (r) => r.IsInteractive === true && r.ResultType !== '0'],
  ['or of three', or(is('IsInteractive', null), is('ResultType', '50074'), is('ResultType', '53003')), (r) => r.IsInteractive === null || ['50074', '53003'].includes(r.ResultType)],
];

describe.each(cases)('%s', (_, rowTest, expected) => {
  const bound = rowTest(t);
  test('agrees with the row, row by row', () => {
    const got = rows.map((_, k) => bound(t.position(k)));
    expect(got).toEqual(rows.map(expected));
    expect(got.filter(Boolean).length).toBeGreaterThan(0);
  });

  test('countIf agrees with counting the rows', () => {
    const byUser = rollup(groupBy(t, 'UserPrincipalName'), { n: countIf(rowTest) });
    const naive = new Map<string, number>();
    for (const r of rows) naive.set(r.UserPrincipalName, (naive.get(r.UserPrincipalName) ?? 0) + (expected(r) ? 1 : 0));
    expect(byUser.map((r) => [r.UserPrincipalName, r.n])).toEqual([...naive.entries()]);
  });
});

test('merges stay lookups where they can', () => {
  expect(isCodeTest(not(is('IsInteractive', true))(t))).toBe(true);
  expect(isCodeTest(and(is('ResultType', '0'), not(is('ResultType', '1')))(t))).toBe(true);
  expect(isCodeTest(and(is('ResultType', '0'), is('IsInteractive', true))(t))).toBe(false);
});
