import { union } from '../../src/analyses/union';
import { table } from '../rows';
import { rows } from './two-users';

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
