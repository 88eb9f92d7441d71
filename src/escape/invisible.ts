/**
 * Characters that change how text around them is shown without being seen themselves: controls (C0, DEL, C1),
 * format characters (bidi marks, embeddings, overrides and isolates, the Arabic letter mark U+061C, zero-width space,
 * joiners, word joiner, soft hyphen, BOM, the invisible tag characters U+E0000–E007F), the line and paragraph
 * separators U+2028/U+2029, Hangul fillers, and lone surrogates. In a UserPrincipalName or an app name they make two
 * different values look the same ("ad\u200bmin@contoso.com") or reorder what is shown (U+202E), so every escaper
 * here shows them as a visible code instead of passing or silently removing them.
 */
export const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Whether `s` holds any character of INVISIBLE. */
export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(s);
  INVISIBLE.lastIndex = 0;
  return found;
}

/**
 * The visible code of one character: `\xNN` below U+0100, `\uNNNN` in the basic plane, `\u{NNNNN}` above it.
 * @example codeOf('\u202e') // '\\u202e'
 */
export function codeOf(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** `value` as text: "" for null and undefined. */
export function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
}
