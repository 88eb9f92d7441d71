/**
 * A chart as a bundle: the Vega-Lite spec (interactive where the front end draws Vega-Lite: JupyterLab, VS Code) and
 * the server-rendered PNG (everything else: Notebook 6, nbconvert's HTML, GitHub). No SVG: nbconvert 6.5 strips
 * inline SVG's inner elements and prefers SVG over PNG, so an SVG in the bundle would export as an empty box. Built
 * from an already rendered PNG so this stays pure; `show()` does the rendering.
 */
import type { ChartPng } from '../charts/render-png';
import { titleOf, type VegaLiteSpec } from '../charts/spec';
import { VEGA_LITE_MIME, type MimeBundle, type MimeMetadata } from './mime-bundle';
import { escapeTerminal } from '../escape';

/** The spec as sent under the v5 MIME type: the same spec naming the v5 schema, so a v5 renderer draws it quietly. */
export function specForMime(spec: VegaLiteSpec): VegaLiteSpec {
  return { ...spec, $schema: 'https://vega.github.io/schema/vega-lite/v5.json' };
}

export function chartBundle(spec: VegaLiteSpec, png: ChartPng): MimeBundle {
  return {
    [VEGA_LITE_MIME]: specForMime(spec),
    'image/png': png.png.toString('base64'),
    'text/plain': `[chart] ${escapeTerminal(titleOf(spec))}`,
  };
}

/** The PNG's display size (it is drawn at `scale` times the pixels, for sharpness). */
export function chartMetadata(png: ChartPng): MimeMetadata {
  return { 'image/png': { width: png.width, height: png.height } };
}
