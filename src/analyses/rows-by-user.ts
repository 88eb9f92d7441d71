/** Groups a table's rows by user in one pass over the dictionary codes (no row objects). */
import type { SignInTable } from '../table/signin-table';

/**
 * Row numbers (k) of each user, keyed by the UserPrincipalName dictionary code, each list in time order.
 * `keep(p)` sees the row's position in the underlying columns and can skip rows cheaply (e.g. failures).
 */
export function rowsByUser(table: SignInTable, keep: (p: number) => boolean = () => true): Map<number, number[]> {
  const upn = table.column('UserPrincipalName').codes;
  const time = table.column('CreatedDateTime').values;
  const out = new Map<number, number[]>();
  let sorted = true;
  let prev = -Infinity;
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    if (!keep(p)) continue;
    const u = upn[p];
    let list = out.get(u);
    if (!list) out.set(u, (list = []));
    list.push(k);
    if (time[p] < prev) sorted = false;
    prev = time[p];
  }
  if (!sorted) {
    for (const list of out.values()) list.sort((a, b) => time[table.position(a)] - time[table.position(b)] || a - b);
  }
  return out;
}

/** Index of the first element of the ascending `values` that is >= `x` (values.length when none). */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
