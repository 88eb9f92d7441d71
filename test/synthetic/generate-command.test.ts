import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'signinlab-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signinlab generate', () => {
  test('writes the data and <out>.labels.json and prints a one-line summary', async () => {
    const io = bufferIO();
    const out = join(dir, 'tenant.la.jsonl');
    const code = await run(['generate', '--users', '10', '--days', '1', '--seed', '4', '--out', out], io);
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const labels = JSON.parse(readFileSync(out + '.labels.json', 'utf8'));
    expect(labels.generator).toMatchObject({ users: 10, days: 1, seed: 4 });
    const summary = io.stdout.trim();
    expect(summary.split('\n')).toHaveLength(1);
    const interactive = lines.filter((l) => JSON.parse(l).Type === 'SigninLogs').length;
    expect(summary).toContain(`wrote ${lines.length} rows`);
    expect(summary).toContain(`SigninLogs ${interactive}`);
    expect(summary).toContain(`${labels.scenarios.length} scenarios`);
  });

  test('writes other formats', async () => {
    const io = bufferIO();
    const out = join(dir, 'tenant.graph.json.gz');
    expect(await run(['generate', '--users', '3', '--days', '1', '--format', 'graph-json', '--out', out], io)).toBe(0);
    expect(existsSync(out) && existsSync(out + '.labels.json')).toBe(true);
  });

  test.each([
    [['--users', '0'], /users must be a whole number from 1/],
    [['--users', 'ten'], /--users must be a whole number/],
    [['--days', '-2'], /--days must be a whole number/],
    [['--format', 'xml'], /--format must be one of la-jsonl, la-json, graph-json, la-csv/],
    [['--start', 'soon'], /start must be an ISO date/],
  ])('bad value %j: clear message, exit 2, nothing written', async (args, message) => {
    const io = bufferIO();
    const out = join(dir, 'bad.jsonl');
    expect(await run(['generate', ...args, '--out', out], io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  test('--help explains every option and where the labels go', async () => {
    const io = bufferIO();
    await run(['generate', '--help'], io);
    for (const word of ['--users', '--days', '--seed', '--start', '--format', '--out', 'labels.json', 'graph-json', 'la-csv']) expect(io.stdout).toContain(word);
  });
});
