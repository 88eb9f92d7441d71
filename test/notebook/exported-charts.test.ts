/**
 * Charts survive the export a trainer hands out: a notebook drawing every kind of chart is executed in a real tslab
 * kernel, converted with plain `jupyter nbconvert --to html` (the lab and the classic template), and opened in
 * Chromium. With scripts off (a mail client, a locked-down browser) each chart must be a real PNG with content, not an
 * empty box; with scripts on it becomes an interactive chart drawn offline (no request leaves the page).
 * Screenshots land in out/screenshots/ for a person to look at.
 *
 * Needs Jupyter (nbclient, nbconvert), the tslab kernel and /usr/bin/chromium; SIGNINLAB_SKIP_NOTEBOOKS=1 or
 * SIGNINLAB_SKIP_BROWSER=1 skip it knowingly.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { VEGA_LITE_MIME } from '../../src/notebook';
import { seePage } from './export-check';

interface Runner {
  preflight(): { python: string | null; problems: string[] };
  runNotebook(notebook: string, options: { python: string; outDir?: string }): { ok: boolean; message: string };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const runner = require('../../scripts/run-notebooks.js') as Runner;

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.SIGNINLAB_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'out', 'screenshots');
const skip = process.env.SIGNINLAB_SKIP_NOTEBOOKS === '1' || process.env.SIGNINLAB_SKIP_BROWSER === '1';
const maybe = skip ? describe.skip : describe;

/** The charts the fixture notebook draws, one cell each (names the screenshot expectations). */
const CHART_CELLS = [
  "await show(volumeChart(table, { log: true }));",
  "await show(ratioChart(volumeRatio.run(table).rows));",
  "await show(replayPairsChart(replay.rows));",
  "await show(userTimelineChart(table.forUser(victim)));",
  "await show(replayMapChart(replay.rows, table));",
  "await show(signInMapChart(table.forUser(victim)));",
];

function fixtureNotebook(): object {
  const code = (source: string, k: number) => ({ cell_type: 'code', id: `c${k}`, metadata: {}, execution_count: null, outputs: [], source });
  const cells = [
    "import { replayMapChart, ratioChart, replayPairsChart, show, signInMapChart, syntheticTenant, tokenReplay, userTimelineChart, volumeChart, volumeRatio } from 'signinlab';",
    "const { table, labels } = syntheticTenant({ users: 12, days: 3, seed: 1 });\nconst replay = tokenReplay.run(table);\nconst victim = labels.scenarios.find((l) => l.scenario === 'token-replay-prt')?.userPrincipalName ?? replay.rows[0]?.UserPrincipalName ?? table.row(0).UserPrincipalName;",
    ...CHART_CELLS,
  ];
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells: [{ cell_type: 'markdown', id: 'm', metadata: {}, source: '# Every chart, exported' }, ...cells.map(code)],
  };
}

maybe('charts in an exported notebook', () => {
  let browser: Browser;
  let dir: string;
  let executed: string;
  let python: string;

  beforeAll(() => {
    const ready = runner.preflight();
    if (ready.problems.length || !ready.python) throw new Error(`Cannot run notebooks:\n${ready.problems.join('\n')}`);
    python = ready.python;
    // inside the repository, so the kernel resolves `signinlab` (node_modules/signinlab links this checkout)
    fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    dir = fs.mkdtempSync(path.join(ROOT, 'out', 'export-test-'));
    const nb = path.join(dir, 'charts.ipynb');
    fs.writeFileSync(nb, JSON.stringify(fixtureNotebook()));
    const r = runner.runNotebook(nb, { python, outDir: path.join(dir, 'out') });
    if (!r.ok) throw new Error(r.message);
    executed = path.join(dir, 'out', 'charts.ipynb');
  }, 10 * 60_000);

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium, or set SIGNINLAB_SKIP_BROWSER=1`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every chart output carries the Vega-Lite spec and a PNG, and no SVG for nbconvert to strip', () => {
    const nb = JSON.parse(fs.readFileSync(executed, 'utf8')) as { cells: { outputs?: { data?: Record<string, unknown> }[] }[] };
    const charts = nb.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.[VEGA_LITE_MIME]);
    expect(charts).toHaveLength(CHART_CELLS.length);
    for (const o of charts) {
      expect(Object.keys(o.data!).sort()).toEqual(['image/png', VEGA_LITE_MIME, 'text/plain'].sort());
    }
  });

  test.each(['lab', 'classic'])('nbconvert --to html (%s template): every chart is a real image with content', async (template) => {
    const html = path.join(dir, `charts-${template}.html`);
    const r = spawnSync(python, ['-m', 'nbconvert', '--to', 'html', '--template', template, '--output', html, executed], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const seen = await seePage(browser, html, { scripts: false, screenshot: path.join(SHOTS, `export-${template}-static.png`) });
    expect(seen.images).toHaveLength(CHART_CELLS.length);
    for (const img of seen.images) {
      expect(img.visible).toBe(true);
      expect(img.width).toBeGreaterThan(400);
      expect(img.height).toBeGreaterThan(100);
      expect(img.inked).toBeGreaterThan(0.02); // a blank box is 0
      expect(img.colours).toBeGreaterThan(20);
    }
    expect(seen.requests).toEqual([]);
  });

  test('with scripts on, the exported page draws every chart interactively, offline', async () => {
    const html = path.join(dir, 'charts-lab.html');
    if (!fs.existsSync(html)) spawnSync(python, ['-m', 'nbconvert', '--to', 'html', '--output', html, executed]);
    const seen = await seePage(browser, html, { scripts: true, screenshot: path.join(SHOTS, 'export-lab-interactive.png') });
    expect(seen.pageErrors).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.interactive).toBe(CHART_CELLS.length);
    expect(seen.interactiveMarks).toBeGreaterThan(CHART_CELLS.length * 3);
    // the PNGs step aside for the interactive charts
    expect(seen.images.filter((i) => i.visible)).toEqual([]);
  });
});
