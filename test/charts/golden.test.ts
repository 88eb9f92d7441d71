import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectGolden } from './golden';

describe('golden files', () => {
  const saved = process.env.UPDATE_GOLDENS;
  afterEach(() => {
    if (saved === undefined) delete process.env.UPDATE_GOLDENS;
    else process.env.UPDATE_GOLDENS = saved;
  });

  test('a mismatch fails and writes -changed beside the golden; a match removes it; UPDATE_GOLDENS=1 rewrites', () => {
    delete process.env.UPDATE_GOLDENS;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-golden-'));
    const golden = path.join(dir, 'x.vl.json');
    const changed = path.join(dir, 'x-changed.vl.json');
    fs.writeFileSync(golden, JSON.stringify({ a: 1 }, null, 2) + '\n');

    expect(() => expectGolden('x', { a: 2 }, dir)).toThrow('x differs from');
    expect(fs.readFileSync(changed, 'utf8')).toBe('{\n  "a": 2\n}\n');

    expectGolden('x', { a: 1 }, dir);
    expect(fs.existsSync(changed)).toBe(false);

    process.env.UPDATE_GOLDENS = '1';
    expectGolden('x', { a: 3 }, dir);
    expect(fs.readFileSync(golden, 'utf8')).toBe('{\n  "a": 3\n}\n');
  });

  test('a missing golden fails and writes the -changed file to review', () => {
    delete process.env.UPDATE_GOLDENS;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-golden-'));
    expect(() => expectGolden('new', { b: 1 }, dir)).toThrow('no golden file');
    expect(fs.existsSync(path.join(dir, 'new-changed.vl.json'))).toBe(true);
  });
});
