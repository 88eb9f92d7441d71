/**
 * What every real tenant holds, unlabelled, around the planted scenarios: phones on carriers beside the laptops,
 * dual-stack homes, refreshes proxied by Microsoft, consumer VPNs, personal browsers, mistyped passwords. And none
 * of it is an accident: no benign person ever jumps between fixed places faster than a plane.
 */
import { distanceKm } from '../../src/sources/synthetic/places';
import { isWeekend } from '../../src/sources/synthetic/day-plan';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';
import { HOUR, MINUTE, planned, TENANTS } from './helpers';

const DAY = 24 * HOUR;

describe.each(TENANTS)('background of the tenant %o', (options) => {
  const t = planned(options);
  const people = t.gen.users;
  const startMs = Date.parse(t.gen.labels.generator.start);
  const normal = t.normal.filter((s) => people.includes(s.user));
  const isPhone = (r: SignInSpec) => r.user.phone !== undefined && r.device.deviceId === r.user.phone.deviceId;
  const localDay = (s: SignInSpec) => Math.floor((s.time + s.user.home.utcOffset * HOUR - startMs) / DAY);

  test('most people use their phone on most work days, beside the laptop, in its own registered device and session', () => {
    const phoneDays = new Map<string, Set<number>>();
    for (const s of normal.filter(isPhone)) {
      expect(s.device.trustType).toBe('Azure AD registered');
      const set = phoneDays.get(s.user.userPrincipalName) ?? new Set();
      set.add(localDay(s));
      phoneDays.set(s.user.userPrincipalName, set);
    }
    const workDays = Array.from({ length: options.days! }, (_, d) => d).filter((d) => !isWeekend(startMs, d));
    const regular = people.filter((u) => workDays.filter((d) => phoneDays.get(u.userPrincipalName)?.has(d)).length >= 0.6 * workDays.length);
    expect(regular.length).toBeGreaterThanOrEqual(0.6 * people.length);
    const laptopSessions = new Set(normal.filter((s) => s.device.deviceId === s.user.laptop.deviceId).map((s) => s.sessionId));
    expect(normal.filter(isPhone).some((s) => laptopSessions.has(s.sessionId))).toBe(false);
    expect(normal.filter((s) => isPhone(s) && s.interactive && s.resultType === 0).length).toBeGreaterThan(0);
  });

  test("the phone's carrier addresses are the user's carrier's, change every few hours and mostly geolocate far from home", () => {
    const carrier = normal.filter((s) => isPhone(s) && s.net.role === 'carrier');
    expect(carrier.length).toBeGreaterThan(500);
    expect(carrier.every((s) => s.net.asn === s.user.carrier.asn)).toBe(true);
    const far = carrier.filter((s) => distanceKm(s.net.place, s.user.home) > 100).length;
    expect(far / carrier.length).toBeGreaterThan(0.5);
    expect(carrier.some((s) => s.net.ip.includes(':')) && carrier.some((s) => !s.net.ip.includes(':'))).toBe(true);
    // Per phone-day: a new address every one to five hours, none held for more than five.
    const byDay = new Map<string, SignInSpec[]>();
    for (const s of carrier) {
      const k = `${s.user.userPrincipalName}|${localDay(s)}`;
      byDay.set(k, [...(byDay.get(k) ?? []), s]);
    }
    let rotating = 0;
    for (const rows of byDay.values()) {
      const spans = new Map<string, [number, number]>();
      for (const r of rows) spans.set(r.net.ip, [Math.min(r.time, spans.get(r.net.ip)?.[0] ?? Infinity), Math.max(r.time, spans.get(r.net.ip)?.[1] ?? -Infinity)]);
      for (const [a, b] of spans.values()) expect(b - a).toBeLessThanOrEqual(5 * HOUR);
      if (spans.size > 1) rotating++;
    }
    expect(rotating / byDay.size).toBeGreaterThan(0.5);
  });

  test('dual-stack homes: several people reach Microsoft 365 over IPv4 and IPv6 of the same home ISP', () => {
    const both = people.filter((u) => {
      const home = normal.filter((s) => s.user === u && s.net.role === 'home');
      return home.some((s) => s.net.ip.includes(':')) && home.some((s) => !s.net.ip.includes(':')) && new Set(home.map((s) => s.net.asn)).size === 1;
    });
    expect(both.length).toBeGreaterThanOrEqual(3);
  });

  test('Microsoft services refresh in people’s sessions from Microsoft ASNs on ordinary days too', () => {
    const proxied = normal.filter((s) => s.net.role === 'microsoft' && people.includes(s.user));
    expect(proxied.length).toBeGreaterThan(5);
    expect(proxied.every((s) => [8075, 8068, 8069, 12076].includes(s.net.asn) && !s.interactive)).toBe(true);
  });

  test('mistyped passwords happen and are followed by a success from the same address', () => {
    const mistakes = normal.filter((s) => s.resultType === 50126 && people.includes(s.user));
    expect(mistakes.length).toBeGreaterThan(0);
    for (const f of mistakes)
      expect(normal.some((s) => s.user === f.user && s.interactive && s.resultType === 0 && s.net.ip === f.net.ip && s.time > f.time && s.time - f.time < 10 * MINUTE)).toBe(true);
  });

  test('nothing unlabelled is a legacy client, a hosting address other than a consumer VPN, or abroad', () => {
    const MODERN = new Set(['Browser', 'Mobile Apps and Desktop clients']);
    expect(normal.filter((s) => s.clientAppUsed && !MODERN.has(s.clientAppUsed)).map((s) => s.id)).toEqual([]);
    expect(normal.filter((s) => !['home', 'office', 'carrier', 'microsoft', 'consumer-vpn', 'cloud-pc', 'corporate-vpn', 'hotel'].includes(s.net.role)).map((s) => s.net.role)).toEqual([]);
    expect(normal.filter((s) => s.net.role === 'hotel' && s.net.place.country !== s.user.region.country && people.includes(s.user)).length).toBe(0);
  });

  test('no benign person moves between fixed places faster than a plane', () => {
    const attackRows = new Set(t.labels.filter((l) => l.expect === 'alert').flatMap((l) => l.eventIds));
    const fixed = (s: SignInSpec) => ['home', 'office', 'hotel', 'corporate-vpn'].includes(s.net.role) && !attackRows.has(s.id);
    const jumps: string[] = [];
    for (const u of people) {
      const rows = t.userRows(u.userPrincipalName).filter(fixed);
      for (let i = 1; i < rows.length; i++) {
        const km = distanceKm(rows[i - 1].net.place, rows[i].net.place);
        const hours = (rows[i].time - rows[i - 1].time) / HOUR;
        if (km > 200 && km / Math.max(hours, 1 / 60) > 900) jumps.push(`${u.userPrincipalName}: ${rows[i - 1].net.place.city} -> ${rows[i].net.place.city} in ${hours.toFixed(2)} h`);
      }
    }
    expect(jumps).toEqual([]);
  });
});

test('across tenants, consumer VPNs and personal browsers appear unlabelled too', () => {
  const all = TENANTS.map(planned).flatMap((t) => t.normal);
  expect(all.some((s) => s.net.role === 'consumer-vpn')).toBe(true);
  expect(all.some((s) => s.device.deviceId === '' && s.device.kind === 'desktop' && s.interactive && s.net.role === 'home')).toBe(true);
});
