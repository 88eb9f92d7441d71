/**
 * Charts as PNG: vega-lite spec ──renderSvg──► SVG ──resvg──► PNG. A PNG is what survives every static front end:
 * nbconvert 6.5's HTML export strips the inner elements of inline SVG, GitHub draws image/png, and the report embeds
 * it as a data: image. resvg (@resvg/resvg-js) is a Rust renderer shipped as prebuilt per-platform npm packages, so
 * nothing is downloaded or compiled at install time.
 *
 * Fonts: vega writes `font-family="sans-serif"`. System fonts differ between machines (a fresh Debian may have none),
 * so the renderer reads only DejaVu Sans from the dejavu-fonts-ttf npm package: the same pixels on every machine, and
 * text drawn even where no font is installed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderSvg } from './render-svg';
import type { VegaLiteSpec } from './spec';

/** The fonts every PNG is drawn with (regular and bold: vega titles are bold). */
export const CHART_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** A chart drawn as PNG, with the size it should be shown at (the pixels are `scale` times denser). */
export interface ChartPng {
  png: Buffer;
  /** CSS pixels to display it at: the chart's own size. */
  width: number;
  height: number;
  scale: number;
}

export interface PngOptions {
  /** Pixel density (default 2, sharp on high-DPI screens and when printed). */
  scale?: number;
}

let fontFiles: string[] | undefined;

/** Paths of the bundled DejaVu Sans files (resolved once from the dejavu-fonts-ttf package). */
export function chartFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return (fontFiles = CHART_FONT_FILES.map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f)));
}

interface ResvgModule {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Buffer; width: number; height: number } };
}

/**
 * Draws an SVG string (e.g. from renderSvg) as PNG, with the bundled font only.
 *
 * @param svg SVG markup with width and height attributes
 * @param options `scale`: pixel density (default 2)
 * @returns the PNG bytes and the size to display them at
 * @example const { png } = svgToPng(await renderSvg(spec));
 */
export function svgToPng(svg: string, options: PngOptions = {}): ChartPng {
  const scale = options.scale ?? 2;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Resvg } = require('@resvg/resvg-js') as ResvgModule;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
      serifFamily: CHART_FONT_FAMILY,
      monospaceFamily: CHART_FONT_FAMILY,
    },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: Math.round(image.width / scale), height: Math.round(image.height / scale), scale };
}

/**
 * Renders a Vega-Lite spec to PNG, headless.
 *
 * @param spec a spec from one of the chart functions (or your own)
 * @param options `scale`: pixel density (default 2)
 * @returns the PNG bytes and the size to display them at
 * @example fs.writeFileSync('ratio.png', (await renderPng(ratioChart(result.rows))).png)
 */
export async function renderPng(spec: VegaLiteSpec, options: PngOptions = {}): Promise<ChartPng> {
  return svgToPng(await renderSvg(spec), options);
}
