import { countIf } from '../../src/table/aggregates';
import { groupBy } from '../../src/table/group-by';
import { rollup } from '../../src/table/rollup';
import { is, matches, not } from '../../src/table/row-test';
import { table } from '../rows';

const t = table([
  { at: '2026-01-05T09:00', ConditionalAccessStatus: 'Not Applied', IsInteractive: true },
  { at: '2026-01-05T09:01', ConditionalAccessStatus: 'notApplied', IsInteractive: false },
  { at: '2026-01-05T09:02', ConditionalAccessStatus: 'failure', IsInteractive: null },
  { at: '2026-01-05T09:03', ConditionalAccessStatus: 'Not Applied', Id: 'x 1' },
]);

describe('matches', () => {
  test('asks the predicate once per distinct dictionary value', () => {
    const seen: string[] = [];
    const notApplied = matches('ConditionalAccessStatus', (v) => {
      seen.push(v);
      return v.replace(/\s+/g, '').toLowerCase() === 'notapplied';
    });
    expect(t.where(notApplied).length).toBe(3);
    expect(seen.sort()).toEqual(['', 'Not Applied', 'failure', 'notApplied']);
  });

  test('text fields row by row; number fields refused', () => {
    expect(t.where(matches('Id', (v) => v.includes(' '))).length).toBe(1);
    expect(() => t.where(matches('Latitude', () => true))).toThrow(/dictionary or text field/);
  });
});

describe('is on a bool field', () => {
  test('true, false and null (absent) apart', () => {
    const [r] = rollup(groupBy(t, []), {
      Interactive: countIf(is('IsInteractive', true)),
      Silent: countIf(is('IsInteractive', false)),
      Unknown: countIf(is('IsInteractive', null)),
      NotInteractive: countIf(not(is('IsInteractive', true))),
    });
    expect(r).toEqual({ Interactive: 2, Silent: 1, Unknown: 1, NotInteractive: 2 });
  });
});
