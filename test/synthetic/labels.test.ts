import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { createdDateTimeOf } from '../../src/sources/synthetic/la-row';
import type { ScenarioLabel } from '../../src/sources/synthetic/labels';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';

const KINDS = [
  'token-replay-refresh',
  'token-replay-prt',
  'password-spray',
  'legacy-auth',
  'ca-blocked',
  'mfa-abandoned',
  'high-volume-ratio',
  'lookalike-vpn-split-tunnel',
  'lookalike-carrier-switch',
  'lookalike-microsoft-proxy',
  'lookalike-travel',
];
const DETECTORS = ['token-replay', 'password-spray', 'legacy-auth', 'high-volume-ratio', 'ca-blocked', 'mfa-abandoned'];
const MODERN = new Set(['Browser', 'Mobile Apps and Desktop clients']);

describe.each([1, 7])('labels of the 25-user tenant, seed %i', (seed) => {
  const gen = generateRows({ users: 25, days: 7, seed });
  const specs = [...gen.specs()];
  const byId = new Map(specs.map((s) => [s.id, s]));
  const labels = gen.labels.scenarios;
  const planted = new Set(labels.flatMap((l) => l.eventIds));
  const rowsOf = (l: ScenarioLabel): SignInSpec[] => l.eventIds.map((id) => byId.get(id)!);
  const of = (kind: string) => labels.filter((l) => l.scenario === kind);
  const normal = specs.filter((s) => !planted.has(s.id));

  test('every scenario kind is present, with a known detector and expectation', () => {
    expect(new Set(labels.map((l) => l.scenario))).toEqual(new Set(KINDS));
    for (const l of labels) {
      expect(DETECTORS).toContain(l.detector);
      expect(l.expect).toBe(l.scenario.startsWith('lookalike-') ? 'no-alert' : 'alert');
      if (l.scenario.startsWith('lookalike-')) expect(l.detector).toBe('token-replay');
      if (l.userPrincipalName) expect(l.userPrincipalName).toBe(l.userPrincipalName.toLowerCase());
      expect(l.description.length).toBeGreaterThan(20);
    }
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });

  test('eventIds exist in the data and the window is exactly their first and last CreatedDateTime', () => {
    for (const l of labels) {
      expect(l.eventIds.length).toBeGreaterThan(0);
      const rows = rowsOf(l);
      expect(rows.every(Boolean)).toBe(true);
      const times = rows.map(createdDateTimeOf).sort();
      expect(l.first).toBe(times[0]);
      expect(l.last).toBe(times[times.length - 1]);
      if (l.userPrincipalName && l.scenario !== 'password-spray')
        expect(rows.filter((r) => r.user.userPrincipalName !== l.userPrincipalName)).toEqual([]);
    }
  });

  test('token replay: refreshes from another continent and AS, in the victim session, while the victim is active at home', () => {
    for (const l of [...of('token-replay-refresh'), ...of('token-replay-prt')]) {
      const rows = rowsOf(l);
      expect(rows.every((r) => !r.interactive && r.net.ip === l.ipAddress)).toBe(true);
      const token = l.scenario === 'token-replay-prt' ? 'primaryRefreshToken' : 'refreshToken';
      expect(rows.every((r) => r.incomingTokenType === token)).toBe(true);
      const victim = rows[0].user;
      expect(rows[0].net.place.continent).not.toBe(victim.home.continent);
      const own = normal.filter((s) => s.user === victim && s.sessionId === rows[0].sessionId);
      expect(own.some((s) => s.interactive)).toBe(true);
      expect(own.every((s) => s.net.asn !== rows[0].net.asn)).toBe(true);
      const first = Math.min(...rows.map((r) => r.time));
      const last = Math.max(...rows.map((r) => r.time));
      expect(own.some((s) => s.time >= first && s.time <= last)).toBe(true);
    }
  });

  test('password spray: one address, many accounts, 50126/50053 within an hour', () => {
    for (const l of of('password-spray')) {
      const rows = rowsOf(l);
      expect(new Set(rows.map((r) => r.net.ip))).toEqual(new Set([l.ipAddress]));
      expect(new Set(rows.map((r) => r.user.userPrincipalName)).size).toBeGreaterThanOrEqual(10);
      expect(rows.every((r) => [50126, 50053, 50074].includes(r.resultType))).toBe(true);
      expect(Date.parse(l.last) - Date.parse(l.first)).toBeLessThan(3_600_000);
    }
  });

  test('legacy authentication: a legacy client, failures and successes', () => {
    for (const l of of('legacy-auth')) {
      const rows = rowsOf(l);
      expect(rows.every((r) => r.clientAppUsed && !MODERN.has(r.clientAppUsed))).toBe(true);
      expect(rows.some((r) => r.resultType === 0)).toBe(true);
      expect(rows.some((r) => r.resultType === 50126)).toBe(true);
    }
  });

  test('CA blocked: 53003 with a failing policy', () => {
    for (const l of of('ca-blocked')) {
      const rows = rowsOf(l);
      expect(rows.every((r) => r.resultType === 53003 && r.interactive)).toBe(true);
    }
  });

  test('MFA abandoned: 50074/50076 and no success of that user from that address afterwards', () => {
    for (const l of of('mfa-abandoned')) {
      const rows = rowsOf(l);
      expect(rows.every((r) => r.resultType === 50074 || r.resultType === 50076)).toBe(true);
      const last = Math.max(...rows.map((r) => r.time));
      expect(specs.filter((s) => s.user.userPrincipalName === l.userPrincipalName && s.net.ip === l.ipAddress && s.resultType === 0 && s.time > last)).toEqual([]);
    }
  });

  test('look-alikes: VPN, carrier, Microsoft proxy and travel rows are all present and shaped as described', () => {
    const vpn = rowsOf(of('lookalike-vpn-split-tunnel')[0]);
    expect(new Set(vpn.filter((r) => r.interactive).map((r) => r.net.asn)).size).toBe(1);
    expect(vpn.filter((r) => !r.interactive).every((r) => r.net.ip === vpn[0].user.homeAddress.ip)).toBe(true);
    expect(new Set(vpn.map((r) => r.net.place.country)).size).toBe(1);
    expect(new Set(vpn.map((r) => r.device.deviceId)).size).toBe(1);

    const carrier = rowsOf(of('lookalike-carrier-switch')[0]);
    expect(new Set(carrier.map((r) => r.net.asn)).size).toBe(1);
    expect(new Set(carrier.map((r) => r.net.ip)).size).toBeGreaterThan(2);

    const proxy = rowsOf(of('lookalike-microsoft-proxy')[0]);
    expect(proxy.every((r) => r.net.asn === 8075 && /^(52|40|20)\./.test(r.net.ip) && !r.interactive)).toBe(true);

    const travelLabel = of('lookalike-travel')[0];
    const travel = rowsOf(travelLabel);
    expect(travel.some((r) => r.interactive) && travel.some((r) => !r.interactive)).toBe(true);
    expect(new Set(travel.map((r) => r.net.ip))).toEqual(new Set([travelLabel.ipAddress]));
    const home = normal.filter((s) => s.user === travel[0].user);
    const away = Math.min(...travel.map((r) => r.time));
    expect(home.every((s) => s.time < away)).toBe(true);
  });

  test('normal traffic looks normal: no legacy clients, no foreign or Microsoft addresses, no failure clusters', () => {
    expect(normal.filter((s) => s.clientAppUsed && !MODERN.has(s.clientAppUsed))).toEqual([]);
    const people = normal.filter((s) => !s.user.userPrincipalName.startsWith('svc-'));
    expect(people.filter((s) => s.net.asn === 8075 || s.net.place.continent !== s.user.home.continent)).toEqual([]);
    const failingUsersByIp = new Map<string, Set<string>>();
    for (const s of normal.filter((x) => x.resultType !== 0)) {
      const set = failingUsersByIp.get(s.net.ip) ?? new Set();
      set.add(s.user.userPrincipalName);
      failingUsersByIp.set(s.net.ip, set);
    }
    expect(Math.max(0, ...[...failingUsersByIp.values()].map((x) => x.size))).toBeLessThan(5);
  });
});

describe('scenario counts', () => {
  test('grow with the tenant and vanish below 10 users', () => {
    const count = (users: number) => generateRows({ users, days: 3, seed: 2 }).labels.scenarios.filter((s) => s.scenario === 'token-replay-prt').length;
    expect(count(5)).toBe(0);
    expect(count(20)).toBe(1);
    expect(count(50)).toBe(2);
  });
});
