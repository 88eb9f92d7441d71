/**
 * Kusto's term matching (`has`, `hasprefix`, `hassuffix`, `has_any`, `has_all`): a string is split into maximal runs
 * of letters and digits (terms); `has` is true when the needle is a whole term (or a whole run of terms with the
 * punctuation between them). Case-insensitive unless a `_cs` operator asks otherwise. "KustoExplorerQueryRun" has
 * "Explorer" is false; contains is true (docs: datatypes-string-operators, "What is a term?").
 */

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (ch: string | undefined) => ch !== undefined && ALNUM.test(ch);

function find(hay: string, needle: string, caseSensitive: boolean, before: boolean, after: boolean): boolean {
  if (needle === '') return true;
  const h = caseSensitive ? hay : hay.toLowerCase();
  const n = caseSensitive ? needle : needle.toLowerCase();
  const first = isAlnum(n[0]);
  const last = isAlnum(n[n.length - 1]);
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    const okBefore = !before || !first || !isAlnum(h[i - 1]);
    const okAfter = !after || !last || !isAlnum(h[i + n.length]);
    if (okBefore && okAfter) return true;
  }
  return false;
}

/** `hay has needle`. */
export const hasTerm = (hay: string, needle: string, cs = false) => find(hay, needle, cs, true, true);
/** `hay hasprefix needle`: some term starts with the needle. */
export const hasPrefix = (hay: string, needle: string, cs = false) => find(hay, needle, cs, true, false);
/** `hay hassuffix needle`: some term ends with the needle. */
export const hasSuffix = (hay: string, needle: string, cs = false) => find(hay, needle, cs, false, true);

/** `contains`: substring, case-insensitive unless cs. */
export function containsText(hay: string, needle: string, cs = false): boolean {
  return cs ? hay.includes(needle) : hay.toLowerCase().includes(needle.toLowerCase());
}

export function startsWithText(hay: string, needle: string, cs = false): boolean {
  return cs ? hay.startsWith(needle) : hay.toLowerCase().startsWith(needle.toLowerCase());
}

export function endsWithText(hay: string, needle: string, cs = false): boolean {
  return cs ? hay.endsWith(needle) : hay.toLowerCase().endsWith(needle.toLowerCase());
}

/** `like`-free equality that ignores case (`=~`). */
export function equalsIgnoreCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
