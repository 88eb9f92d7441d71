/**
 * Text for terminals and text/plain outputs. Jupyter interprets ANSI escape sequences in text/plain, and so do
 * terminals, so control characters from sign-in fields (a UserAgent can hold anything) are shown as \xNN instead of
 * being obeyed.
 */
import { terminalVisible } from '../terminal-text';
import { cellText } from './html-table';

/**
 * Control characters (C0, DEL, C1) as visible \xNN and bidi controls as \uNNNN; tab kept as a space, newlines as ⏎
 * (one value stays on one line).
 */
export function escapeTerminal(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return terminalVisible(s.replace(/\t/g, ' ').replace(/\n/g, '⏎'));
}

/**
 * A fixed-width text table (cells escaped and cut to `width` characters) for text/plain and console output.
 *
 * @example textTable(['UserPrincipalName', 'Count'], [['alice@contoso.com', 3]])
 */
export function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[], width = 40): string {
  const cut = (v: unknown) => {
    const s = escapeTerminal(cellText(v));
    return s.length > width ? s.slice(0, width - 1) + '…' : s;
  };
  const cells = [columns.map(cut), ...rows.map((r) => r.map(cut))];
  const widths = columns.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? '').length)));
  const line = (r: string[]) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
