import { columnsOf, typeConflicts } from '../../src/schema/columns';
import { TABLE_NAMES, type KustoType } from '../../src/schema/table-names';
import { materialize } from './helpers';

const { rows } = materialize({ users: 10, days: 2, seed: 4 });

function jsType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

const EXPECTED: Record<KustoType, string[]> = {
  string: ['string'],
  datetime: ['string'],
  bool: ['boolean'],
  long: ['number'],
  int: ['number'],
  real: ['number'],
  dynamic: ['object', 'array'],
  guid: ['string'],
  timespan: ['string'],
  decimal: ['number'],
};

describe('raw Log Analytics rows', () => {
  test.each(TABLE_NAMES)('%s rows have exactly the columns of their table, with the JS type of each Kusto type', (table) => {
    const mine = rows.filter((r) => r.Type === table);
    expect(mine.length).toBeGreaterThan(0);
    const columns = columnsOf(table);
    const wrong: string[] = [];
    for (const r of mine) {
      expect(Object.keys(r)).toEqual(columns.map((c) => c.name));
      for (const c of columns) if (!EXPECTED[c.type].includes(jsType(r[c.name]))) wrong.push(`${c.name}: ${c.type} holds ${jsType(r[c.name])}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  test('the seven type-conflicting columns are objects in SigninLogs and JSON text in the non-interactive table', () => {
    const conflicts = typeConflicts();
    expect(conflicts).toHaveLength(7);
    const i = rows.find((r) => r.Type === 'SigninLogs')!;
    const n = rows.find((r) => r.Type === 'AADNonInteractiveUserSignInLogs')!;
    for (const c of conflicts) {
      expect(typeof i[c]).toBe('object');
      expect(typeof n[c]).toBe('string');
      expect(() => JSON.parse(n[c] as string)).not.toThrow();
    }
  });

  test('JSON text columns parse, times are ISO with 7 fractional digits, TimeGenerated follows CreatedDateTime', () => {
    for (const r of rows.slice(0, 500)) {
      for (const c of ['AuthenticationDetails', 'AuthenticationProcessingDetails', 'NetworkLocationDetails', 'ConditionalAccessAudiences'])
        expect(Array.isArray(JSON.parse(r[c] as string))).toBe(true);
      expect(r.CreatedDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      const lag = Date.parse(r.TimeGenerated as string) - Date.parse(r.CreatedDateTime as string);
      expect(lag).toBeGreaterThan(0);
      expect(lag).toBeLessThan(10 * 60_000);
      expect(r.Category).toBe(r.Type === 'SigninLogs' ? 'SignInLogs' : 'NonInteractiveUserSignInLogs');
      expect(r.IsInteractive).toBe(r.Type === 'SigninLogs');
    }
  });

  test('a row weighs kilobytes, mostly Conditional Access policies and authentication details', () => {
    const sizes = rows.map((r) => JSON.stringify(r).length);
    const avg = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(avg).toBeGreaterThan(2000);
    expect(avg).toBeLessThan(8000);
    const r = rows.find((x) => x.Type === 'AADNonInteractiveUserSignInLogs')!;
    expect((r.ConditionalAccessPolicies as string).length).toBeGreaterThan(500);
  });

  test('Ids and UniqueTokenIdentifiers are unique per row', () => {
    expect(new Set(rows.map((r) => r.Id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.UniqueTokenIdentifier)).size).toBe(rows.length);
  });

  test('incoming token types: none on interactive, refreshToken or primaryRefreshToken on refreshes from joined laptops and brokered phones', () => {
    const interactive = rows.filter((r) => r.IsInteractive);
    expect(new Set(interactive.map((r) => r.IncomingTokenType))).toEqual(new Set(['none']));
    const refresh = rows.filter((r) => !r.IsInteractive);
    const types = new Set(refresh.map((r) => r.IncomingTokenType));
    expect(types.has('refreshToken')).toBe(true);
    expect(types.has('primaryRefreshToken')).toBe(true);
    // A PRT lives on a registered device: a joined laptop, or a phone whose Authenticator brokers its sign-ins.
    for (const r of refresh.filter((x) => x.IncomingTokenType === 'primaryRefreshToken')) {
      const device = JSON.parse(r.DeviceDetail as string);
      expect(device.deviceId).not.toBe('');
      expect(device.trustType).toMatch(/joined|registered/);
      if (/registered/.test(device.trustType)) expect(device.operatingSystem).toMatch(/^(Ios|Android)/);
    }
  });
});
