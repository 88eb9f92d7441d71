/**
 * Text from the logs or the file system made inert for a terminal (and for Jupyter's text/plain, which obeys ANSI
 * escapes too). A sign-in field (UPN, city, app name, user agent), a file name, a CSV header or a server's error text
 * can hold anything: ESC starts sequences that clear the screen (CSI), write the clipboard (OSC 52) or draw links
 * (OSC 8); bidi controls reorder what is shown; zero-width characters make look-alike names. Each such character is
 * shown as its code (`\x1b`, `\u202e`, `\u200b`), so what is printed is what is there, and one value stays one line.
 */
import { codeOf, INVISIBLE, textOf } from './invisible';

/**
 * A value as one line of inert terminal text: every control, format, separator and zero-width character shown as
 * its code (a newline too).
 *
 * @param value any value; null and undefined become ""
 * @example escapeTerminal('ad\u200bmin\u001b[2J') // 'ad\\u200bmin\\x1b[2J'
 */
export function escapeTerminal(value: unknown): string {
  return textOf(value).replace(INVISIBLE, codeOf);
}

/**
 * Like escapeTerminal, but line breaks (LF, and CR LF) are kept: for multi-line text of our own that quotes input,
 * such as help or a table whose cells were escaped one by one.
 *
 * @example escapeTerminalLines('a\nb\u001b') // 'a\nb\\x1b'
 */
export function escapeTerminalLines(value: unknown): string {
  return textOf(value)
    .split(/\r?\n/)
    .map((line) => escapeTerminal(line))
    .join('\n');
}
