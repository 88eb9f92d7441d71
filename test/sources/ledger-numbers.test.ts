/** The ledger's growable per-row numbers (src/sources/load-ledger.ts). */
import { Numbers } from '../../src/sources/load-ledger';

test('grows to hold any index, keeps what was set, and views exactly n numbers', () => {
  const n = new Numbers(new Uint32Array(2));
  n.set(0, 7);
  n.set(40, 9); // far past twice the capacity
  expect([n.get(0), n.get(40)]).toEqual([7, 9]);
  const v = n.view(100);
  expect(v).toHaveLength(100);
  expect([v[0], v[40], v[99]]).toEqual([7, 9, 0]);
  expect(n.view(3)).toEqual(Uint32Array.from([7, 0, 0]));
});
