import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { generateRows } from '../../src/sources/synthetic/generate-rows';

const DATA = join(__dirname, '..', '..', 'datasets', 'tenant-25u-3d-seed1.la.jsonl.gz');
const OPTIONS = { users: 25, days: 3, seed: 1 };

async function firstLines(path: string, count: number): Promise<string[]> {
  const lines: string[] = [];
  const stream = createReadStream(path).pipe(createGunzip());
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) {
    lines.push(line);
    if (lines.length === count) break;
  }
  rl.close();
  stream.destroy();
  return lines;
}

describe('committed dataset', () => {
  test('is what the generator makes today: same labels, same first rows', async () => {
    expect(existsSync(DATA)).toBe(true);
    const rows = generateRows(OPTIONS);
    expect(readFileSync(DATA + '.labels.json', 'utf8')).toBe(JSON.stringify(rows.labels, null, 2) + '\n');
    const committed = await firstLines(DATA, 300);
    const fresh: string[] = [];
    for (const row of rows) {
      fresh.push(JSON.stringify(row));
      if (fresh.length === 300) break;
    }
    expect(committed).toEqual(fresh);
  });
});
