/**
 * `npm test` runs every notebook in notebooks/ in a real tslab kernel, plus this folder's fixture, and fails on any
 * cell error. Missing Jupyter or kernel is a failure with the fix in the message, never a silent skip; only
 * SIGNINLAB_SKIP_NOTEBOOKS=1 skips, and says so loudly.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface RunResult {
  notebook: string;
  ok: boolean;
  message: string;
  seconds: number;
}
interface Runner {
  listNotebooks(dir?: string): string[];
  preflight(): { python: string | null; problems: string[] };
  runNotebook(notebook: string, options: { python: string; outDir?: string }): RunResult;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const runner = require('../../scripts/run-notebooks.js') as Runner;

const ROOT = path.resolve(__dirname, '..', '..');
const MINUTES = 60_000;
const skip = process.env.SIGNINLAB_SKIP_NOTEBOOKS === '1';

if (skip) {
  const banner = '*'.repeat(100);
  console.warn(`${banner}\n*** SIGNINLAB_SKIP_NOTEBOOKS=1: the notebooks were NOT executed; their cells are untested. ***\n${banner}`);
  test.skip('notebooks (skipped: SIGNINLAB_SKIP_NOTEBOOKS=1)', () => undefined);
} else {
  let ready: { python: string | null; problems: string[] } | undefined;
  const python = (): string => {
    ready ??= runner.preflight();
    if (ready.problems.length || !ready.python) {
      throw new Error(
        `Cannot run notebooks:\n${ready.problems.join('\n')}\n(Set SIGNINLAB_SKIP_NOTEBOOKS=1 to skip them knowingly.)`,
      );
    }
    return ready.python;
  };
  const expectClean = (r: RunResult) => {
    if (!r.ok) throw new Error(r.message);
    expect(r.message).toMatch(/code cells ran/);
  };

  test('Jupyter, the tslab kernel and dist/ are ready', () => {
    expect(python()).toBeTruthy();
  });

  const notebooks = runner.listNotebooks();
  test('notebooks/ holds the guided notebooks', () => {
    expect(notebooks.map((n) => path.basename(n))).toContain('00-start-here.ipynb');
  });

  /** The hand-out beside an executed notebook: every chart output is in its HTML as a PNG image (nothing blank). */
  const expectHandOut = (executedIpynb: string) => {
    const nb = JSON.parse(fs.readFileSync(executedIpynb, 'utf8')) as { cells: { outputs?: { data?: Record<string, unknown> }[] }[] };
    const charts = nb.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.['application/vnd.vegalite.v5+json']);
    for (const c of charts) expect(typeof c.data!['image/png']).toBe('string');
    const html = fs.readFileSync(executedIpynb.replace(/\.ipynb$/, '.html'), 'utf8');
    expect(html.match(/<img src="data:image\/png;base64,/g)?.length ?? 0).toBe(charts.length);
    return charts.length;
  };

  for (const notebook of notebooks.map((n) => path.relative(ROOT, n))) {
    test(
      `${notebook} runs without a cell error, and its HTML hand-out keeps its charts`,
      () => {
        const outDir = path.join(ROOT, 'out', 'notebooks');
        expectClean(runner.runNotebook(path.join(ROOT, notebook), { python: python(), outDir }));
        const charts = expectHandOut(path.join(outDir, path.basename(notebook)));
        expect(charts).toBeGreaterThan(0);
      },
      30 * MINUTES,
    );
  }

  test(
    'the display fixture imports signinlab by name and shows tables, charts, findings, Markdown and progress',
    () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-nb-'));
      expectClean(runner.runNotebook(path.join(__dirname, 'fixtures', 'display-smoke.ipynb'), { python: python(), outDir: out }));
      const executed = JSON.parse(fs.readFileSync(path.join(out, 'display-smoke.ipynb'), 'utf8')) as {
        cells: { outputs?: { output_type: string; data?: Record<string, unknown> }[] }[];
      };
      const kinds = executed.cells.flatMap((c) => (c.outputs ?? []).flatMap((o) => Object.keys(o.data ?? {})));
      expect(kinds).toEqual(expect.arrayContaining(['text/html', 'image/png', 'application/vnd.vegalite.v5+json', 'text/markdown']));
      expect(kinds).not.toContain('image/svg+xml');
      const html = fs.readFileSync(path.join(out, 'display-smoke.html'), 'utf8');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>alert(1)');
    },
    10 * MINUTES,
  );

  test(
    'a failing cell fails the run, naming the notebook, the cell and the error',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-nb-'));
      const nb = path.join(dir, 'broken.ipynb');
      const code = (source: string) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source });
      fs.writeFileSync(
        nb,
        JSON.stringify({
          nbformat: 4,
          nbformat_minor: 5,
          metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
          cells: [
            { cell_type: 'markdown', metadata: {}, source: '# broken' },
            code('const ok = 1;'),
            code("const n: number = 'not a number';"),
            code("throw new Error('never reached');"),
          ].map((c, k) => ({ ...c, id: `c${k}` })),
        }),
      );
      const r = runner.runNotebook(nb, { python: python(), outDir: path.join(dir, 'out') });
      expect(r.ok).toBe(false);
      expect(r.message).toContain(`${nb}: cell 3 (code cell 2) failed:`);
      expect(r.message).toContain("Type 'string' is not assignable to type 'number'");
      expect(r.message).toContain("source: const n: number = 'not a number';");
      expect(fs.existsSync(path.join(dir, 'out', 'broken.ipynb'))).toBe(true);
    },
    10 * MINUTES,
  );
}
