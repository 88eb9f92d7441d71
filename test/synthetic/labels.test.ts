/** The answer key: every kind planted, every label well formed, its window exactly its rows, its rows its own. */
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { createdDateTimeOf } from '../../src/sources/synthetic/la-row';
import { ATTACK_KINDS, SCENARIO_KINDS } from '../../src/sources/synthetic/labels';
import { planned, TENANTS } from './helpers';

const DETECTORS = ['token-replay', 'password-spray', 'legacy-auth', 'high-volume-ratio', 'ca-blocked', 'mfa-abandoned'];

describe.each(TENANTS)('labels of the tenant %o', (options) => {
  const t = planned(options);

  test('every scenario kind is planted, with a known detector and expectation', () => {
    expect(new Set(t.labels.map((l) => l.scenario))).toEqual(new Set(SCENARIO_KINDS));
    for (const l of t.labels) {
      expect(DETECTORS).toContain(l.detector);
      if (l.userPrincipalName) expect(l.userPrincipalName).toBe(l.userPrincipalName.toLowerCase());
      else expect(l.ipAddress).toBeTruthy(); // a label about a source names it
      expect(l.description.length).toBeGreaterThan(40);
    }
    expect(new Set(t.labels.map((l) => l.id)).size).toBe(t.labels.length);
  });

  test('attacks expect their detector to alert; look-alikes name the detector that must stay quiet', () => {
    for (const kind of ATTACK_KINDS) expect(t.of(kind).some((l) => l.expect === 'alert')).toBe(true);
    for (const l of t.labels.filter((x) => x.scenario.startsWith('lookalike-'))) expect(l.expect).toBe('no-alert');
    const expected = (kind: string) => new Set(t.of(kind as never).map((l) => `${l.detector}:${l.expect}`));
    expect(expected('legacy-imap-compromise')).toEqual(new Set(['legacy-auth:alert', 'token-replay:no-alert']));
    expect(expected('legacy-client-in-use')).toEqual(new Set(['legacy-auth:alert', 'token-replay:no-alert']));
    for (const kind of ['password-spray-low-slow', 'password-spray-distributed'])
      expect(expected(kind)).toEqual(new Set(['password-spray:alert', 'legacy-auth:no-alert']));
    expect(expected('service-account-steady')).toEqual(new Set(['high-volume-ratio:no-alert']));
    for (const kind of ['cookie-replay', 'aitm-phishing', 'idle-prt-theft', 'token-replay-refresh', 'token-replay-prt']) expect(expected(kind)).toEqual(new Set(['token-replay:alert']));
  });

  test('eventIds exist in the data and the window is exactly their first and last CreatedDateTime', () => {
    for (const l of t.labels) {
      expect(l.eventIds.length).toBeGreaterThan(0);
      const rows = t.rowsOf(l);
      expect(rows.every(Boolean)).toBe(true);
      const times = rows.map(createdDateTimeOf).sort();
      expect(l.first).toBe(times[0]);
      expect(l.last).toBe(times[times.length - 1]);
    }
  });

  test("a label about an account holds only that account's rows; a label about a source, only the source's", () => {
    for (const l of t.labels.filter((x) => x.userPrincipalName && !x.scenario.startsWith('password-spray')))
      expect(t.rowsOf(l).filter((r) => r.user.userPrincipalName !== l.userPrincipalName).map((r) => r.id)).toEqual([]);
    for (const l of t.labels.filter((x) => x.scenario.startsWith('password-spray') && x.detector !== 'mfa-abandoned')) {
      const sources = new Set([l.ipAddress, ...(l.ipAddresses ?? [])]);
      expect(t.rowsOf(l).every((r) => sources.has(r.net.ip))).toBe(true);
    }
  });

  test('two labels about one person never overlap in time unless they describe the same rows', () => {
    const personal = t.labels.filter((l) => l.userPrincipalName && l.detector === 'token-replay');
    const clashes: string[] = [];
    for (const a of personal)
      for (const b of personal)
        if (a.id < b.id && a.userPrincipalName === b.userPrincipalName && a.first <= b.last && b.first <= a.last && a.eventIds[0] !== b.eventIds[0]) clashes.push(`${a.id} / ${b.id}`);
    expect(clashes).toEqual([]);
  });
});

describe('scenario counts and layout', () => {
  test('grow with the tenant, vary with the seed, and vanish below 10 people', () => {
    const labels = (users: number, seed: number) => generateRows({ users, days: 2, seed }).labels.scenarios;
    const prt = (users: number, seed: number) => labels(users, seed).filter((s) => s.scenario === 'token-replay-prt').length;
    expect(labels(5, 2)).toEqual([]);
    expect(prt(12, 2)).toBe(1);
    const small = labels(15, 3).length;
    const big = [1, 2, 3].map((seed) => labels(60, seed).length);
    expect(Math.min(...big)).toBeGreaterThan(1.5 * small);
    expect(new Set(big).size).toBeGreaterThan(1);
  });
});
