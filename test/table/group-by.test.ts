import { count, countIf, distinct, first, max, min, values } from '../../src/table/aggregates';
import { groupBy } from '../../src/table/group-by';
import { rollup } from '../../src/table/rollup';
import { and, between, is, not, or, where } from '../../src/table/row-test';
import { signIn, table } from '../rows';

const ann = 'ann@contoso.com';
const ben = 'ben@contoso.com';
const t = table([
  signIn(ann, '2026-01-05T09:00', true, { IPAddress: '192.0.2.1', AppDisplayName: 'Office 365' }),
  signIn(ben, '2026-01-05T09:10', false, { IPAddress: '192.0.2.9', AppDisplayName: 'Microsoft Teams' }),
  signIn(ann, '2026-01-05T08:30', false, { IPAddress: '198.51.100.7', AppDisplayName: 'Microsoft Teams' }),
  signIn(ann, '2026-01-05T09:20', false, { IPAddress: '192.0.2.1', AppDisplayName: 'Microsoft Teams', ResultType: '50126' }),
  signIn(ann, '2026-01-05T09:30', false, { IPAddress: '192.0.2.1', AppDisplayName: 'OneDrive' }),
]);

describe('groupBy', () => {
  test('one dictionary key: groups in order of first appearance, rows in table order', () => {
    const g = groupBy(t, 'UserPrincipalName');
    expect(g.length).toBe(2);
    expect(g.key(0)).toEqual({ UserPrincipalName: ann });
    expect(Array.from(g.rows(0))).toEqual([0, 2, 3, 4]);
    expect(Array.from(g.rows(1))).toEqual([1]);
    expect(g.size(0)).toBe(4);
  });

  test("order 'time' sorts each group by CreatedDateTime", () => {
    const g = groupBy(t, 'UserPrincipalName', { order: 'time' });
    expect(Array.from(g.rows(0)).map((k) => t.get(k, 'CreatedDateTime'))).toEqual(
      ['08:30', '09:00', '09:20', '09:30'].map((h) => Date.parse(`2026-01-05T${h}:00Z`)),
    );
  });

  test('several keys, a bool key and a where filter on positions', () => {
    const ok = is('ResultType', '0')(t);
    const g = groupBy(t, ['UserPrincipalName', 'IsInteractive'], { where: ok });
    expect([...g].map((x) => [x.key, x.rows.length])).toEqual([
      [{ UserPrincipalName: ann, IsInteractive: true }, 1],
      [{ UserPrincipalName: ben, IsInteractive: false }, 1],
      [{ UserPrincipalName: ann, IsInteractive: false }, 2],
    ]);
  });

  test('a derived key (the hour) and a refusal for a number field', () => {
    const time = t.column('CreatedDateTime').values;
    const g = groupBy(t, { name: 'Hour', of: (p) => new Date(time[p]).toISOString().slice(11, 13) });
    expect([...g].map((x) => [x.key.Hour, x.rows.length])).toEqual([['09', 4], ['08', 1]]);
    expect(() => groupBy(t, 'Latitude')).toThrow(/dictionary or bool field/);
  });

  test('a view groups only its own rows', () => {
    const g = groupBy(t.forUser(ann), 'IPAddress');
    expect([...g].map((x) => [x.key.IPAddress, x.rows.length])).toEqual([['192.0.2.1', 3], ['198.51.100.7', 1]]);
  });
});

describe('rollup', () => {
  test('reads like summarize … by', () => {
    const rows = rollup(groupBy(t, 'UserPrincipalName'), {
      SignIns: count(),
      Silent: countIf(is('IsInteractive', false)),
      Failed: countIf(not(is('ResultType', '0'))),
      Addresses: distinct('IPAddress'),
      Apps: values('AppDisplayName'),
      SilentApps: values('AppDisplayName', is('IsInteractive', false)),
      First: min('CreatedDateTime'),
      Last: max('CreatedDateTime'),
      FirstApp: first('AppDisplayName'),
    });
    expect(rows[0]).toEqual({
      UserPrincipalName: ann,
      SignIns: 4,
      Silent: 3,
      Failed: 1,
      Addresses: 2,
      Apps: ['Microsoft Teams', 'Office 365', 'OneDrive'],
      SilentApps: ['Microsoft Teams', 'OneDrive'],
      First: Date.parse('2026-01-05T08:30:00Z'),
      Last: Date.parse('2026-01-05T09:30:00Z'),
      FirstApp: 'Office 365',
    });
    expect(rows[1]).toMatchObject({ UserPrincipalName: ben, SignIns: 1, Silent: 1, Failed: 0 });
  });

  test("an analyst's question in three lines: apps refreshed silently from addresses never used interactively", () => {
    const interactiveIps = new Set(t.where(is('IsInteractive', true)).rows().map((r) => r.IPAddress));
    const silentElsewhere = t.where(and(is('IsInteractive', false), where((p, tb) => !interactiveIps.has(tb.column('IPAddress').get(p)))));
    expect(rollup(groupBy(silentElsewhere, ['UserPrincipalName', 'AppDisplayName']), { Refreshes: count() })).toEqual([
      { UserPrincipalName: ben, AppDisplayName: 'Microsoft Teams', Refreshes: 1 },
      { UserPrincipalName: ann, AppDisplayName: 'Microsoft Teams', Refreshes: 1 },
    ]);
  });
});

describe('row tests and table filters', () => {
  test('is, not, and, or, between over codes', () => {
    expect(t.where(or(is('IPAddress', '198.51.100.7'), is('UserPrincipalName', ben))).length).toBe(2);
    expect(t.where(between('2026-01-05T09:00:00Z', '2026-01-05T09:20:00Z')).length).toBe(3);
    expect(t.where(is('ResultType', 'no such code')).length).toBe(0);
  });

  test('forIp and between on the table', () => {
    expect(t.forIp('192.0.2.1').length).toBe(3);
    expect(t.forIp('203.0.113.1').length).toBe(0);
    expect(t.between(Date.parse('2026-01-05T09:15:00Z'), '2026-01-05T10:00:00Z').length).toBe(2);
  });
});
