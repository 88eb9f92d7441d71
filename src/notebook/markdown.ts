/**
 * Markdown for notebook outputs. Jupyter renders HTML (and $…$ math) found inside Markdown, so any value interpolated
 * into Markdown (a UPN, a city, an app name) goes through the one Markdown escaper the report uses (src/escape).
 */
import { escapeMarkdown } from '../escape';
import type { MimeBundle } from './mime-bundle';

/** Text to display as Markdown (what `show()` does with it). */
export interface Markdown {
  readonly markdown: string;
}

export function isMarkdown(x: unknown): x is Markdown {
  return typeof x === 'object' && x !== null && typeof (x as Markdown).markdown === 'string' && Object.keys(x).length === 1;
}

/**
 * Tagged template for Markdown: the literal parts are yours, every interpolated value is escaped.
 *
 * @example show(md`**${finding.userPrincipalName}** signed in from ${city}`)
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): Markdown {
  let out = strings[0];
  values.forEach((v, k) => (out += escapeMarkdown(v) + strings[k + 1]));
  return { markdown: out };
}

/** Trusted Markdown text as it is (your own prose; use `md` for anything holding data). */
export function markdown(text: string): Markdown {
  return { markdown: text };
}

export function markdownBundle(m: Markdown): MimeBundle {
  return { 'text/markdown': m.markdown, 'text/plain': m.markdown };
}
