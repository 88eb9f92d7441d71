/**
 * The one place that makes text from the data inert wherever it is rendered: HTML (report, notebooks), Markdown
 * (report, notebooks), terminal text (CLI output, error messages, text/plain) and CSV (the writers). Every escaper shows
 * control, bidi and zero-width characters as their code rather than passing or silently removing them. KQL literals are
 * escaped in src/kql/literals.ts (a query language, not a rendering).
 */
export { escapeHtml } from './html';
export { escapeMarkdown, codeBlock } from './markdown';
export { escapeTerminal, escapeTerminalLines } from './terminal';
export { escapeCsvCell, unescapeCsvCell, isFormulaLike } from './csv';
export { hasInvisible } from './invisible';
