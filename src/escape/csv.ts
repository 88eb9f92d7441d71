/**
 * CSV cells as RFC 4180 writes them, made safe to open in a spreadsheet. A cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets, so a UserAgent of
 * `=HYPERLINK("https://evil.example","Click")` would become a live link and `@SUM(...)` or `+cmd|...` a formula
 * (OWASP "CSV injection"). Such a cell gets a leading apostrophe, which spreadsheets show as text and hide; plain
 * numbers (-33.86, +1) cannot be formulas and are left as they are. The loaders drop that apostrophe again when they
 * read a Log Analytics CSV, so a file written here loads back to the same values.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** True when a spreadsheet would read `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * One CSV cell: neutralised when it would start a formula, quoted only when it holds a comma, quote or line break
 * (quotes doubled).
 *
 * @example escapeCsvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * @example escapeCsvCell('-33.86') // '-33.86'
 */
export function escapeCsvCell(text: string): string {
  const safe = isFormulaLike(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/**
 * A cell read from a CSV file with the apostrophe escapeCsvCell put in front of a formula removed again.
 * @example unescapeCsvCell("'=SUM(A1)") // '=SUM(A1)'
 */
export function unescapeCsvCell(text: string): string {
  return text.charCodeAt(0) === 39 && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
