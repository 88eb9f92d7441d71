import { appFootprint } from '../../src/analyses/app-footprint';
import { union } from '../../src/analyses/union';
import { userTimeline } from '../../src/analyses/user-timeline';
import { isUserError } from '../../src/errors';
import { PLACES, signIn, table } from '../rows';

const ann = 'ann@contoso.com';
const ben = 'ben@contoso.com';
const office = { IPAddress: '192.0.2.1', AutonomousSystemNumber: '2856', ...PLACES.london };
const phone = { IPAddress: '198.51.100.9', AutonomousSystemNumber: '12345', ...PLACES.manchester };
const rows = [
  signIn(ann, '2026-01-05T08:00', true, { ...office, AppDisplayName: 'Office 365', SessionId: 's1' }),
  signIn(ann, '2026-01-05T08:05', false, { ...office, AppDisplayName: 'Microsoft Teams', SessionId: 's1' }),
  signIn(ann, '2026-01-05T08:10', false, { ...phone, AppDisplayName: 'Microsoft Teams' }),
  signIn(ann, '2026-01-05T07:50', true, { ...office, AppDisplayName: 'Office 365', ResultType: '50126', FailureReason: 'Invalid password' }),
  signIn(ben, '2026-01-05T09:00', true, { ...office, AppDisplayName: 'Azure Portal' }),
  signIn(ben, '2026-01-05T09:30', false, { ...office, AppDisplayName: 'OneDrive SyncEngine' }),
  signIn(ben, '2026-01-05T09:40', false, { ...office, AppDisplayName: 'OneDrive SyncEngine' }),
];

describe('union', () => {
  test('rows of both tables in time order, with a per-table summary', () => {
    const r = union.run(table(rows));
    expect(r.rows.map((x) => [x.CreatedDateTime.slice(11, 16), x.Type, x.IsInteractive])).toEqual([
      ['07:50', 'SigninLogs', true],
      ['08:00', 'SigninLogs', true],
      ['08:05', 'AADNonInteractiveUserSignInLogs', false],
      ['08:10', 'AADNonInteractiveUserSignInLogs', false],
      ['09:00', 'SigninLogs', true],
      ['09:30', 'AADNonInteractiveUserSignInLogs', false],
      ['09:40', 'AADNonInteractiveUserSignInLogs', false],
    ]);
    expect(r.tables!.summary).toEqual([
      { Type: 'SigninLogs', IsInteractive: true, Rows: 3, Share: 42.9, Users: 2, IPAddresses: 1, Apps: 2, First: '2026-01-05T07:50:00.000Z', Last: '2026-01-05T09:00:00.000Z' },
      { Type: 'AADNonInteractiveUserSignInLogs', IsInteractive: false, Rows: 4, Share: 57.1, Users: 2, IPAddresses: 2, Apps: 2, First: '2026-01-05T08:05:00.000Z', Last: '2026-01-05T09:40:00.000Z' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  test('a limit keeps the latest rows and says so', () => {
    const r = union.run(table(rows), { limit: 2 });
    expect(r.rows.map((x) => x.CreatedDateTime.slice(11, 16))).toEqual(['09:30', '09:40']);
    expect(r.warnings).toEqual(['Showing the latest 2 of 7 rows (parameter limit).']);
  });

  test('warns when the union aggregates across many users, not for one user', () => {
    expect(union.run(table(rows), { populationUsers: 1 }).warnings[0]).toContain('spans 2 users');
    const one = union.run(table(rows), { populationUsers: 1, user: 'ANN@contoso.com' });
    expect(one.rows).toHaveLength(4);
    expect(one.warnings).toEqual([]);
  });
});

describe('user-timeline', () => {
  test('one user, both tables, with per-IP and per-app summaries', () => {
    const r = userTimeline.run(table(rows), { user: ann });
    expect(r.rows.map((x) => [x.CreatedDateTime.slice(11, 16), x.AppDisplayName, x.IPAddress, x.ResultType])).toEqual([
      ['07:50', 'Office 365', '192.0.2.1', '50126'],
      ['08:00', 'Office 365', '192.0.2.1', '0'],
      ['08:05', 'Microsoft Teams', '192.0.2.1', '0'],
      ['08:10', 'Microsoft Teams', '198.51.100.9', '0'],
    ]);
    expect(r.rows[0]).toMatchObject({ City: 'London', CountryOrRegion: 'GB', AutonomousSystemNumber: '2856', FailureReason: 'Invalid password' });
    expect(r.tables!.perIp).toEqual([
      { IPAddress: '192.0.2.1', City: 'London', CountryOrRegion: 'GB', AutonomousSystemNumber: '2856', Interactive: 2, NonInteractive: 1, Failures: 1, First: '2026-01-05T07:50:00.000Z', Last: '2026-01-05T08:05:00.000Z' },
      { IPAddress: '198.51.100.9', City: 'Manchester', CountryOrRegion: 'GB', AutonomousSystemNumber: '12345', Interactive: 0, NonInteractive: 1, Failures: 0, First: '2026-01-05T08:10:00.000Z', Last: '2026-01-05T08:10:00.000Z' },
    ]);
    expect(r.tables!.perApp.map((a) => [a.AppDisplayName, a.Interactive, a.NonInteractive, a.Failures])).toEqual([
      ['Microsoft Teams', 0, 2, 0],
      ['Office 365', 2, 0, 1],
    ]);
  });

  test('a missing user is a clear UserError; an unknown one a warning', () => {
    let err: unknown;
    try {
      userTimeline.run(table(rows));
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toContain('needs a user');
    expect(userTimeline.run(table(rows), { user: 'nobody@contoso.com' }).warnings).toEqual(['No rows for nobody@contoso.com.']);
  });
});

describe('app-footprint', () => {
  test('per app: opened vs silent, with users', () => {
    const r = appFootprint.run(table(rows));
    expect(r.rows.map((a) => [a.AppDisplayName, a.Interactive, a.NonInteractive, a.Users, a.SilentOnly])).toEqual([
      ['Microsoft Teams', 0, 2, 1, true],
      ['Office 365', 2, 0, 1, false], // ties by name
      ['OneDrive SyncEngine', 0, 2, 1, true],
      ['Azure Portal', 1, 0, 1, false],
    ]);
  });

  test('for one user', () => {
    const r = appFootprint.run(table(rows), { user: ben });
    expect(r.rows.map((a) => a.AppDisplayName)).toEqual(['OneDrive SyncEngine', 'Azure Portal']);
  });
});
