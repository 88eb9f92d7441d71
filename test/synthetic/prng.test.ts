import { hash32, Rng, rngFor } from '../../src/sources/synthetic/prng';

describe('seeded random source', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  test('values stay in range', () => {
    const r = new Rng(7);
    for (let i = 0; i < 1000; i++) {
      const x = r.int(1, 5);
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(5);
      const y = r.next();
      expect(y >= 0 && y < 1).toBe(true);
    }
  });

  test('guids have the 8-4-4-4-12 version 4 form and do not repeat', () => {
    const r = new Rng(1);
    const ids = new Set(Array.from({ length: 2000 }, () => r.guid()));
    expect(ids.size).toBe(2000);
    for (const id of [...ids].slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('derived streams depend on every key', () => {
    expect(rngFor(1, 'user', 3).next()).toBe(rngFor(1, 'user', 3).next());
    expect(rngFor(1, 'user', 3).next()).not.toBe(rngFor(1, 'user', 4).next());
    expect(rngFor(2, 'user', 3).next()).not.toBe(rngFor(1, 'user', 3).next());
    expect(hash32('abc')).toBe(hash32('abc'));
  });

  test('sample returns distinct items', () => {
    const picked = new Rng(3).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });
});
