/**
 * `findings` and `load` on a file never load the heavy modules (Azure SDK, ADX client, vega, danfo/TensorFlow, resvg,
 * Microsoft's Kusto language service, tslab): each costs start-up time and memory that a file never needs (issue 12).
 * The CLI runs as users run it (`node bin/signinlab.js`), with a preloaded hook that records every module loaded, by
 * require and by import() alike; the hook is proved on a process that does load two of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'signinlab.js');
const dataset = join(root, 'datasets', 'tenant-25u-3d-seed1.la.jsonl.gz');

/** Packages that a file-only command must not load. */
const HEAVY = /node_modules\/(@azure\/|azure-kusto-data|vega|danfojs|@tensorflow|@resvg|@kusto|tslab|world-atlas)/;

/**
 * A CommonJS preload: records every file loaded by require, and registers an ESM resolve hook (module.register) that
 * records every import() as well, into the file named by LOADED_OUT.
 */
const HOOK = `
const fs = require('node:fs');
const Module = require('node:module');
const out = process.env.LOADED_OUT;
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { fs.appendFileSync(out, Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
const hooks = 'data:text/javascript,' + encodeURIComponent(\`
  import { appendFileSync } from 'node:fs';
  export async function resolve(specifier, context, next) {
    const r = await next(specifier, context);
    appendFileSync(\${JSON.stringify(out)}, r.url + '\\\\n');
    return r;
  }\`);
Module.register(hooks);
`;

function loadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-lazy-'));
  try {
    const hook = join(dir, 'hook.js');
    const out = join(dir, 'loaded.txt');
    writeFileSync(hook, HOOK);
    writeFileSync(out, '');
    const r = spawnSync(process.execPath, ['-r', hook, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LOADED_OUT: out } });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    return readFileSync(out, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('file commands load no heavy module', () => {
  test('the hook sees both require and import()', () => {
    const loaded = loadedBy(['-e', "require('@resvg/resvg-js'); import('vega-lite').then(() => process.exit(0))"]);
    expect(loaded.filter((f) => HEAVY.test(f)).some((f) => f.includes('@resvg'))).toBe(true);
    expect(loaded.filter((f) => HEAVY.test(f)).some((f) => f.includes('vega-lite'))).toBe(true);
  });

  test.each([['findings'], ['load']])('signinlab %s FILE --json', (command) => {
    const loaded = loadedBy([cli, command, dataset, '--json']);
    expect(loaded.some((f) => f.includes(join('dist', 'sources', 'files', 'load-files.js')))).toBe(true);
    expect(loaded.filter((f) => HEAVY.test(f))).toEqual([]);
  });
});
