import { count, distinct, elements, makeSet, setSize, values } from '../../src/table/aggregates';
import { groupBy } from '../../src/table/group-by';
import { bin, each, mapped } from '../../src/table/group-keys';
import { rollup } from '../../src/table/rollup';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { signIn, table } from '../rows';

const ann = 'ann@contoso.com';
const ben = 'ben@contoso.com';
const t = table([
  signIn(ann, '2026-01-05T09:00', true, { IncomingTokenType: 'Primary Refresh Token', AuthenticationMethods: 'Password, FIDO2 security key' }),
  signIn(ann, '2026-01-05T23:10', false, { IncomingTokenType: 'primaryRefreshToken', AuthenticationMethods: '' }),
  signIn(ben, '2026-01-06T00:20', false, { IncomingTokenType: 'refreshToken', AuthenticationMethods: 'Password, Password' }),
  signIn(ben, '2026-01-06T08:00', true, { IncomingTokenType: 'none', AuthenticationMethods: 'Password' }),
  { at: '2026-01-06T08:30', UserPrincipalName: ben },
]);
const keyed = (g: ReturnType<typeof groupBy>) => [...g].map((x) => [x.key, Array.from(x.rows)]);

describe('group keys', () => {
  test('mapped: values that map alike share a group', () => {
    const g = groupBy(t, mapped('IncomingTokenType', (v) => v.replace(/\s+/g, '').toLowerCase(), 'Token'));
    expect(keyed(g)).toEqual([
      [{ Token: 'primaryrefreshtoken' }, [0, 1]],
      [{ Token: 'refreshtoken' }, [2]],
      [{ Token: 'none' }, [3]],
      [{ Token: '' }, [4]],
    ]);
  });

  test('bin: one group per UTC day, a missing time keys null', () => {
    const g = groupBy(table([
      signIn(ann, '2026-01-05T09:00', true),
      signIn(ann, '2026-01-05T23:10', false),
      signIn(ann, '2026-01-06T00:20', false),
    ]), ['UserPrincipalName', bin('CreatedDateTime', 86_400_000, 'Day')]);
    expect(keyed(g)).toEqual([
      [{ UserPrincipalName: ann, Day: Date.parse('2026-01-05') }, [0, 1]],
      [{ UserPrincipalName: ann, Day: Date.parse('2026-01-06') }, [2]],
    ]);
    const missing = table([{ at: '2026-01-05T09:00' }, { at: '2026-01-05T09:00' }]);
    missing.column('CreatedDateTime').values[1] = NaN;
    expect(keyed(groupBy(missing, bin('CreatedDateTime', 3_600_000, 'Hour')))).toEqual([
      [{ Hour: Date.parse('2026-01-05T09:00:00Z') }, [0]],
      [{ Hour: null }, [1]],
    ]);
    // Millisecond bins over an hour are too many to number from the smallest: numbered as they appear instead.
    const fine = groupBy(table([{ at: '2026-01-05T10:00' }, { at: '2026-01-05T09:00' }, { at: '2026-01-05T10:00' }]), bin('CreatedDateTime', 1, 'At'));
    expect(keyed(fine)).toEqual([
      [{ At: Date.parse('2026-01-05T10:00:00Z') }, [0, 2]],
      [{ At: Date.parse('2026-01-05T09:00:00Z') }, [1]],
    ]);
    expect(() => bin('CreatedDateTime', 0)).toThrow(/positive size/);
    expect(() => groupBy(t, bin('UserPrincipalName', 1))).toThrow(/number or time field/);
  });

  test('each: a row joins one group per element, twice when listed twice, none when empty', () => {
    const g = groupBy(t, ['UserPrincipalName', each('AuthenticationMethods', (v) => (v ? v.split(', ') : []), 'Method')]);
    expect(keyed(g)).toEqual([
      [{ UserPrincipalName: ann, Method: 'Password' }, [0]],
      [{ UserPrincipalName: ann, Method: 'FIDO2 security key' }, [0]],
      [{ UserPrincipalName: ben, Method: 'Password' }, [2, 2, 3]],
    ]);
    expect(rollup(g, { SignIns: count(), Users: distinct('UserPrincipalName') }).map((r) => [r.Method, r.SignIns, r.Users])).toEqual([
      ['Password', 1, 1],
      ['FIDO2 security key', 1, 1],
      ['Password', 3, 1],
    ]);
  });

  test('no keys: one group of every kept row, even of none (summarize without by)', () => {
    expect(keyed(groupBy(t, []))).toEqual([[{}, [0, 1, 2, 3, 4]]]);
    expect(rollup(groupBy(t, [], { where: () => false }), { Rows: count() })).toEqual([{ Rows: 0 }]);
  });

  test('setSize counts the empty value, distinct does not', () => {
    const rows = rollup(groupBy(t, 'UserPrincipalName'), { Types: setSize('AuthenticationMethods'), NonEmpty: distinct('AuthenticationMethods') });
    expect(rows.map((r) => [r.Types, r.NonEmpty])).toEqual([[2, 1], [3, 2]]);
  });
});

describe('groupBy over many keys agrees with a plain string-keyed grouping', () => {
  const tenant = syntheticTenant({ users: 12, days: 2, seed: 4 }).table;
  test.each([
    [['UserPrincipalName', 'AppDisplayName', 'IsInteractive']],
    [['IPAddress', 'UserPrincipalName']],
    [['ResultType', 'Type', 'CountryOrRegion', 'ClientAppUsed']],
  ] as const)('%j', (keys) => {
    const naive = new Map<string, number[]>();
    for (let k = 0; k < tenant.length; k++) {
      const tuple = JSON.stringify(keys.map((f) => tenant.get(k, f)));
      (naive.get(tuple) ?? naive.set(tuple, []).get(tuple)!).push(k);
    }
    const g = groupBy(tenant, keys);
    expect([...g].map((x) => [JSON.stringify(keys.map((f) => x.key[f])), Array.from(x.rows)])).toEqual([...naive.entries()]);
    expect(g.length).toBeGreaterThan(10);
  });
});

describe('set aggregates', () => {
  const blocks = table([
    { at: '2026-01-05T09:00', UserPrincipalName: ann, AppDisplayName: 'Office 365', ConditionalAccessPoliciesFailed: 'Block legacy; Require MFA' },
    { at: '2026-01-05T09:01', UserPrincipalName: ann, AppDisplayName: '', ConditionalAccessPoliciesFailed: 'Require MFA' },
    { at: '2026-01-05T09:02', UserPrincipalName: ann, AppDisplayName: 'Azure Portal', ConditionalAccessPoliciesFailed: '' },
  ]);
  const split = (v: string) => v.split(';').map((s) => s.trim()).filter((s) => s !== '');

  test('makeSet keeps the empty value (KQL make_set over strings), values does not', () => {
    const [r] = rollup(groupBy(blocks, []), { Apps: makeSet('AppDisplayName'), NonEmpty: values('AppDisplayName') });
    expect(r).toEqual({ Apps: ['', 'Azure Portal', 'Office 365'], NonEmpty: ['Azure Portal', 'Office 365'] });
  });

  test('elements: the distinct members of a list field, split once per distinct value', () => {
    expect(rollup(groupBy(blocks, []), { Policies: elements('ConditionalAccessPoliciesFailed', split) })).toEqual([
      { Policies: ['Block legacy', 'Require MFA'] },
    ]);
    expect(() => rollup(groupBy(blocks, []), { x: elements('Latitude', split) })).toThrow(/dictionary field/);
  });
});
