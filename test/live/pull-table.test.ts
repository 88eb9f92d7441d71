/**
 * The bisecting pull against a fake service (no network): every row exactly once for any cap, capped answers never kept,
 * density-based pre-splitting saves wasted queries, and the query budget bounds the loop.
 */
import { pullTable } from '../../src/sources/live/pull-table';
import type { QueryAnswer } from '../../src/sources/live/run-query';
import type { TimeWindow } from '../../src/sources/live/time-window';

/** A fake table: row i at time times[i]; answers cut at `cutAt` rows and marked partial (like the 64 MB cap). */
function fakeService(times: number[], cutAt: number) {
  const asked: TimeWindow[] = [];
  const ask = async (w: TimeWindow): Promise<QueryAnswer> => {
    asked.push(w);
    const hits = times.map((t, i) => ({ Id: `r${i}`, t })).filter((r) => r.t >= w.start && r.t < w.end);
    if (hits.length > cutAt) return { complete: false, reason: 'E_QUERY_RESULT_SET_TOO_LARGE', rows: cutAt };
    return { complete: true, columns: ['Id', 't'], rows: hits };
  };
  return { ask, asked };
}

function spread(n: number, seed: number, span: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % span;
  });
}

test.each([
  [500, 1, 37, 1000],
  [800, 2, 64, 64],
  [300, 3, 7, 50],
  [1000, 4, 250, 100_000],
])('%i rows (seed %i), cut at %i, row cap %i: every row once', async (n, seed, cutAt, maxRowsPerQuery) => {
  const times = spread(n, seed, 86_400_000);
  times.push(43_200_000, 43_200_000, 43_199_999, 43_200_001); // on and around the first midpoint
  const { ask } = fakeService(times, cutAt);
  const got: string[] = [];
  const stats = await pullTable({ table: 'SigninLogs', window: { start: 0, end: 86_400_000 }, ask, onRows: (r) => got.push(...r.map((x) => String(x.Id))), maxRowsPerQuery });
  expect(got.sort()).toEqual(times.map((_, i) => `r${i}`).sort());
  expect(stats.rows).toBe(times.length);
});

test('pre-splitting from the measured density wastes fewer queries than blind bisection', async () => {
  const times = Array.from({ length: 4096 }, (_, i) => i * 1000); // uniform
  const learned = fakeService(times, 100);
  let wasted = 0;
  await pullTable({ table: 'SigninLogs', window: { start: 0, end: 4_096_000 }, ask: learned.ask, onRows: () => undefined, maxRowsPerQuery: 500_000, onProgress: (p) => void (p.outcome === 'split' && wasted++) });
  // Blind bisection of a uniform table wastes one query per internal node: leaves - 1.
  const leaves = learned.asked.length - wasted;
  expect(leaves).toBeGreaterThanOrEqual(41);
  expect(wasted).toBeLessThan(leaves / 4);
});

test('the query budget ends a pull that cannot finish, with a clear message', async () => {
  const { ask } = fakeService(spread(1000, 9, 1_000_000), 3);
  await expect(pullTable({ table: 'AADNonInteractiveUserSignInLogs', window: { start: 0, end: 1_000_000 }, ask, onRows: () => undefined, maxRowsPerQuery: 3, maxQueries: 50 })).rejects.toThrow(
    /AADNonInteractiveUserSignInLogs: gave up after 50 queries at .*pull a shorter timespan/,
  );
});
