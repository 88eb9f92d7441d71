/**
 * A chart as a bundle: the Vega-Lite spec (interactive where the front end draws Vega-Lite: JupyterLab, VS Code) and
 * the server-rendered SVG (Notebook 6 and nbconvert's HTML, which do not). Built from an already rendered SVG so this
 * stays pure; `show()` does the rendering.
 */
import { titleOf, type VegaLiteSpec } from '../charts/spec';
import { VEGA_LITE_MIME, type MimeBundle } from './mime-bundle';
import { escapeTerminal } from './plain-text';

export function chartBundle(spec: VegaLiteSpec, svg: string): MimeBundle {
  return {
    [VEGA_LITE_MIME]: spec,
    'image/svg+xml': svg,
    'text/plain': `[chart] ${escapeTerminal(titleOf(spec))}`,
  };
}
