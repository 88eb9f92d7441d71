/**
 * `show(x)`: the one display call notebooks need. In a tslab notebook it sends a rich output (HTML table, chart,
 * Markdown); anywhere else it prints the text version.
 *
 * A chart is sent through the kernel's display_data writer as one bundle (tslab's public display.raw sends one MIME
 * type per call, which would split a chart into outputs that each front end draws separately):
 *
 *   1. at once: the Vega-Lite spec and a text line (a live front end with a renderer draws it immediately);
 *   2. when drawn: the same output replaced by spec + PNG (+ text), so exports and Notebook 6 keep a picture;
 *   3. then an invisible output that turns the PNG into an interactive chart where no renderer took the spec
 *      (see offline-vega.ts).
 */
import { randomBytes } from 'node:crypto';
import { isVegaLiteSpec } from '../charts/is-spec';
import { renderPng } from '../charts/render-png';
import { compileSpec } from '../charts/render-svg';
import { titleOf, type VegaLiteSpec } from '../charts/spec';
import { plainBundleOf, type ShowOptions } from './bundle-of';
import { chartBundle, chartMetadata, specForMime } from './chart-bundle';
import { VEGA_LITE_MIME, type MimeBundle } from './mime-bundle';
import { interactiveChartBundle } from './offline-vega';
import { escapeTerminal } from '../escape';
import { jupyterWriter, publish, type PublishOptions } from './publish';

/** Whether this process already sent the vega library to the page (the first chart of a session carries it). */
let runtimeSent = false;

/**
 * Displays a value richly in a notebook (text in a terminal).
 *
 * Accepts: a chart spec (from `volumeChart`, `ratioChart`, ...), a SignInTable (first `limit` rows), result rows, an
 * AnalysisResult (warnings, rows, findings), findings, a danfo DataFrame, Markdown (`md\`...\`` escapes the values
 * interpolated; `markdown(text)` for your own prose) or anything else (shown as text, strings included, since a string
 * may hold data).
 *
 * Await it for charts: the PNG is drawn asynchronously. tslab does not wait for a cell's promises, so an un-awaited
 * chart shows its Vega-Lite view at once and gets its PNG only in a live notebook, not in an executed or exported one.
 * Everything else is shown at once, awaited or not (and show returns undefined, so a cell ending in show(x) prints
 * nothing more).
 *
 * @param x what to display
 * @param options `limit` (rows, default 20) and `columns` for tables; `writer` replaces the kernel (tests)
 * @example await show(table.forUser('alice@contoso.com'), { limit: 50 })
 * @example await show(ratioChart(volumeRatio.run(table).rows))
 */
export function show(
  x: unknown,
  options: ShowOptions & Pick<PublishOptions, 'writer' | 'print'> = {},
): Promise<void> | undefined {
  const target = { writer: options.writer === undefined ? jupyterWriter() : options.writer, print: options.print };
  if (!isVegaLiteSpec(x)) {
    publish(plainBundleOf(x, options), target);
    return undefined; // not a promise: tslab would print "Promise { undefined }" under a cell that ends with show(x)
  }
  if (!target.writer) {
    publish({ 'text/plain': `[chart] ${escapeTerminal(titleOf(x))}` }, target);
    return Promise.resolve();
  }
  const displayId = `signinlab-chart-${randomBytes(6).toString('hex')}`;
  publish(pendingChartBundle(x), { ...target, displayId });
  return (async () => {
    const [png, { vega }] = await Promise.all([renderPng(x), compileSpec(x)]);
    publish(chartBundle(x, png), { ...target, displayId, update: true, metadata: chartMetadata(png) });
    publish(interactiveChartBundle(vega, { runtime: !runtimeSent }), target);
    runtimeSent = true;
  })();
}

/** What a chart shows until its PNG is drawn (and for good, in an exported notebook, if show() was not awaited). */
export function pendingChartBundle(spec: VegaLiteSpec): MimeBundle {
  return {
    [VEGA_LITE_MIME]: specForMime(spec),
    'text/plain': `[chart] ${escapeTerminal(titleOf(spec))} (drawing; write "await show(...)" so the drawing is kept)`,
  };
}
