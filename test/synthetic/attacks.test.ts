/**
 * Each attack kind has the property that defines it, in every tenant: if a planter stopped planting it, or its rows
 * lost what makes them that attack, a test here fails. And the attacker is not one fixed shape across seeds.
 */
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { prefixRange, addressValue } from '../../src/sources/synthetic/networks/addresses';
import { ASN_CATALOGUE } from '../../src/sources/synthetic/networks/asn-catalogue';
import { BLOCKED_COUNTRIES } from '../../src/sources/synthetic/networks/pools';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';
import { HOUR, MINUTE, planned, TENANTS } from './helpers';

const MODERN = new Set(['Browser', 'Mobile Apps and Desktop clients']);
const legacyOrRopc = (r: SignInSpec) => (r.clientAppUsed !== undefined && !MODERN.has(r.clientAppUsed)) || r.authenticationProtocol === 'ropc';

/** The catalogue class of an address (hosting, isp, carrier, microsoft). */
function classOf(ip: string): string | undefined {
  const x = addressValue(ip);
  for (const e of ASN_CATALOGUE)
    for (const p of [...e.v4, ...e.v6]) {
      if (p.includes(':') !== ip.includes(':')) continue;
      const [a, b] = prefixRange(p);
      if (a <= x && x <= b) return e.class;
    }
  return undefined;
}

describe.each(TENANTS)('attacks in the tenant %o', (options) => {
  const t = planned(options);
  /** The victim's own activity: every row of theirs no label claims. */
  const own = (upn: string) => t.normal.filter((s) => s.user.userPrincipalName === upn);
  const ownAsns = (upn: string) => new Set(own(upn).map((s) => s.net.asn));
  const ownIps = (upn: string) => new Set(own(upn).map((s) => s.net.ip));
  const ownSessions = (upn: string) => new Set(own(upn).filter((s) => s.interactive && s.resultType === 0).map((s) => s.sessionId));

  test('refresh-token and PRT replay: silent refreshes in the victim session from a network the victim never uses', () => {
    for (const l of [...t.each('token-replay-refresh'), ...t.each('token-replay-prt')]) {
      const rows = t.rowsOf(l);
      const upn = l.userPrincipalName!;
      const prt = l.scenario === 'token-replay-prt';
      expect(rows.every((r) => !r.interactive && r.net.ip === l.ipAddress && r.incomingTokenType === (prt ? 'primaryRefreshToken' : 'refreshToken'))).toBe(true);
      expect(ownSessions(upn).has(rows[0].sessionId)).toBe(true);
      expect(ownAsns(upn).has(rows[0].net.asn)).toBe(false);
      // A PRT carries the victim's device claim; a refresh token replayed elsewhere has no device.
      expect(rows.every((r) => r.device.deviceId === (prt ? r.user.laptop.deviceId : ''))).toBe(true);
    }
  });

  test('cookie replay: an interactive sign-in from IP-B in the victim session with MFA by claim, then refreshes from IP-B', () => {
    for (const l of t.each('cookie-replay')) {
      const rows = t.rowsOf(l);
      const upn = l.userPrincipalName!;
      const signIns = rows.filter((r) => r.interactive);
      expect(signIns.length).toBeGreaterThan(0);
      for (const s of signIns) {
        expect(s.resultType).toBe(0);
        expect(s.steps.map((x) => x.method)).toEqual(['Previously satisfied', 'Previously satisfied']);
        expect(s.steps[1].resultDetail).toMatch(/satisfied by claim/);
      }
      expect(ownSessions(upn).has(signIns[0].sessionId)).toBe(true);
      const refreshes = rows.filter((r) => !r.interactive);
      expect(refreshes.length).toBeGreaterThan(3);
      expect(rows.every((r) => r.net.ip === l.ipAddress && r.sessionId === signIns[0].sessionId)).toBe(true);
      expect(Math.min(...refreshes.map((r) => r.time))).toBeGreaterThan(signIns[0].time);
      expect(ownIps(upn).has(l.ipAddress!)).toBe(false);
    }
  });

  test("AiTM: password and MFA through a hosting proxy with no device id open a new session that is used on, while the victim's laptop carries on", () => {
    for (const l of t.each('aitm-phishing')) {
      const rows = t.rowsOf(l);
      const upn = l.userPrincipalName!;
      const phish = rows.find((r) => r.interactive && r.resultType === 0)!;
      expect(phish.net.ip).toBe(l.ipAddress);
      expect(classOf(phish.net.ip)).toBe('hosting');
      expect(phish.device.deviceId).toBe('');
      expect(phish.steps.map((s) => s.requirement)).toEqual(['Primary authentication', 'Multifactor authentication']);
      expect(phish.steps[0].method).toBe('Password');
      expect(ownSessions(upn).has(phish.sessionId)).toBe(false);
      const later = rows.filter((r) => r.time > phish.time && r.sessionId === phish.sessionId);
      expect(later.length).toBeGreaterThan(5);
      const [from, to] = [phish.time, Math.max(...later.map((r) => r.time))];
      expect(own(upn).some((s) => s.device.deviceId === s.user.laptop.deviceId && s.time > from && s.time < to)).toBe(true);
    }
  });

  test('idle PRT theft: PRT refreshes with the victim device claim, hours from any interactive sign-in of the victim, from a new network', () => {
    for (const l of t.each('idle-prt-theft')) {
      const rows = t.rowsOf(l);
      const upn = l.userPrincipalName!;
      expect(rows.every((r) => !r.interactive && r.incomingTokenType === 'primaryRefreshToken' && r.device.deviceId === r.user.laptop.deviceId)).toBe(true);
      const signIns = t.userRows(upn).filter((s) => s.interactive && !l.eventIds.includes(s.id)).map((s) => s.time);
      const gap = Math.min(...rows.flatMap((r) => signIns.map((s) => Math.abs(r.time - s))));
      expect(gap).toBeGreaterThanOrEqual(4 * HOUR);
      const before = signIns.filter((s) => s < rows[0].time);
      expect(rows[0].time - Math.max(...before)).toBeGreaterThanOrEqual(8 * HOUR);
      expect(ownAsns(upn).has(rows[0].net.asn)).toBe(false);
    }
  });

  test('burst spray: one address, many accounts, within an hour', () => {
    for (const l of t.each('password-spray', 'password-spray')) {
      const rows = t.rowsOf(l).filter((r) => r.resultType !== 50074);
      expect(new Set(rows.map((r) => r.net.ip))).toEqual(new Set([l.ipAddress]));
      expect(new Set(rows.map((r) => r.user.userPrincipalName)).size).toBeGreaterThanOrEqual(10);
      expect(rows.every((r) => [50126, 50053].includes(r.resultType) && legacyOrRopc(r))).toBe(true);
      expect(Date.parse(l.last) - Date.parse(l.first)).toBeLessThan(HOUR);
    }
  });

  test('low-and-slow spray: one address, dozens of accounts, a guess every 30-60 minutes for most of a day, all 50126', () => {
    for (const l of t.each('password-spray-low-slow', 'password-spray')) {
      const rows = t.rowsOf(l).sort((a, b) => a.time - b.time);
      expect(new Set(rows.map((r) => r.net.ip))).toEqual(new Set([l.ipAddress]));
      expect(new Set(rows.map((r) => r.user.userPrincipalName)).size).toBeGreaterThanOrEqual(Math.min(15, t.gen.users.length));
      expect(rows.every((r) => r.resultType === 50126 && legacyOrRopc(r))).toBe(true);
      for (let i = 1; i < rows.length; i++) expect(rows[i].time - rows[i - 1].time).toBeGreaterThanOrEqual(29 * MINUTE);
      expect(rows[rows.length - 1].time - rows[0].time).toBeGreaterThanOrEqual(12 * HOUR);
    }
  });

  test('distributed spray: many addresses of one ASN or one tool, each trying an account or three', () => {
    for (const l of t.each('password-spray-distributed', 'password-spray')) {
      const rows = t.rowsOf(l);
      const perIp = new Map<string, number>();
      for (const r of rows) perIp.set(r.net.ip, (perIp.get(r.net.ip) ?? 0) + 1);
      expect(perIp.size).toBeGreaterThanOrEqual(10);
      expect(new Set(l.ipAddresses)).toEqual(new Set(perIp.keys()));
      expect(Math.max(...perIp.values())).toBeLessThanOrEqual(3);
      expect(new Set(rows.map((r) => r.user.userPrincipalName)).size).toBeGreaterThanOrEqual(10);
      expect(rows.every((r) => r.resultType !== 0 && legacyOrRopc(r))).toBe(true);
      if (l.autonomousSystemNumber !== undefined) expect(rows.every((r) => r.net.asn === l.autonomousSystemNumber)).toBe(true);
      else {
        expect(new Set(rows.map((r) => r.net.asn)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(rows.map((r) => r.userAgent)).size).toBe(1);
      }
    }
  });

  test('legacy authentication guessed open: a legacy client, failures, then single-factor successes', () => {
    for (const l of t.each('legacy-auth', 'legacy-auth')) {
      const rows = t.rowsOf(l);
      expect(rows.every((r) => r.clientAppUsed && !MODERN.has(r.clientAppUsed) && r.incomingTokenType === 'none')).toBe(true);
      expect(rows.some((r) => r.resultType === 0) && rows.some((r) => r.resultType === 50126)).toBe(true);
    }
  });

  test('IMAP/POP compromise: successes over IMAP or POP, polls logged in the non-interactive table with no token', () => {
    for (const l of t.each('legacy-imap-compromise', 'legacy-auth')) {
      const rows = t.rowsOf(l);
      expect(rows.every((r) => (r.clientAppUsed === 'IMAP4' || r.clientAppUsed === 'POP3') && r.resultType === 0 && r.incomingTokenType === 'none' && !r.multiFactor)).toBe(true);
      expect(rows.some((r) => r.interactive)).toBe(true);
      expect(rows.filter((r) => !r.interactive).length).toBeGreaterThanOrEqual(3);
      expect(ownIps(l.userPrincipalName!).has(l.ipAddress!)).toBe(false);
    }
  });

  test('legitimate legacy client: password successes over a legacy protocol, repeated in the non-interactive table', () => {
    for (const l of t.each('legacy-client-in-use', 'legacy-auth')) {
      const rows = t.rowsOf(l);
      expect(rows.every((r) => r.clientAppUsed && !MODERN.has(r.clientAppUsed) && r.resultType === 0 && r.net.ip === l.ipAddress)).toBe(true);
      expect(rows.filter((r) => !r.interactive).length).toBeGreaterThan(0);
    }
  });

  test('CA blocked: 53003 from a blocked country; MFA abandoned: prompts never followed by a success from there', () => {
    for (const l of t.each('ca-blocked')) expect(t.rowsOf(l).every((r) => r.resultType === 53003 && r.interactive && BLOCKED_COUNTRIES.includes(r.net.place.country))).toBe(true);
    for (const l of t.each('mfa-abandoned')) {
      const rows = t.rowsOf(l);
      expect(rows.every((r) => r.resultType === 50074 || r.resultType === 50076)).toBe(true);
      const last = Math.max(...rows.map((r) => r.time));
      expect(t.specs.filter((s) => s.user.userPrincipalName === l.userPrincipalName && s.net.ip === l.ipAddress && s.resultType === 0 && s.time > last)).toEqual([]);
    }
  });

  test('automated accounts refresh around the clock, above the 500:1 line or below it as their label says', () => {
    const accounts = [...t.each('high-volume-ratio'), ...t.each('service-account-steady')];
    expect(accounts.length).toBeGreaterThanOrEqual(2);
    for (const l of accounts) {
      const rows = t.userRows(l.userPrincipalName!);
      const interactive = rows.filter((r) => r.interactive).length;
      const ratio = (rows.length - interactive) / interactive;
      if (l.expect === 'alert') expect(ratio).toBeGreaterThan(500);
      else expect(ratio).toBeLessThan(500);
      expect(ratio).toBeGreaterThan(40);
      const hours = new Set(rows.filter((r) => !r.interactive).map((r) => new Date(r.time).getUTCHours()));
      expect(hours.size).toBe(24);
    }
  });
});

describe('attackers vary across seeds', () => {
  const labels = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateRows({ users: 12, days: 3, seed }).labels.scenarios);
  const replay = labels.filter((l) => ['token-replay-refresh', 'token-replay-prt', 'cookie-replay', 'idle-prt-theft'].includes(l.scenario));

  test('replays come from hosting providers and from broadband or mobile networks, in the victim country and abroad', () => {
    const classes = new Set(replay.map((l) => classOf(l.ipAddress!)));
    expect(classes.has('hosting')).toBe(true);
    expect(classes.has('isp') || classes.has('carrier')).toBe(true);
    // Descriptions name each network's role: a proxy in the victim's own country, or an ISP abroad.
    expect(replay.some((l) => /, (residential|mobile)-proxy, /.test(l.description))).toBe(true);
    expect(replay.some((l) => /, foreign-isp, /.test(l.description))).toBe(true);
  });

  test("some replays copy the victim's user agent, some do not; sprays use legacy protocols and ROPC", () => {
    expect(replay.some((l) => /victim's user agent/.test(l.description))).toBe(true);
    expect(replay.some((l) => !/victim's user agent/.test(l.description))).toBe(true);
    const sprays = labels.filter((l) => l.scenario.startsWith('password-spray') && l.detector === 'password-spray');
    expect(sprays.some((l) => /ROPC/.test(l.description))).toBe(true);
    expect(sprays.some((l) => /IMAP4|POP3|SMTP|ActiveSync|Other clients/.test(l.description))).toBe(true);
  });
});
