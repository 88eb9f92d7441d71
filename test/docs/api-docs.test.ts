/**
 * The API documentation the README links to builds from the JSDoc of the public API (TypeDoc, `npm run docs`), and
 * has a page for what an analyst reaches for: the table verbs, the charts and maps, display, toDataFrame.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('TypeDoc builds the API pages, each with its summary and example', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-docs-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toContain('html generated at');
  expect(r.status).toBe(0);
  for (const name of ['groupBy', 'rollup', 'toDataFrame', 'replayMapChart', 'signInMapChart', 'userTimelineChart', 'kqlBlock', 'show', 'renderPng']) {
    expect(fs.existsSync(path.join(out, 'functions', `${name}.html`))).toBe(true);
  }
  const page = fs.readFileSync(path.join(out, 'functions', 'replayMapChart.html'), 'utf8');
  const text = page.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('A map of replay pairs.'); // the JSDoc summary
  expect(text).toContain('Example await show ( replayMapChart ( replay . rows , table ))'); // its example, highlighted
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/api/index.html)');
}, 180_000);
