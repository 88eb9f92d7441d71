/**
 * KQL on demand: a query folded under a one-line summary, highlighted when opened, with a Copy button, so the table
 * being taught stays on screen and the 60-160 lines of its Kusto twin are one click away. Where scripts cannot run
 * (an untrusted notebook, GitHub) the button does nothing and the text can still be selected and copied.
 */
import { escapeHtml } from '../escape';
import { highlightKql } from './kql-highlight';
import type { MimeBundle } from './mime-bundle';

export interface KqlBlockOptions {
  /** Shown open (default false: folded). */
  open?: boolean;
}

const COPY =
  "(function(b){var c=b.parentNode.querySelector('code');var t=c.innerText;" +
  "function done(){b.textContent='Copied';setTimeout(function(){b.textContent='Copy'},1500)}" +
  "function pick(){var r=document.createRange();r.selectNodeContents(c);var s=getSelection();s.removeAllRanges();s.addRange(r);" +
  "try{document.execCommand('copy');done()}catch(e){}}" +
  "if(navigator.clipboard){navigator.clipboard.writeText(t).then(done,pick)}else{pick()}})(this)";

const PRE = 'background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;padding:8px 10px;margin:4px 0;overflow-x:auto;font-size:12px;line-height:1.45;white-space:pre';
const BUTTON = 'position:absolute;top:6px;right:8px;font-size:11px;padding:1px 8px;cursor:pointer';

/**
 * A query to show folded: `await show(kqlBlock(tokenReplay.kql(params, { timespan: 'P7D' }), 'token replay'))`.
 *
 * @param query the KQL text
 * @param title what the query asks, shown in the summary line
 * @returns a bundle: folded, highlighted HTML and the plain query as text
 */
export function kqlBlock(query: string, title = 'query', options: KqlBlockOptions = {}): MimeBundle {
  const lines = query.replace(/\n+$/, '').split('\n').length;
  const summary = `KQL: ${title} (${lines} line${lines === 1 ? '' : 's'}; click to show, then Copy)`;
  return {
    'text/html':
      `<details class="signinlab-kql"${options.open ? ' open' : ''}><summary style="cursor:pointer;color:#57606a">${escapeHtml(summary)}</summary>` +
      `<div style="position:relative"><button type="button" style="${BUTTON}" onclick="${escapeHtml(COPY)}">Copy</button>` +
      `<pre style="${PRE}"><code>${highlightKql(query)}</code></pre></div></details>`,
    'text/plain': query,
  };
}
