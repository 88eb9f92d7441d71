/**
 * A Jupyter MIME bundle: one output in several representations; the front end draws the richest it knows. Every bundle
 * we build carries text/plain, so a terminal, a log or an old front end still shows something readable.
 */
export type MimeBundle = { 'text/plain': string } & Record<string, string | object>;

export const VEGA_LITE_MIME = 'application/vnd.vegalite.v6+json';
