/**
 * Each labelled look-alike has the property that makes it look like an attack to a naive rule, and the property that
 * makes it benign: if it stopped being planted or lost either, a test here fails.
 */
import { addressValue } from '../../src/sources/synthetic/networks/addresses';
import { distanceKm } from '../../src/sources/synthetic/places';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';
import { HOUR, MINUTE, planned, TENANTS } from './helpers';

const isPhone = (r: SignInSpec) => r.user.phone !== undefined && r.device.deviceId === r.user.phone.deviceId;
const isLaptop = (r: SignInSpec) => r.device.deviceId === r.user.laptop.deviceId;
const overlap = (a: SignInSpec[], b: SignInSpec[]) => {
  const [a0, a1] = [Math.min(...a.map((r) => r.time)), Math.max(...a.map((r) => r.time))];
  return b.some((r) => r.time > a0 && r.time < a1);
};

describe.each(TENANTS)('look-alikes in the tenant %o', (options) => {
  const t = planned(options);

  test("carrier switch: the phone's own device and session on its carrier, rotating addresses geolocated far away, beside the laptop", () => {
    for (const l of t.each('lookalike-carrier-switch')) {
      const rows = t.rowsOf(l);
      const phone = rows.filter(isPhone);
      const laptop = rows.filter(isLaptop);
      const user = rows[0].user;
      expect(phone.length).toBeGreaterThan(20);
      expect(phone.every((r) => r.net.role === 'carrier' && r.net.asn === user.carrier.asn && r.device.trustType === 'Azure AD registered')).toBe(true);
      expect(new Set(phone.map((r) => r.net.ip)).size).toBeGreaterThanOrEqual(2);
      expect(Math.max(...phone.map((r) => distanceKm(r.net.place, user.home)))).toBeGreaterThan(100);
      expect(new Set(phone.map((r) => r.sessionId)).size).toBe(1);
      expect(laptop.some((r) => r.sessionId === phone[0].sessionId)).toBe(false);
      expect(overlap(laptop, phone)).toBe(true);
    }
  });

  test('roaming: the laptop in a hotel abroad while the phone, the same days, egresses through its home carrier at home', () => {
    for (const l of t.each('lookalike-roaming')) {
      const rows = t.rowsOf(l);
      const user = rows[0].user;
      const laptop = rows.filter(isLaptop);
      const phone = rows.filter((r) => isPhone(r) && r.net.role === 'carrier');
      expect(laptop.length).toBeGreaterThan(0);
      expect(laptop.every((r) => r.net.ip === l.ipAddress && r.net.place.country !== user.region.country)).toBe(true);
      expect(phone.length).toBeGreaterThan(0);
      expect(phone.every((r) => r.net.asn === user.carrier.asn && r.net.place.country === user.region.country)).toBe(true);
      expect(overlap(laptop, phone)).toBe(true);
    }
  });

  test('travel: every sign-in there from the hotel, none before a flight could land', () => {
    for (const l of t.each('lookalike-travel')) {
      const rows = t.rowsOf(l);
      const laptop = rows.filter(isLaptop);
      expect(laptop.length).toBeGreaterThan(0);
      expect(laptop.every((r) => r.net.ip === l.ipAddress && r.net.role === 'hotel')).toBe(true);
      const upn = l.userPrincipalName!;
      const before = t.userRows(upn).filter((r) => r.time < Date.parse(l.first) && r.net.role !== 'carrier' && r.net.role !== 'microsoft');
      if (before.length) {
        const last = before[before.length - 1];
        const first = rows.find((r) => r.net.role === 'hotel')!;
        const hours = (first.time - last.time) / HOUR;
        expect(distanceKm(last.net.place, first.net.place) / Math.max(hours, 0.01)).toBeLessThan(900);
      }
    }
  });

  test('IP inheritance: after the move home and a sign-in there, some refreshes still log the office address', () => {
    for (const l of t.each('lookalike-ip-inheritance')) {
      const rows = t.rowsOf(l).filter(isLaptop);
      const homeSignIn = rows.find((r) => r.interactive && r.resultType === 0 && r.net.role !== 'office')!;
      expect(homeSignIn).toBeDefined();
      const after = rows.filter((r) => !r.interactive && r.time > homeSignIn.time);
      const inherited = after.filter((r) => r.net.ip === l.ipAddress && r.net.role === 'office');
      expect(inherited.length).toBeGreaterThan(0);
      expect(after.some((r) => r.net.role !== 'office')).toBe(true);
      expect(Math.max(...inherited.map((r) => r.time)) - homeSignIn.time).toBeLessThan(3.5 * HOUR);
    }
  });

  test('dual stack: the same ISP over IPv4 and IPv6, interleaved, each device in the home /64', () => {
    for (const l of t.each('lookalike-dual-stack')) {
      const home = t.rowsOf(l).filter((r) => r.net.role === 'home');
      const v6 = home.filter((r) => r.net.ip.includes(':'));
      const v4 = home.filter((r) => !r.net.ip.includes(':'));
      expect(v6.length).toBeGreaterThan(5);
      expect(v4.length).toBeGreaterThan(5);
      expect(new Set(home.map((r) => r.net.asn)).size).toBe(1);
      expect(new Set(v6.map((r) => addressValue(r.net.ip) >> 64n)).size).toBe(1);
      expect(overlap(v4.filter(isLaptop), v6.filter(isLaptop))).toBe(true);
    }
  });

  test("Microsoft proxy: refreshes from Microsoft's ASNs in the user's laptop session, no device", () => {
    for (const l of t.each('lookalike-microsoft-proxy')) {
      const rows = t.rowsOf(l);
      const proxied = rows.filter((r) => r.net.role === 'microsoft');
      expect(proxied.length).toBeGreaterThanOrEqual(8);
      expect(proxied.every((r) => [8075, 8068, 8069, 12076].includes(r.net.asn) && r.device.deviceId === '' && !r.interactive)).toBe(true);
      const sessions = new Set(rows.filter((r) => isLaptop(r) && r.interactive).map((r) => r.sessionId));
      expect(proxied.every((r) => sessions.has(r.sessionId))).toBe(true);
    }
  });

  test("consumer VPN: the user's own registered laptop signs in and refreshes from a hosting ASN", () => {
    for (const l of t.each('lookalike-consumer-vpn')) {
      const rows = t.rowsOf(l).filter(isLaptop);
      expect(rows.every((r) => r.net.role === 'consumer-vpn' && [9009, 212238].includes(r.net.asn))).toBe(true);
      expect(rows.some((r) => r.interactive) && rows.some((r) => !r.interactive)).toBe(true);
    }
  });

  test('personal browser: no device id, password and MFA, a new session, from home', () => {
    for (const l of t.each('lookalike-byod-browser')) {
      const rows = t.rowsOf(l).filter((r) => r.device.deviceId === '' && r.net.role === 'home');
      const signIn = rows.find((r) => r.interactive && r.resultType === 0)!;
      expect(signIn.steps.length).toBe(2);
      expect(rows.filter((r) => r.sessionId === signIn.sessionId && !r.interactive).length).toBeGreaterThan(0);
      expect(t.rowsOf(l).some((r) => isLaptop(r) && r.sessionId === signIn.sessionId)).toBe(false);
    }
  });

  test('Cloud PC: its own joined device and session, from an Azure region of AS8075, beside the laptop', () => {
    for (const l of t.each('lookalike-cloud-pc')) {
      const rows = t.rowsOf(l);
      const cpc = rows.filter((r) => r.device.displayName.startsWith('CPC-'));
      expect(cpc.length).toBeGreaterThan(10);
      expect(cpc.every((r) => r.net.asn === 8075 && r.net.ip === l.ipAddress && r.device.trustType === 'Azure AD joined')).toBe(true);
      expect(rows.filter(isLaptop).some((r) => r.sessionId === cpc[0].sessionId)).toBe(false);
      expect(overlap(rows.filter(isLaptop), cpc)).toBe(true);
    }
  });

  test('VPN split tunnel: interactive sign-ins through the corporate VPN, refreshes from home, one device', () => {
    for (const l of t.each('lookalike-vpn-split-tunnel')) {
      const rows = t.rowsOf(l).filter(isLaptop);
      expect(rows.filter((r) => r.interactive).every((r) => r.net.role === 'corporate-vpn')).toBe(true);
      expect(rows.filter((r) => !r.interactive).every((r) => r.net.role === 'home' && r.net.asn === r.user.homeIsp.asn)).toBe(true);
    }
  });

  test('shared NAT: many people mistype behind the office NAT, each then signs in from the same address', () => {
    for (const l of t.each('lookalike-shared-nat-failures')) {
      const rows = t.rowsOf(l);
      const nat = new Set(l.ipAddresses);
      const failures = rows.filter((r) => r.resultType === 50126 && nat.has(r.net.ip));
      expect(new Set(failures.map((r) => r.user.userPrincipalName)).size).toBeGreaterThanOrEqual(Math.min(6, t.gen.users.length / 3));
      for (const f of failures)
        expect(rows.some((r) => r.user === f.user && r.resultType === 0 && r.interactive && r.net.ip === f.net.ip && r.time > f.time && r.time - f.time < 10 * MINUTE)).toBe(true);
    }
  });

  test("stale password: one account's phone mail app failing all day over ActiveSync, never a success", () => {
    for (const l of t.each('lookalike-stale-password-device', 'password-spray')) {
      const rows = t.rowsOf(l).sort((a, b) => a.time - b.time);
      expect(rows.length).toBeGreaterThanOrEqual(10);
      expect(new Set(rows.map((r) => r.user.userPrincipalName)).size).toBe(1);
      expect(rows.every((r) => r.resultType === 50126 && r.clientAppUsed === 'Exchange ActiveSync')).toBe(true);
      expect(rows[rows.length - 1].time - rows[0].time).toBeGreaterThan(6 * HOUR);
      for (let i = 1; i < rows.length; i++) expect(rows[i].time - rows[i - 1].time).toBeGreaterThanOrEqual(19 * MINUTE);
    }
  });
});
