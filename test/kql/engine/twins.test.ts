/**
 * Today's KQL twins (src/analyses/*.kql.ts) run in the local engine over a synthetic tenant, with defaults and with a
 * scope. Three read a raw JSON column the loaded data does not keep and are refused for exactly that reason (pinned
 * here, so a twin failing for any other reason fails this test). Whether each twin returns its analysis' rows is
 * phase 2's differential test, not this one.
 */
import { query } from '../../../src/kql/engine/query';
import { syntheticTenant } from '../../../src/sources/synthetic/synthetic-tenant';
import { defaultQuery, scopedQuery, TWINS } from '../twin-list';

/** The raw column each refused twin reads (see sign-in-columns.ts for why it is absent). */
const REFUSED: Readonly<Record<string, string>> = {
  'conditional-access': 'ConditionalAccessPolicies',
  'mfa-outcomes': 'AuthenticationDetails',
  'auth-methods': 'AuthenticationDetails',
};

const { table } = syntheticTenant({ users: 8, days: 2, seed: 11 });
const user = table.row(0).UserPrincipalName;
const clock = { now: table.timeRange()!.last + 3_600_000 };

describe.each(TWINS.map((a) => [a.id, a] as const))('twin %s', (id, a) => {
  test('runs locally with its defaults, or is refused for the raw column it reads', () => {
    const run = () => query(table, id === 'user-timeline' ? a.kql({}, { user }) : defaultQuery(a), clock);
    if (REFUSED[id]) {
      expect(run).toThrow(new RegExp(`the column ${REFUSED[id]} of (SigninLogs|AADNonInteractiveUserSignInLogs) is not in the loaded data`));
      return;
    }
    const r = run();
    expect(r.columns.length).toBeGreaterThan(0);
    expect(r.notes).toEqual([]);
  });

  test('runs with a user and time scope (ago() reads the injected clock)', () => {
    const run = () => query(table, scopedQuery(a, { user, timespan: 'P1D' }), clock);
    if (REFUSED[id]) {
      expect(run).toThrow(/is not in the loaded data/);
      return;
    }
    const r = run();
    for (const row of r.rows) if ('UserPrincipalName' in row) expect(row.UserPrincipalName).toBe(user);
  });
});
