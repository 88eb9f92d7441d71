import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { isWeekend } from '../../src/sources/synthetic/day-plan';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';

const DAY = 86_400_000;
const gen = generateRows({ users: 25, days: 7, seed: 3 });
const specs = [...gen.specs()];
const planted = new Set(gen.labels.scenarios.flatMap((s) => s.eventIds));
const people = new Set(gen.users.map((u) => u.userPrincipalName));
const startMs = Date.parse(gen.labels.generator.start);
const laptop = (s: SignInSpec) => s.device.deviceId === s.user.laptop.deviceId;
const phone = (s: SignInSpec) => s.user.phone !== undefined && s.device.deviceId === s.user.phone.deviceId;

/** Per person and local day: successful interactive sign-ins and silent refreshes, planted rows left out. */
function perUserDay(keep: (s: SignInSpec) => boolean) {
  const m = new Map<string, { interactive: number; refresh: number; day: number }>();
  for (const s of specs) {
    if (planted.has(s.id) || s.scenario || !people.has(s.user.userPrincipalName) || !keep(s)) continue;
    const day = Math.floor((s.time + s.user.home.utcOffset * 3_600_000 - startMs) / DAY);
    const k = `${s.user.userPrincipalName}|${day}`;
    const v = m.get(k) ?? { interactive: 0, refresh: 0, day };
    if (s.interactive && s.resultType === 0) v.interactive++;
    if (!s.interactive) v.refresh++;
    m.set(k, v);
  }
  return m;
}

describe('volumes', () => {
  test('1-5 interactive sign-ins on the laptop per work day (one more after a move home), fewer on weekends', () => {
    const days = perUserDay(laptop);
    const workdays = [...days.values()].filter((v) => !isWeekend(startMs, v.day));
    expect(workdays.length).toBeGreaterThan(25 * 4);
    for (const v of workdays) {
      expect(v.interactive).toBeGreaterThanOrEqual(1);
      expect(v.interactive).toBeLessThanOrEqual(6);
    }
    const weekend = [...days.values()].filter((v) => isWeekend(startMs, v.day));
    const perWeekendDay = weekend.reduce((s, v) => s + v.interactive, 0) / (25 * 2);
    const perWorkDay = workdays.reduce((s, v) => s + v.interactive, 0) / workdays.length;
    expect(perWeekendDay).toBeLessThan(perWorkDay / 2);
  });

  test('tens to hundreds of silent refreshes per person per work day; phones refresh on weekends too', () => {
    const all = perUserDay(() => true);
    for (const v of all.values()) {
      if (isWeekend(startMs, v.day)) continue;
      expect(v.refresh).toBeGreaterThanOrEqual(10);
      expect(v.refresh).toBeLessThan(1500);
    }
    const phoneWeekend = [...perUserDay(phone).values()].filter((v) => isWeekend(startMs, v.day) && v.refresh > 0);
    expect(phoneWeekend.length).toBeGreaterThan(10);
  });

  test('people refresh 50-100 times per interactive sign-in overall; automated accounts sit where their label says', () => {
    const human = specs.filter((s) => people.has(s.user.userPrincipalName) && !planted.has(s.id));
    const interactive = human.filter((s) => s.interactive).length;
    const ratio = (human.length - interactive) / interactive;
    expect(ratio).toBeGreaterThanOrEqual(50);
    expect(ratio).toBeLessThanOrEqual(100);
    const automated = gen.labels.scenarios.filter((l) => l.detector === 'high-volume-ratio');
    expect(automated.length).toBeGreaterThanOrEqual(2);
    for (const l of automated) {
      const bot = specs.filter((s) => s.user.userPrincipalName === l.userPrincipalName);
      const botInteractive = bot.filter((s) => s.interactive).length;
      expect(botInteractive).toBeGreaterThan(0);
      const botRatio = (bot.length - botInteractive) / botInteractive;
      expect(l.expect === 'alert' ? botRatio > 500 : botRatio < 500).toBe(true);
    }
  });

  test("refreshes ride on a session the same person opened: the day's sign-in on a laptop or Cloud PC, the phone's long-lived one", () => {
    const opened = new Map<string, string>();
    for (const s of specs) if (s.interactive && s.resultType === 0 && s.sessionId) opened.set(s.sessionId, s.user.userPrincipalName);
    const unplanted = specs.filter((s) => !s.interactive && !planted.has(s.id) && people.has(s.user.userPrincipalName));
    expect(unplanted.length).toBeGreaterThan(1000);
    const orphans = unplanted.filter((s) => !phone(s) && opened.get(s.sessionId) !== s.user.userPrincipalName);
    expect(orphans.map((s) => `${s.id} ${s.app.name} ${s.net.role}`)).toEqual([]);
    const phoneSessions = new Map<string, Set<string>>();
    for (const s of unplanted.filter(phone)) phoneSessions.set(s.user.userPrincipalName, (phoneSessions.get(s.user.userPrincipalName) ?? new Set()).add(s.sessionId));
    // A phone keeps its session for days: most people have one or two over the week.
    const counts = [...phoneSessions.values()].map((x) => x.size);
    expect(counts.filter((n) => n <= 2).length / counts.length).toBeGreaterThan(0.7);
  });

  test('normal failures are rare and each is followed by a success of the same user from the same address', () => {
    const failures = specs.filter((s) => s.resultType !== 0 && !planted.has(s.id));
    const interactive = specs.filter((s) => s.interactive && !planted.has(s.id)).length;
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.length / interactive).toBeLessThan(0.25);
    for (const f of failures) {
      expect([50126, 50074, 50076]).toContain(f.resultType);
      const ok = specs.find((s) => s.user === f.user && s.resultType === 0 && s.interactive && s.time > f.time && s.time - f.time < 5 * 60_000);
      expect(ok?.net.ip).toBe(f.net.ip);
    }
  });
});
