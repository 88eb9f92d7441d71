/** The busiest window of a time-ordered list: how many distinct keys (accounts) fall inside any span of `windowMs`. */

/** The most distinct keys within any window of `windowMs` over time-sorted `ks`, and where that window starts. */
export function slidingPeak(
  ks: readonly number[],
  at: (k: number) => number,
  keyOf: (k: number) => number,
  windowMs: number,
): { accounts: number; start: number } {
  const count = new Map<number, number>();
  let lo = 0;
  let best = { accounts: 0, start: NaN };
  for (let hi = 0; hi < ks.length; hi++) {
    const key = keyOf(ks[hi]);
    count.set(key, (count.get(key) ?? 0) + 1);
    while (at(ks[hi]) - at(ks[lo]) > windowMs) {
      const old = keyOf(ks[lo]);
      const n = count.get(old)! - 1;
      if (n === 0) count.delete(old);
      else count.set(old, n);
      lo++;
    }
    if (count.size > best.accounts) best = { accounts: count.size, start: at(ks[lo]) };
  }
  return best;
}
