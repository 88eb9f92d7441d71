import * as fs from 'fs';
import * as path from 'path';
import { COLUMNS, columnsOf } from '../../src/schema/columns';
import { TABLE_NAMES } from '../../src/schema/table-names';

const ref = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../fixtures/reference/tables.json'), 'utf8'),
) as Record<string, { name: string; type: string }[]>;

describe('column catalogue against the reference schema', () => {
  test('reference holds 98 SigninLogs and 88 non-interactive columns', () => {
    expect(ref.SigninLogs).toHaveLength(98);
    expect(ref.AADNonInteractiveUserSignInLogs).toHaveLength(88);
  });

  test.each(TABLE_NAMES)('%s: every column with its type, nothing extra', (table) => {
    const want = Object.fromEntries(ref[table].map((c) => [c.name, c.type]));
    const got = Object.fromEntries(columnsOf(table).map((c) => [c.name, c.type]));
    expect(got).toEqual(want);
  });

  test('every column has a meaning and names are unique', () => {
    expect(new Set(COLUMNS.map((c) => c.name)).size).toBe(COLUMNS.length);
    for (const c of COLUMNS) expect(c.meaning.length).toBeGreaterThan(0);
  });
});
