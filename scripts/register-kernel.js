#!/usr/bin/env node
/**
 * Registers the tslab Jupyter kernel for this project, pinned by absolute path to the node running this script and to
 * the project's own tslab, so the kernel starts whatever the PATH of the process launching Jupyter (no `tslab` on PATH
 * needed, no global install). Idempotent: re-running replaces the kernelspec (and follows a moved project or a new node).
 *
 *   node scripts/register-kernel.js [--python /usr/bin/python3] [--if-missing]
 *
 * Installs system-wide when root (like tslab's own installer), else for the user; with JUPYTER_DATA_DIR set, there.
 * With --if-missing, a tslab kernel that is registered already and whose node and tslab exist is kept (another
 * checkout's, say): registering again would move every user of this machine onto this checkout.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { findPython } = require('./jupyter-env');

const ROOT = path.resolve(__dirname, '..');
const KERNEL_NAME = 'tslab';

/** The kernel.json we install: node and tslab by absolute path. */
function kernelSpec(root = ROOT) {
  const tslab = path.join(root, 'node_modules', 'tslab', 'bin', 'tslab');
  return {
    argv: [process.execPath, tslab, 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript',
    language: 'typescript',
  };
}

/** Installs the kernelspec with the given Python's jupyter_client; returns the directory it went to. */
function registerKernel(python) {
  const spec = kernelSpec();
  if (!fs.existsSync(spec.argv[1])) {
    throw new Error(`tslab is not installed at ${spec.argv[1]}: run "npm ci" in ${ROOT} first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-kernel-'));
  try {
    fs.writeFileSync(path.join(dir, 'kernel.json'), JSON.stringify(spec, null, 2) + '\n');
    fs.chmodSync(dir, 0o755);
    // root installs system-wide (like tslab's own installer) unless JUPYTER_DATA_DIR names a place on purpose
    const user = !!process.env.JUPYTER_DATA_DIR || (typeof process.getuid === 'function' && process.getuid() !== 0);
    const code = [
      'import sys',
      'from jupyter_client.kernelspec import KernelSpecManager',
      `print(KernelSpecManager().install_kernel_spec(sys.argv[1], ${JSON.stringify(KERNEL_NAME)}, user=${user ? 'True' : 'False'}, replace=True))`,
    ].join('\n');
    const r = spawnSync(python, ['-c', code, dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`registering the tslab kernel failed:\n${r.stderr || r.stdout}`);
    return r.stdout.trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The registered tslab kernel when it works (its node and tslab files exist), else null. */
function workingKernel(python) {
  const { kernelSpecOf } = require('./jupyter-env');
  const spec = kernelSpecOf(python, KERNEL_NAME);
  if (!spec || !Array.isArray(spec.argv) || spec.argv.length < 2) return null;
  const [node, tslab] = spec.argv;
  return fs.existsSync(node) && fs.existsSync(tslab) ? spec : null;
}

module.exports = { kernelSpec, registerKernel, workingKernel, KERNEL_NAME };

if (require.main === module) {
  const k = process.argv.indexOf('--python');
  const python = k > 0 ? process.argv[k + 1] : findPython();
  if (!python) {
    console.error('No Python with Jupyter found. ' + require('./jupyter-env').installHint());
    process.exit(1);
  }
  if (process.argv.includes('--if-missing')) {
    const spec = workingKernel(python);
    if (spec) {
      console.log(`==> tslab kernel: already registered in ${spec.resource_dir} (${spec.argv[1]}); kept`);
      process.exit(0);
    }
  }
  try {
    const where = registerKernel(python);
    console.log(`==> tslab kernel: registered "${KERNEL_NAME}" in ${where} (node ${process.execPath}, tslab of ${ROOT}): Jupyter runs the TypeScript notebooks with it`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
