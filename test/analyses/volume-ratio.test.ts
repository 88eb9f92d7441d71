import { volumeRatio } from '../../src/analyses/volume-ratio';
import { signIn, table, type TestRow } from '../rows';

/** n events of one user on 2026-01-DD, a minute apart from 06:00 (wrapping after 15 hours). */
function events(user: string, day: number, n: number, interactive: boolean): TestRow[] {
  return Array.from({ length: n }, (_, i) => {
    const t = new Date(Date.UTC(2026, 0, day, 6, i % 900)).toISOString().slice(0, 16);
    return signIn(user, t, interactive);
  });
}

const rows = [
  ...events('normal@contoso.com', 5, 2, true),
  ...events('normal@contoso.com', 5, 120, false), // 60:1
  ...events('burst@contoso.com', 5, 1, true),
  ...events('burst@contoso.com', 5, 600, false), // 600:1 on the 5th
  ...events('burst@contoso.com', 6, 2, true),
  ...events('burst@contoso.com', 6, 100, false), // 50:1 on the 6th; 700:3 = 233.3 over the period
  ...events('periodic@contoso.com', 5, 1, true),
  ...events('periodic@contoso.com', 5, 300, false), // 300:1 on its only interactive day
  ...events('periodic@contoso.com', 6, 300, false),
  ...events('periodic@contoso.com', 7, 300, false), // 900:1 over the period
  ...events('robot@contoso.com', 5, 2100, false), // no interactive sign-in at all: 2100 / 1
  ...events('quiet@contoso.com', 5, 1, true),
  ...events('quiet@contoso.com', 5, 50, false), // 51 events: too few to judge
];

describe('volume-ratio', () => {
  const r = volumeRatio.run(table(rows));
  const byUser = Object.fromEntries(r.rows.map((x) => [x.UserPrincipalName, x]));

  test('counts and ratios per user, over the period and at the peak day', () => {
    expect(byUser['normal@contoso.com']).toMatchObject({ Interactive: 2, NonInteractive: 120, Ratio: 60, PeakDayRatio: 60, JudgedRatio: 60, Assessment: 'normal' });
    expect(byUser['burst@contoso.com']).toMatchObject({
      Interactive: 3,
      NonInteractive: 700,
      Ratio: 233.3,
      Days: 2,
      PeakDay: '2026-01-05',
      PeakDayRatio: 600,
      SuspiciousDays: 1,
      JudgedRatio: 600,
      Assessment: 'suspicious',
    });
    expect(byUser['periodic@contoso.com']).toMatchObject({ Ratio: 900, PeakDayRatio: 300, SuspiciousDays: 0, JudgedRatio: 900, Assessment: 'suspicious' });
    expect(byUser['robot@contoso.com']).toMatchObject({ Interactive: 0, Ratio: null, NoInteractive: true, PeakDay: '', PeakDayRatio: null, JudgedRatio: 2100, Assessment: 'suspicious' });
    expect(byUser['quiet@contoso.com'].Assessment).toBe('too few events');
    expect(r.rows.map((x) => x.UserPrincipalName)).toEqual([
      'robot@contoso.com',
      'periodic@contoso.com',
      'burst@contoso.com',
      'normal@contoso.com',
      'quiet@contoso.com',
    ]);
  });

  test('per-day table', () => {
    const burst = r.tables!.perDay.filter((d) => d.UserPrincipalName === 'burst@contoso.com');
    expect(burst).toEqual([
      { UserPrincipalName: 'burst@contoso.com', Day: '2026-01-05', Interactive: 1, NonInteractive: 600, Ratio: 600 },
      { UserPrincipalName: 'burst@contoso.com', Day: '2026-01-06', Interactive: 2, NonInteractive: 100, Ratio: 50 },
    ]);
    expect(r.tables!.perDay.find((d) => d.UserPrincipalName === 'periodic@contoso.com' && d.Day === '2026-01-06')!.Ratio).toBeNull();
  });

  const found = [...r.findings].sort((a, b) => String(a.userPrincipalName).localeCompare(String(b.userPrincipalName)));

  test('findings: severity by how far above 500:1', () => {
    expect(found.map((f) => [f.userPrincipalName, f.detector, f.severity])).toEqual([
      ['burst@contoso.com', 'high-volume-ratio', 'low'], // 600 < 2 x 500
      ['periodic@contoso.com', 'high-volume-ratio', 'low'], // 900 < 1000
      ['robot@contoso.com', 'high-volume-ratio', 'high'], // 2100 >= 4 x 500
    ]);
  });

  test('a burst spans its suspicious day; a period-wide ratio spans the period', () => {
    const [burst, periodic, robot] = found;
    expect([burst.first, burst.last]).toEqual(['2026-01-05T06:00:00.000Z', '2026-01-05T15:59:00.000Z']); // 600th refresh at 06:00 + 599 min
    expect([periodic.first, periodic.last]).toEqual(['2026-01-05T06:00:00.000Z', '2026-01-07T10:59:00.000Z']);
    expect(burst.evidence.rows).toHaveLength(10);
    expect(burst.evidence.rows.every((e) => e.Type === 'AADNonInteractiveUserSignInLogs' && e.CreatedDateTime.startsWith('2026-01-05'))).toBe(true);
    expect(periodic.summary).toContain('900:1 non-interactive to interactive events over 3 day(s)');
    expect(robot.summary).toContain('no interactive sign-in at all');
  });

  test('thresholds are parameters', () => {
    const strict = volumeRatio.run(table(rows), { suspicious: 50 });
    expect(strict.findings.map((f) => f.userPrincipalName).sort()).toEqual(['burst@contoso.com', 'normal@contoso.com', 'periodic@contoso.com', 'robot@contoso.com']);
  });

  test('the severity bands are parameters too', () => {
    const bands = volumeRatio.run(table(rows), { mediumMultiple: 1.1, highMultiple: 1.5 });
    const sev = Object.fromEntries(bands.findings.map((f) => [f.userPrincipalName, f.severity]));
    expect(sev).toEqual({ 'burst@contoso.com': 'medium', 'periodic@contoso.com': 'high', 'robot@contoso.com': 'high' }); // 600 >= 550, 900 >= 750
    expect(volumeRatio.findingsFromRows!(bands.rows, bands.parameters).map((f) => f.severity).sort()).toEqual(['high', 'high', 'medium']);
  });

  test('findings from rows alone match the local ones', () => {
    const again = volumeRatio.findingsFromRows!(r.rows, r.parameters);
    const key = (fs: typeof again) => fs.map((f) => [f.userPrincipalName, f.severity, f.first, f.last].join(' ')).sort();
    expect(key(again)).toEqual(key(r.findings));
    expect(again).toHaveLength(3);
  });
});
