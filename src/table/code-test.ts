/**
 * A row test that is one lookup, `mask[codes[p] + offset]`: tests on dictionary fields (offset 0) and bool fields
 * (values -1 / 0 / 1, offset 1) are built this way and keep their mask visible, so `not` inverts it, `and` / `or` of
 * two tests on one column merge masks, and countIf counts with one typed-array loop instead of a call per row.
 */
export interface CodeTest {
  (position: number): boolean;
  readonly codes: ArrayLike<number>;
  readonly mask: Uint8Array;
  readonly offset: number;
}

export function codeTest(codes: ArrayLike<number>, mask: Uint8Array, offset = 0): CodeTest {
  return Object.assign((p: number) => mask[codes[p] + offset] === 1, { codes, mask, offset });
}

export function isCodeTest(t: (position: number) => boolean): t is CodeTest {
  return 'mask' in t;
}

/** Two tests on the same column merged code by code (`both` true: and; false: or); null when they read different columns. */
export function mergeCodeTests(a: (p: number) => boolean, b: (p: number) => boolean, both: boolean): CodeTest | null {
  if (!isCodeTest(a) || !isCodeTest(b) || a.codes !== b.codes || a.offset !== b.offset) return null;
  const mask = Uint8Array.from(a.mask, (m, i) => (both ? m & b.mask[i] : m | b.mask[i]));
  return codeTest(a.codes, mask, a.offset);
}
