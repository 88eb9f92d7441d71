import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { isWeekend } from '../../src/sources/synthetic/day-plan';

const DAY = 86_400_000;
const gen = generateRows({ users: 25, days: 7, seed: 3 });
const specs = [...gen.specs()];
const planted = new Set(gen.labels.scenarios.flatMap((s) => s.eventIds));
const people = new Set(gen.users.map((u) => u.userPrincipalName));
const startMs = Date.parse(gen.labels.generator.start);

/** Per person and local day: successful interactive sign-ins and silent refreshes, planted rows left out. */
function perUserDay() {
  const m = new Map<string, { interactive: number; refresh: number; day: number }>();
  for (const s of specs) {
    if (planted.has(s.id) || !people.has(s.user.userPrincipalName)) continue;
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
  const days = perUserDay();

  test('1-5 interactive sign-ins per person per work day, fewer on weekends', () => {
    const workdays = [...days.values()].filter((v) => !isWeekend(startMs, v.day));
    expect(workdays.length).toBeGreaterThan(25 * 4);
    for (const v of workdays) {
      expect(v.interactive).toBeGreaterThanOrEqual(1);
      expect(v.interactive).toBeLessThanOrEqual(5);
    }
    const weekend = [...days.values()].filter((v) => isWeekend(startMs, v.day));
    const perWeekendDay = weekend.reduce((s, v) => s + v.interactive, 0) / (25 * 2);
    const perWorkDay = workdays.reduce((s, v) => s + v.interactive, 0) / workdays.length;
    expect(perWeekendDay).toBeLessThan(perWorkDay / 2);
  });

  test('tens to hundreds of silent refreshes per person per work day', () => {
    for (const v of days.values()) {
      if (isWeekend(startMs, v.day)) continue;
      expect(v.refresh).toBeGreaterThanOrEqual(10);
      expect(v.refresh).toBeLessThan(1000);
    }
  });

  test('people refresh 50-100 times per interactive sign-in overall; the automated account over 500', () => {
    const human = specs.filter((s) => people.has(s.user.userPrincipalName) && !planted.has(s.id));
    const interactive = human.filter((s) => s.interactive).length;
    const ratio = (human.length - interactive) / interactive;
    expect(ratio).toBeGreaterThanOrEqual(50);
    expect(ratio).toBeLessThanOrEqual(100);
    const bot = specs.filter((s) => s.user.userPrincipalName.startsWith('svc-'));
    const botInteractive = bot.filter((s) => s.interactive).length;
    expect(botInteractive).toBeGreaterThan(0);
    expect((bot.length - botInteractive) / botInteractive).toBeGreaterThan(500);
  });

  test('refreshes share the SessionId of the same user-day interactive sign-in', () => {
    const sessions = new Map<string, string>();
    for (const s of specs) if (s.interactive && s.resultType === 0 && s.sessionId) sessions.set(s.sessionId, s.user.userPrincipalName);
    const unplanted = specs.filter((s) => !s.interactive && !planted.has(s.id));
    expect(unplanted.length).toBeGreaterThan(1000);
    const orphans = unplanted.filter((s) => sessions.get(s.sessionId) !== s.user.userPrincipalName);
    expect(orphans.map((s) => s.id)).toEqual([]);
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
