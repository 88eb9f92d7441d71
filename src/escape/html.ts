/**
 * HTML escaping for every value the report and the notebooks print. Sign-in fields such as UserAgent,
 * UserDisplayName, City and AppDisplayName are chosen by whoever signs in, attackers included, so nothing from the
 * data reaches a page unescaped. The five characters cover text content and double- or single-quoted attribute values;
 * controls, bidi and zero-width characters are shown as their code (`\u202e`), so a look-alike name looks different.
 * Tab, LF and CR stay as they are (white space in HTML; line breaks inside <pre>).
 */
import { codeOf, INVISIBLE, textOf } from './invisible';

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

const SPECIAL = new RegExp(`[&<>"']|${INVISIBLE.source}`, 'gu');

/**
 * Escapes text for HTML content and quoted attributes.
 *
 * @param value any value; null and undefined become ""
 * @returns the text with & < > " ' as entities and invisible characters as visible codes
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(value: unknown): string {
  return textOf(value).replace(SPECIAL, (c) => ENTITIES.get(c) ?? (c === '\t' || c === '\n' || c === '\r' ? c : codeOf(c)));
}
