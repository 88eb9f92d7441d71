import { FIELDS } from '../../src/schema/fields';
import { TABLE_NAMES } from '../../src/schema/table-names';
import { validateKql } from '../../src/kql/validate';

describe('the kql expression of every normalized field binds in both tables', () => {
  const cases = TABLE_NAMES.flatMap((t) => FIELDS.map((f) => [t, f.name, f.kql] as const));
  it.each(cases)('%s: %s', (table, name, expr) => {
    const r = validateKql(`${table} | project ${name} = ${expr} | take 1`);
    expect(r.diagnostics).toEqual([]);
  });
});
