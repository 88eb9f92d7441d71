/**
 * Interactive charts where the front end has no Vega-Lite renderer (classic Notebook 6, the HTML nbconvert writes),
 * without a CDN: vega and vega-embed are read from their npm packages and inlined.
 *
 * A chart goes out as two outputs. The first is the chart bundle (Vega-Lite spec + PNG + text): JupyterLab and VS Code
 * draw the spec with their own renderer, everything else draws the PNG. The second, built here, is an invisible HTML
 * output whose script looks at the output just before it: if that output shows our PNG (no renderer took the spec)
 * and scripts may run (a live, trusted notebook; an exported page opened in a browser), it draws the chart with
 * vega-embed in place of the PNG, with tooltips and zoom; if anything fails, the PNG stays. Where scripts are
 * stripped (untrusted notebooks, GitHub) the output is empty and the PNG stands.
 *
 * The library (~580 KB) travels once per kernel session, in the first chart's second output; later charts wait for
 * it. The spec is the one compileSpec made in Node, so the page needs vega, not vega-lite.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeHtml } from '../escape';
import type { MimeBundle } from './mime-bundle';
import { scriptJson } from './script-json';

let runtime: string | undefined;

/** vega and vega-embed (UMD builds from their npm packages) as one script body that sets window.vegaEmbed. */
export function vegaRuntime(): string {
  if (runtime) return runtime;
  const vegaDir = path.dirname(require.resolve('vega/vega-schema.json'));
  const embedDir = path.dirname(require.resolve('vega-embed'));
  const vega = fs.readFileSync(path.join(vegaDir, 'vega.min.js'), 'utf8');
  const embed = fs.readFileSync(path.join(embedDir, 'vega-embed.min.js'), 'utf8');
  // Notebook 6 defines an AMD `define`: hidden here so the UMD builds set globals instead of registering anonymous
  // modules with require.js (which would throw "Mismatched anonymous define()").
  const body = `(function (define, module, exports) {\n${vega}\n;\n${embed}\n}).call(window);`;
  return (runtime = body.replace(/<\/(script)/gi, '<\\/$1'));
}

/** The page-side script: find the PNG of the output before ours and draw the chart over it. */
const UPGRADE = `
  var anchor = document.getElementById(ID);
  var area = anchor && anchor.closest && anchor.closest('.jp-OutputArea-child, .output_area');
  var previous = area && area.previousElementSibling;
  var img = previous && previous.querySelector('img[src^="data:image/png"], img');
  if (!img || img.getAttribute('data-signinlab') === 'drawn') return;
  var tries = 0;
  (function draw() {
    if (!window.vegaEmbed) { if (++tries < 100) setTimeout(draw, 50); return; }
    var box = document.createElement('div');
    box.className = 'signinlab-chart';
    img.parentNode.insertBefore(box, img);
    window.vegaEmbed(box, SPEC, { mode: 'vega', renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } })
      .then(function () { img.style.display = 'none'; img.setAttribute('data-signinlab', 'drawn'); })
      .catch(function () { box.remove(); });
  })();`;

let idCounter = 0;

/**
 * The second output of a chart: an invisible element and the script that upgrades the PNG above it.
 *
 * @param vegaSpec the compiled Vega spec (compileSpec(spec).vega)
 * @param options `runtime`: carry the vega library (the first chart of a session does)
 */
export function interactiveChartBundle(vegaSpec: object, options: { runtime: boolean; id?: string }): MimeBundle {
  const id = options.id ?? `signinlab-vega-${process.pid}-${++idCounter}`;
  // function replacers: a string replacement would interpret $& and $1 inside the data
  const script = UPGRADE.replace('ID', () => scriptJson(id)).replace('SPEC', () => scriptJson(vegaSpec));
  const lib = options.runtime ? `<script>${vegaRuntime()}</script>` : '';
  return {
    'text/html': `<div id="${escapeHtml(id)}" class="signinlab-interactive" style="display:none"></div>${lib}<script>(function () {${script}\n})();</script>`,
    'text/plain': '',
  };
}
