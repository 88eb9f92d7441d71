import { resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { bufferIO } from '../../src/cli/io';
import { laRow, tempFiles } from './fixtures';

const SAMPLES = resolve(__dirname, '../fixtures/samples');

describe('signinlab load', () => {
  test('--json prints rows per table first, then rejected rows with file and line', async () => {
    const t = tempFiles({
      'a.jsonl': [laRow('k1'), laRow('k2', { Type: 'AADNonInteractiveUserSignInLogs' }), { Id: 'k3', CreatedDateTime: 'later', UserPrincipalName: 'a@b.c', Type: 'SigninLogs' }]
        .map((o) => JSON.stringify(o))
        .join('\n'),
      'b.jsonl': JSON.stringify(laRow('k1')),
    });
    try {
      const io = bufferIO();
      const code = await run(['load', t.path('a.jsonl'), t.path('b.jsonl'), '--json'], io);
      expect(io.stderr).toBe('');
      expect(code).toBe(0);
      const out = JSON.parse(io.stdout);
      expect(Object.keys(out).slice(0, 2)).toEqual(['rows', 'rejected']);
      expect(out.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 1 });
      expect(out.rejected).toEqual([{ file: t.path('a.jsonl'), line: 3, reason: 'CreatedDateTime "later" is not a time: it is not an ISO 8601 or en-US date-time' }]);
      expect(out.duplicates).toBe(1);
    } finally {
      t.cleanup();
    }
  });

  test('the text summary names formats, counts and rejected rows', async () => {
    const io = bufferIO();
    expect(await run(['load', resolve(SAMPLES, 'sign-in_adelete.csv')], io)).toBe(0);
    expect(io.stdout).toMatch(/Loaded 56 sign-ins from 1 file/);
    expect(io.stdout).toMatch(/SigninLogs\s+56/);
    expect(io.stdout).toMatch(/\[Log Analytics CSV\]  offered 56, loaded 56, duplicates 0, rejected 0/);
  });

  test('a file that cannot be read at all: exit code 2 and one clear line', async () => {
    const io = bufferIO();
    expect(await run(['load', resolve(SAMPLES, 'az_mon_raw_query.json')], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(/^signinlab: .*az_mon_raw_query\.json:1: not sign-in data/);

    const missing = bufferIO();
    expect(await run(['load', '/nonexistent/x.csv'], missing)).toBe(2);
    expect(missing.stderr).toBe('signinlab: /nonexistent/x.csv: no such file\n');
  });

  test('--help names the formats it reads', async () => {
    const io = bufferIO();
    await run(['load', '--help'], io);
    for (const f of ['JSON Lines', 'REST response', 'Export to CSV', 'Graph', 'Diagnostic settings', 'Entra admin center', '.gz']) {
      expect(io.stdout).toContain(f);
    }
  });
});
