import { createHash } from 'node:crypto';
import { generateRows } from '../../src/sources/synthetic/generate-rows';

function digest(options: Parameters<typeof generateRows>[0]): { hash: string; rows: number } {
  const h = createHash('sha256');
  let rows = 0;
  for (const row of generateRows(options)) {
    h.update(JSON.stringify(row) + '\n');
    rows++;
  }
  return { hash: h.digest('hex'), rows };
}

describe('determinism', () => {
  test('the same options give byte-identical rows and labels', () => {
    const a = digest({ users: 10, days: 2, seed: 5 });
    const b = digest({ users: 10, days: 2, seed: 5 });
    expect(a.rows).toBeGreaterThan(500);
    expect(b).toEqual(a);
    expect(JSON.stringify(generateRows({ users: 10, days: 2, seed: 5 }).labels)).toBe(JSON.stringify(generateRows({ users: 10, days: 2, seed: 5 }).labels));
  });

  test('another seed gives other rows and another scenario layout', () => {
    expect(digest({ users: 10, days: 2, seed: 6 }).hash).not.toBe(digest({ users: 10, days: 2, seed: 5 }).hash);
    const layout = (seed: number) =>
      generateRows({ users: 25, days: 7, seed }).labels.scenarios.map((s) => `${s.id} ${s.userPrincipalName ?? ''} ${s.ipAddress} ${s.first.slice(0, 10)}`);
    const one = layout(1);
    const two = layout(2);
    expect(two).not.toEqual(one);
    // Not just shifted: most scenarios change victim, address or day.
    expect(two.filter((x, i) => x !== one[i]).length).toBeGreaterThan(one.length / 2);
  });

  test('rows come in CreatedDateTime order', () => {
    let last = -Infinity;
    for (const row of generateRows({ users: 12, days: 3, seed: 9 })) {
      const t = Date.parse(row.CreatedDateTime as string);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
  });

  test('the default start is 2025-06-02 and options are checked', () => {
    expect(generateRows({ users: 1, days: 1 }).labels.generator).toMatchObject({ seed: 1, users: 1, days: 1, start: '2025-06-02T00:00:00Z' });
    expect(() => generateRows({ users: 0 })).toThrow(/users must be a whole number/);
    expect(() => generateRows({ days: 1.5 })).toThrow(/days/);
    expect(() => generateRows({ start: 'yesterday' })).toThrow(/start must be an ISO date/);
  });
});
