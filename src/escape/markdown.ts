/**
 * Markdown escaping for the report's Markdown form and for Markdown in notebooks. A Markdown viewer (Jupyter included)
 * renders raw HTML, links and autolinks, so a hostile UserAgent or AppDisplayName could otherwise become a
 * `javascript:` link or an `<img onerror>`. Values are made inert rather than pretty: every character with inline
 * meaning is backslash-escaped, `<` `>` `&` become entities (no raw HTML, no entity tricks), scheme, `www.` and e-mail
 * autolinks are broken, a leading character that would open a heading, list or rule is escaped, line breaks are shown
 * as a visible mark so a value cannot end a table row or start a block, and controls, bidi and zero-width characters
 * are shown as their code.
 */
import { codeOf, INVISIBLE, textOf } from './invisible';

/** Characters with inline meaning in CommonMark / GFM (emphasis, code, links, images, tables, strikethrough, math). */
const INLINE = /[\\`*_[\]()|~!{}$]/g;
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

/**
 * Escapes a value for a Markdown paragraph or table cell.
 *
 * @param value any value; null and undefined become ""
 * @returns a single line that renders as the literal text of the value
 * @example escapeMarkdown('| x | [link](javascript:alert(1))') // '\\| x \\| \\[link\\]\\(javascript:alert\\(1\\)\\)'
 */
export function escapeMarkdown(value: unknown): string {
  return textOf(value)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' \u21b5 ')
    .replace(/[&<>]/g, (c) => ENTITIES.get(c) ?? c)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(INVISIBLE, codeOf)
    .replace(/:(?=\/\/)/g, '\\:') // http://, ftp://, any scheme:// autolink
    .replace(/(www)\./gi, '$1\\.') // www. autolink
    .replace(/@/g, '\\@') // e-mail autolink
    .replace(/^(\s*)([#+\-=])/, '$1\\$2') // a heading, bullet or rule if the value starts a line
    .replace(/^(\s*\d{1,9})\.(?=\s|$)/, '$1\\.'); // an ordered list item (a ")" marker is already escaped)
}

/**
 * A fenced code block that its content cannot close: the fence is longer than the longest run of backticks inside.
 *
 * @param code the code, shown verbatim
 * @param info the info string (language), e.g. "kql"
 * @example codeBlock('SigninLogs | take 10', 'kql') // '```kql\nSigninLogs | take 10\n```'
 */
export function codeBlock(code: string, info = ''): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info.replace(/[`\s]/g, '')}\n${code.replace(/\r\n?/g, '\n')}\n${fence}`;
}
