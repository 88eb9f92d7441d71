#!/usr/bin/env node
/**
 * Rewrites the chart golden files (test/golden/charts/*.vl.json) from the current chart code. Run it on purpose,
 * after checking a `-changed` file a failing test wrote, then review the diff before committing.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, ['--experimental-vm-modules', jest, 'test/charts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, UPDATE_GOLDENS: '1' },
});
process.exit(r.status ?? 1);
