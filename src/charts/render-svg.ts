/**
 * Server-side rendering of a chart: vega-lite spec ──compile──► vega spec ──headless View──► SVG string.
 * Jupyter Notebook 6 and nbconvert's HTML do not draw Vega-Lite themselves, so every chart travels with its SVG.
 * vega writes text into the SVG escaped, so app names and cities from sign-ins cannot inject markup.
 */
import { loadVega, loadVegaLite, type VegaLogger } from './esm-import';
import type { VegaLiteSpec } from './spec';

/** A logger that keeps messages instead of printing them, so warnings can be shown to the caller or fail a test. */
export function collectingLogger(): VegaLogger & { warnings: string[]; errors: string[] } {
  let level = 2;
  const logger = {
    warnings: [] as string[],
    errors: [] as string[],
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      logger.errors.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args: unknown[]) {
      logger.warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Compiles a Vega-Lite spec to a Vega spec, returning vega-lite's warnings beside it (a spec that compiles with
 * warnings usually draws something other than what was meant).
 *
 * @example const { vega, warnings } = await compileSpec(volumeChart(rows));
 */
export async function compileSpec(spec: VegaLiteSpec): Promise<{ vega: object; warnings: string[] }> {
  const vl = await loadVegaLite();
  const logger = collectingLogger();
  const compiled = vl.compile(spec, { logger });
  return { vega: compiled.spec, warnings: [...logger.errors, ...logger.warnings] };
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless (no browser, no canvas).
 *
 * @param spec a spec from one of the chart functions (or your own)
 * @returns the SVG markup
 * @example const svg = await renderSvg(ratioChart(result.rows));
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const vega = await loadVega();
  const { vega: compiled } = await compileSpec(spec);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: collectingLogger() });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
