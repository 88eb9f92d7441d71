import { appFootprint } from '../../src/analyses/app-footprint';
import { table } from '../rows';
import { ben, rows } from './two-users';

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
