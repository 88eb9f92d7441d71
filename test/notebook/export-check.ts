/// <reference lib="dom" />
/**
 * What an exported notebook shows, read the way a person would: a headless Chromium opens the HTML and reports each
 * chart image's decoded size and how much of it is drawn (not blank), and, with scripts on, the interactive charts
 * that replaced them. Used by exported-charts.test.ts.
 */
import type { Browser } from 'playwright-core';

export interface ImageSeen {
  width: number;
  height: number;
  /** Share of sampled pixels that are not near-white (a blank box gives 0). */
  inked: number;
  /** Distinct colours among the sampled pixels (a real chart has axes, text and marks: many). */
  colours: number;
  visible: boolean;
}

export interface PageSeen {
  images: ImageSeen[];
  /** Interactive charts drawn by vega-embed in place of the PNGs. */
  interactive: number;
  /** Marks (points, bars, lines, shapes) inside the interactive charts. */
  interactiveMarks: number;
  pageErrors: string[];
  /** Requests beyond the file itself and data: URIs (an offline page makes none). */
  requests: string[];
}

/** Opens an HTML file and measures its chart images (and interactive charts when scripts run). */
export async function seePage(browser: Browser, file: string, options: { scripts: boolean; screenshot?: string }): Promise<PageSeen> {
  const context = await browser.newContext({ javaScriptEnabled: options.scripts, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  if (options.scripts) {
    await page.waitForFunction(() => document.querySelectorAll('.signinlab-interactive').length <= document.querySelectorAll('.signinlab-chart svg.marks').length, null, { timeout: 30_000 }).catch(() => undefined);
  }
  await page.waitForTimeout(300);
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  // page.evaluate runs in Playwright's own world, so it works with the page's scripts turned off
  const images = await page.evaluate(() =>
    Array.from(document.querySelectorAll('img[src^="data:image/png"]')).map((node) => {
      const img = node as HTMLImageElement;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = img.naturalWidth ? ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight).data : new Uint8ClampedArray();
      let inked = 0;
      let samples = 0;
      const colours = new Set<number>();
      for (let k = 0; k < data.length; k += 4 * 7) {
        samples++;
        if (data[k] < 235 || data[k + 1] < 235 || data[k + 2] < 235) inked++;
        colours.add((data[k] << 16) | (data[k + 1] << 8) | data[k + 2]);
      }
      return { width: img.naturalWidth, height: img.naturalHeight, inked: samples ? inked / samples : 0, colours: colours.size, visible: getComputedStyle(img).display !== 'none' };
    }),
  );
  const interactive = await page.locator('.signinlab-chart svg.marks').count();
  const interactiveMarks = await page.locator('.signinlab-chart svg .role-mark path, .signinlab-chart svg .role-mark rect, .signinlab-chart svg .role-mark line').count();
  await context.close();
  return { images, interactive, interactiveMarks, pageErrors, requests };
}
