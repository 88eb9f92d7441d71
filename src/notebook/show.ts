/**
 * `show(x)`: the one display call notebooks need. In a tslab notebook it sends a rich output (HTML table, chart with
 * SVG, Markdown); anywhere else it prints the text version.
 */
import { randomBytes } from 'node:crypto';
import { isVegaLiteSpec } from '../charts/is-spec';
import { titleOf, type VegaLiteSpec } from '../charts/spec';
import { bundleOf, plainBundleOf, type ShowOptions } from './bundle-of';
import { VEGA_LITE_MIME, type MimeBundle } from './mime-bundle';
import { escapeTerminal } from './plain-text';
import { jupyterWriter, publish, type PublishOptions } from './publish';

/**
 * Displays a value richly in a notebook (text in a terminal).
 *
 * Accepts: a chart spec (from `volumeChart`, `ratioChart`, ...), a SignInTable (first `limit` rows), result rows, an
 * AnalysisResult (warnings, rows, findings), findings, a danfo DataFrame, Markdown (`md\`...\`` escapes the values
 * interpolated; `markdown(text)` for your own prose) or anything else (shown as text, strings included, since a string
 * may hold data).
 *
 * Await it for charts: the SVG is drawn asynchronously. tslab does not wait for a cell's promises, so an un-awaited
 * chart shows its Vega-Lite view at once and gets its SVG only in a live notebook, not in an executed or exported one.
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
  if (!target.writer) return bundleOf(x).then((bundle) => void publish(bundle, target));
  const displayId = `signinlab-chart-${randomBytes(6).toString('hex')}`;
  publish(pendingChartBundle(x), { ...target, displayId });
  return bundleOf(x).then((bundle) => void publish(bundle, { ...target, displayId, update: true }));
}

/** What a chart shows until its SVG is drawn (and for good, in an exported notebook, if show() was not awaited). */
export function pendingChartBundle(spec: VegaLiteSpec): MimeBundle {
  return {
    [VEGA_LITE_MIME]: spec,
    'text/plain': `[chart] ${escapeTerminal(titleOf(spec))} (drawing; write "await show(...)" so the drawing is kept)`,
  };
}
