/**
 * The README's commands are typed as `signinlab …` with node_modules/.bin on PATH: scripts/link-signinlab.js (run by
 * scripts/setup.sh, so by `npm test` and `npm run lab`) puts the project's own command there, since npm links only
 * dependencies' commands. Without it a user falls back to `npx signinlab`, which pays npx's start-up on every call.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const { linkBin } = require('../../scripts/link-signinlab.js') as { linkBin(root: string): string };
const version = (require('../../package.json') as { version: string }).version;

test('signinlab on PATH from node_modules/.bin runs the project CLI', () => {
  const link = linkBin(ROOT);
  expect(link).toBe(join(ROOT, 'node_modules', '.bin', 'signinlab'));
  const out = execFileSync('signinlab', ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` } });
  expect(out.trim()).toBe(version);
});

test('a link pointing elsewhere is replaced, and linking twice changes nothing', () => {
  const root = mkdtempSync(join(tmpdir(), 'signinlab-bin-'));
  try {
    mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
    symlinkSync('/nowhere', join(root, 'node_modules', '.bin', 'signinlab'));
    linkBin(root);
    linkBin(root);
    expect(readlinkSync(join(root, 'node_modules', '.bin', 'signinlab'))).toBe(join('..', '..', 'bin', 'signinlab.js'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
