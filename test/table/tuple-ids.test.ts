import { TupleIds } from '../../src/table/tuple-ids';

describe('TupleIds', () => {
  test.each([
    ['small bounds (typed-array lookup)', [3, 5]],
    ['open bounds (Map lookup)', [Infinity, Infinity]],
    ['a bound too large for a typed array', [4, 1_000_000]],
  ])('%s: dense ids in order of first appearance, codes recovered', (_, bounds) => {
    const ids = new TupleIds(bounds);
    const id = (a: number, b: number) => ids.step(1, ids.step(0, 0, a), b);
    expect([id(2, 4), id(0, 1), id(2, 4), id(2, 1), id(0, 1)]).toEqual([0, 1, 0, 2, 1]);
    expect(ids.size).toBe(3);
    expect([0, 1, 2].map((i) => ids.codesOf(i))).toEqual([[2, 4], [0, 1], [2, 1]]);
  });

  test('no keys: one tuple', () => {
    expect(new TupleIds([]).size).toBe(1);
  });

  test('a code past an open bound is refused rather than colliding', () => {
    const ids = new TupleIds([Infinity, Infinity]);
    expect(() => ids.step(1, 0, 2 ** 26)).toThrow(/distinct values/);
  });
});

test('an open bound never allocates a lookup table of its multiplier (2^26 entries)', () => {
  const before = process.memoryUsage().arrayBuffers;
  const ids = new TupleIds([Infinity, 3]);
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 2 ** 20);
  expect(ids.step(1, ids.step(0, 0, 5), 2)).toBe(0);
});
