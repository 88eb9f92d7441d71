/**
 * Text for terminals and text/plain outputs. Jupyter interprets ANSI escape sequences in text/plain, and so do
 * terminals, so every cell goes through the one terminal escaper (src/escape): control, bidi and zero-width
 * characters from sign-in fields (a UserAgent can hold anything) are shown as their code instead of being obeyed.
 */
import { escapeTerminal } from '../escape';
import { cellText } from './html-table';

/**
 * One table cell as inert text on one line: a tab as a space, a line break as ⏎, everything else the terminal would
 * obey shown as its code (\x1b, \u202e).
 *
 * @example plainCell('ok\u001b[31m\nnext') // 'ok\\x1b[31m⏎next'
 */
export function plainCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return escapeTerminal(s.replace(/\t/g, ' ').replace(/\r?\n/g, '⏎'));
}

/**
 * A fixed-width text table (cells escaped and cut to `width` characters) for text/plain and console output.
 *
 * @example textTable(['UserPrincipalName', 'Count'], [['alice@contoso.com', 3]])
 */
export function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[], width = 40): string {
  const cut = (v: unknown) => {
    const s = plainCell(cellText(v));
    return s.length > width ? s.slice(0, width - 1) + '…' : s;
  };
  const cells = [columns.map(cut), ...rows.map((r) => r.map(cut))];
  const widths = columns.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? '').length)));
  const line = (r: string[]) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
