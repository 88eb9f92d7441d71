/**
 * Golden files: pretty JSON a person can read and diff. A mismatch writes `<name>-changed.vl.json` beside the golden
 * one; UPDATE_GOLDENS=1 (or `node scripts/update-goldens.js`) rewrites the goldens on purpose.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GOLDEN_DIR = path.join(__dirname, '..', 'golden', 'charts');

export function expectGolden(name: string, value: unknown, dir = GOLDEN_DIR): void {
  const file = path.join(dir, `${name}.vl.json`);
  const changed = path.join(dir, `${name}-changed.vl.json`);
  const text = JSON.stringify(value, null, 2) + '\n';
  if (process.env.UPDATE_GOLDENS === '1') {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, text);
    fs.rmSync(changed, { force: true });
    return;
  }
  if (!fs.existsSync(file)) {
    fs.writeFileSync(changed, text);
    throw new Error(`no golden file ${file}; wrote ${changed}. Check it, then run: node scripts/update-goldens.js`);
  }
  const want = fs.readFileSync(file, 'utf8');
  if (want !== text) {
    fs.writeFileSync(changed, text);
    throw new Error(`${name} differs from ${file}; the new spec is in ${changed} (diff them; refresh on purpose with node scripts/update-goldens.js)`);
  }
  fs.rmSync(changed, { force: true });
}
