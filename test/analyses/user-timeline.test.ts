import { userTimeline } from '../../src/analyses/user-timeline';
import { isUserError } from '../../src/errors';
import { signIn, table } from '../rows';
import { ann, rows } from './two-users';

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

test("an address's place comes from its first row that records one (a row without location does not blank it)", () => {
  const t = table([
    signIn(ann, '2026-01-05T08:00', false, { IPAddress: '192.0.2.1' }),
    signIn(ann, '2026-01-05T08:05', false, { IPAddress: '192.0.2.1', City: 'London', CountryOrRegion: 'GB', AutonomousSystemNumber: '2856' }),
  ]);
  expect(userTimeline.run(t, { user: ann }).tables!.perIp).toEqual([
    { IPAddress: '192.0.2.1', City: 'London', CountryOrRegion: 'GB', AutonomousSystemNumber: '2856', Interactive: 0, NonInteractive: 2, Failures: 0, First: '2026-01-05T08:00:00.000Z', Last: '2026-01-05T08:05:00.000Z' },
  ]);
});
