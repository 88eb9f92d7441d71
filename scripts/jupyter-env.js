/**
 * Finding the Jupyter we can use: a Python that has nbclient and nbconvert (the `python3` first on PATH may be a
 * pyenv one without them, while Debian's lives at /usr/bin/python3), and whether the tslab kernel is registered.
 */
'use strict';
const { spawnSync } = require('node:child_process');

/** Candidate Pythons, in order: $SIGNINLAB_PYTHON, Debian's (or $SIGNINLAB_SYSTEM_PYTHON), the first on PATH. */
function pythonCandidates() {
  return [process.env.SIGNINLAB_PYTHON, process.env.SIGNINLAB_SYSTEM_PYTHON || '/usr/bin/python3', 'python3'].filter(Boolean);
}

/** The first Python that imports nbclient, nbconvert and jupyter_client, or null. */
function findPython() {
  for (const py of pythonCandidates()) {
    const r = spawnSync(py, ['-c', 'import nbclient, nbconvert, jupyter_client'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

/** The kernelspec registered under `name` ({ argv, ... } plus resource_dir), or null. */
function kernelSpecOf(python, name) {
  const code =
    'import json, sys\nfrom jupyter_client.kernelspec import KernelSpecManager\n' +
    'try:\n  s = KernelSpecManager().get_kernel_spec(sys.argv[1])\n  print(json.dumps({"argv": s.argv, "resource_dir": s.resource_dir}))\n' +
    'except Exception:\n  print("null")';
  const r = spawnSync(python, ['-c', code, name], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim() || 'null');
}

/** The exact commands that install what notebooks need, for messages. */
function installHint() {
  return (
    'Run `npm test` or `npm run lab` (each installs Jupyter on Debian/Ubuntu and registers the tslab kernel), or by hand:\n' +
    '  sudo apt-get update && sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient\n' +
    '  node scripts/register-kernel.js'
  );
}

module.exports = { findPython, kernelSpecOf, installHint, pythonCandidates };
