/**
 * Every KQL twin (src/analyses/<id>/kql.ts) runs in the local engine over a synthetic tenant, with its defaults and
 * with a user and time scope. The only notes a twin's answer may carry are the ones saying that a partly rebuilt
 * column was read (AuthenticationDetails, ConditionalAccessPolicies: see sign-in-columns.ts). Whether each twin
 * returns its analysis's rows is twins-differential.test.ts.
 */
import { query } from '../../../src/kql/engine/query';
import { PARTIAL_COLUMNS } from '../../../src/kql/engine/sources/sign-in-columns';
import { syntheticTenant } from '../../../src/sources/synthetic/synthetic-tenant';
import { defaultQuery, scopedQuery, TWINS } from '../twin-list';

const { table } = syntheticTenant({ users: 8, days: 2, seed: 11 });
const user = table.row(0).UserPrincipalName;
const clock = { now: table.timeRange()!.last + 3_600_000 };
const partialNotes = Object.values(PARTIAL_COLUMNS);

describe.each(TWINS.map((a) => [a.id, a] as const))('twin %s', (id, a) => {
  test('runs locally with its defaults; its only notes say which partly rebuilt column it read', () => {
    const r = query(table, id === 'user-timeline' ? a.kql({}, { user }) : defaultQuery(a), clock);
    expect(r.columns.length).toBeGreaterThan(0);
    expect(r.notes.filter((n) => !partialNotes.includes(n))).toEqual([]);
  });

  test('runs with a user and time scope (ago() reads the injected clock)', () => {
    const r = query(table, scopedQuery(a, { user, timespan: 'P1D' }), clock);
    for (const row of r.rows) if ('UserPrincipalName' in row) expect(row.UserPrincipalName).toBe(user);
  });
});
