#!/usr/bin/env node
/**
 * Executes notebooks headlessly with the tslab kernel, like an analyst pressing "Run all", and fails on the first cell
 * error of each, naming the notebook and the cell. Executed copies and their HTML go to out/notebooks/.
 *
 *   node scripts/run-notebooks.js                    # every notebooks/*.ipynb, in name order
 *   node scripts/run-notebooks.js notebooks/03-x.ipynb --out out/notebooks
 *
 * Needs: dist/ built (notebooks import signinlab from it), a Python with nbclient + nbconvert, the tslab kernel
 * registered (scripts/register-kernel.js). Exit code 0 only when every notebook ran clean.
 * The jest test test/notebook/notebooks.test.ts calls runNotebook() below, so `npm test` runs the notebooks too.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { findPython, installHint, kernelSpecOf } = require('./jupyter-env');
const { KERNEL_NAME } = require('./register-kernel');
const { linkSignInLab } = require('./link-signinlab');

const ROOT = path.resolve(__dirname, '..');
const EXECUTE = path.join(__dirname, 'execute-notebook.py');

/** The .ipynb files of a folder, sorted by name (checkpoints left out). */
function listNotebooks(dir = path.join(ROOT, 'notebooks')) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * What stops notebooks from running, as messages that say how to fix it ([] when ready). Links signinlab for
 * notebooks as a side effect, since that is always safe.
 * @returns {{ python: string | null, problems: string[] }}
 */
function preflight() {
  const problems = [];
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) problems.push('dist/ is not built: run "npm run build".');
  const python = findPython();
  if (!python) problems.push(`No Python with Jupyter (nbclient, nbconvert) found.\n${installHint()}`);
  else {
    const spec = kernelSpecOf(python, KERNEL_NAME);
    if (!spec) problems.push(`The "${KERNEL_NAME}" Jupyter kernel is not registered: run "node scripts/register-kernel.js".`);
    else if (spec.argv[0] !== 'tslab' && spec.argv.length > 1 && !fs.existsSync(spec.argv[1]))
      problems.push(`The "${KERNEL_NAME}" kernel points at ${spec.argv[1]}, which does not exist: run "node scripts/register-kernel.js".`);
  }
  if (fs.existsSync(path.join(ROOT, 'node_modules'))) linkSignInLab(ROOT);
  return { python, problems };
}

/**
 * Executes one notebook (kernel cwd = the notebook's folder) into outDir as .ipynb and .html.
 * @returns {{ notebook: string, ok: boolean, message: string, seconds: number }}
 */
function runNotebook(notebook, { python, outDir = path.join(ROOT, 'out', 'notebooks'), timeoutSeconds = 600 } = {}) {
  const started = Date.now();
  const rel = path.relative(ROOT, notebook).startsWith('..') ? notebook : path.relative(ROOT, notebook);
  const r = spawnSync(python, [EXECUTE, rel, outDir, '--kernel', KERNEL_NAME, '--timeout', String(timeoutSeconds)], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 30 * 60 * 1000,
    env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' },
  });
  const seconds = (Date.now() - started) / 1000;
  if (r.error) return { notebook: rel, ok: false, message: `${rel}: could not run: ${r.error.message}`, seconds };
  if (r.status === 0) return { notebook: rel, ok: true, message: r.stdout.trim(), seconds };
  const lines = r.stderr.trim().split('\n');
  // execute-notebook.py names the cell on its own lines; anything else (a Python traceback) is shown as its tail
  const named = lines.findIndex((l) => l.includes(': cell '));
  const message = named >= 0 ? lines.slice(named).join('\n') : `${rel}: failed:\n${lines.slice(-15).join('\n')}`;
  return { notebook: rel, ok: false, message, seconds };
}

function main(argv) {
  const outAt = argv.indexOf('--out');
  const outDir = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(ROOT, 'out', 'notebooks');
  const given = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--out');
  const notebooks = given.length ? given.map((p) => path.resolve(p)) : listNotebooks();
  if (!notebooks.length) {
    console.error('No notebooks found in notebooks/.');
    return 1;
  }
  const { python, problems } = preflight();
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const failed = [];
  for (const nb of notebooks) {
    console.log(`running ${path.relative(ROOT, nb)} ...`);
    const r = runNotebook(nb, { python, outDir });
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.message} (${r.seconds.toFixed(1)} s)`);
    if (!r.ok) failed.push(r);
  }
  console.log(`\n${notebooks.length - failed.length} of ${notebooks.length} notebooks ran clean; executed notebooks and their HTML hand-outs (charts as images, interactive when opened in a browser) in ${path.relative(ROOT, outDir) || outDir}/`);
  if (failed.length) console.error(`failed:\n${failed.map((f) => `  ${f.message}`).join('\n')}`);
  return failed.length ? 1 : 0;
}

module.exports = { listNotebooks, preflight, runNotebook };

if (require.main === module) process.exit(main(process.argv.slice(2)));
