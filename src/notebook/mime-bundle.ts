/**
 * A Jupyter MIME bundle: one output in several representations; the front end draws the richest it knows. Every bundle
 * we build carries text/plain, so a terminal, a log or an old front end still shows something readable.
 */
export type MimeBundle = { 'text/plain': string } & Record<string, string | object>;

/** Per-MIME display hints sent beside a bundle (e.g. the CSS size of a PNG drawn at 2x). */
export type MimeMetadata = Record<string, Record<string, unknown>>;

/**
 * The Vega-Lite MIME type charts are sent under. v5 is the newest one that JupyterLab's built-in renderer
 * (@jupyterlab/vega5-extension: v3, v4, v5) and VS Code's notebook renderers draw; our specs use nothing that
 * Vega-Lite 5 lacks, and the copy sent under this type names the v5 schema (see chartBundle).
 */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';
