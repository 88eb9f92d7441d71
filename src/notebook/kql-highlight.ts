/**
 * KQL as highlighted HTML, for notebooks and the report. Prism (prismjs, with its Kusto grammar) splits the query into
 * tokens; each token is escaped with the one HTML escaper and coloured with an inline style, so the colours survive
 * where stylesheets are stripped (Jupyter outputs, exported HTML, the report's CSP allows inline styles only).
 * Prism only colours: the text that comes out is the query exactly as it went in.
 */
import { escapeHtml } from '../escape';

type PrismToken = string | { type: string; alias?: string | string[]; content: PrismToken | PrismToken[] };

/** Colour per Prism token type (GitHub's light palette; unlisted types stay black). */
export const KQL_TOKEN_STYLES: Record<string, string> = {
  comment: 'color:#6a737d;font-style:italic',
  string: 'color:#032f62',
  keyword: 'color:#d73a49',
  verb: 'color:#d73a49;font-weight:bold',
  command: 'color:#d73a49',
  'class-name': 'color:#6f42c1',
  function: 'color:#6f42c1',
  boolean: 'color:#005cc5',
  number: 'color:#005cc5',
  datetime: 'color:#005cc5',
  operator: 'color:#d73a49',
};

interface PrismModule {
  tokenize(text: string, grammar: object): PrismToken[];
  languages: Record<string, object>;
}

let prism: PrismModule | undefined;

function loadPrism(): PrismModule {
  if (prism) return prism;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const p = require('prismjs') as PrismModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('prismjs/components/prism-kusto');
  return (prism = p);
}

function render(token: PrismToken | PrismToken[]): string {
  if (Array.isArray(token)) return token.map(render).join('');
  if (typeof token === 'string') return escapeHtml(token);
  const style = KQL_TOKEN_STYLES[token.type] ?? KQL_TOKEN_STYLES[[token.alias].flat()[0] ?? ''];
  const inner = render(token.content);
  return style ? `<span style="${style}">${inner}</span>` : inner;
}

/**
 * The query as HTML (escaped, coloured with inline styles), for inside a <pre><code>.
 *
 * @example highlightKql('SigninLogs | where ResultType != "0"')
 */
export function highlightKql(query: string): string {
  const p = loadPrism();
  return render(p.tokenize(query, p.languages.kusto));
}
