/**
 * The command line on hostile and broken input and outputs: one line naming the file (and line), exit code 2, output
 * that cannot drive a terminal, the evidence never overwritten, and a reader that stops early ends it quietly.
 * In-process through `run` where that shows everything, through the real binary where the process itself matters
 * (EPIPE, another user's permissions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bufferIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { laRow, tempFiles } from '../sources/fixtures';

const BIN = resolve(__dirname, '../../bin/signinlab.js');
const jsonl = (...rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
/** Any byte a terminal acts on: C0 (but newline), DEL, C1. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = bufferIO();
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** stderr is exactly these lines, each starting "signinlab: ". */
function expectLines(stderr: string, ...patterns: RegExp[]): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(patterns.length);
  lines.forEach((l, k) => expect(l).toMatch(patterns[k]));
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
}

describe('several files: one bad file never sinks the others', () => {
  test('load a.jsonl README.md loads a.jsonl, names README.md on one line, exits 2', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('a1'), laRow('a2')), 'README.md': '# Notes\n\nnothing here\n' });
    try {
      const r = await cli(['load', t.path('a.jsonl'), t.path('README.md')]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/Loaded 2 sign-ins from 2 files/);
      expect(r.stdout).toMatch(/README\.md  NOT LOADED: not sign-in data/);
      expectLines(r.stderr, /^signinlab: .*README\.md:1: not sign-in data: a CSV file whose header \(# Notes\)/);

      const json = await cli(['load', t.path('a.jsonl'), t.path('README.md'), '--json']);
      expect(json.code).toBe(2);
      const out = JSON.parse(json.stdout);
      expect(out.rows).toEqual({ SigninLogs: 2, AADNonInteractiveUserSignInLogs: 0 });
      expect(out.failed).toEqual([{ file: t.path('README.md'), line: 1, reason: expect.stringMatching(/^not sign-in data/) }]);
    } finally {
      t.cleanup();
    }
  });

  test('findings and report run on the files that loaded, then exit 2 naming the others', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('a1')), 'b.bin': Buffer.from([0, 1, 2, 3, 0, 0, 7]) });
    try {
      const f = await cli(['findings', t.path('a.jsonl'), t.path('b.bin')]);
      expect(f.code).toBe(2);
      expect(f.stdout).toMatch(/^Loaded 1 sign-ins/);
      expectLines(f.stderr, /^signinlab: .*b\.bin: a binary file, not sign-in data/);
      const out = t.path('r.md');
      const r = await cli(['report', t.path('a.jsonl'), t.path('b.bin'), '--out', out, '--no-charts']);
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(true);
      expect(readFileSync(out, 'utf8')).toMatch(/not loaded: .*b\.bin/);
      expectLines(r.stderr, /^signinlab: .*b\.bin: a binary file/);
    } finally {
      t.cleanup();
    }
  });

  test('a broken .gz among good files: the good rows load, the break is a rejection with its line', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('a1')) });
    try {
      const { gzipSync } = await import('node:zlib');
      const gz = gzipSync(jsonl(...Array.from({ length: 500 }, (_, i) => laRow(`g${i}`, { UserAgent: `u${i}`.repeat(30) }))));
      writeFileSync(t.path('cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
      writeFileSync(t.path('tiny.gz'), gz.subarray(0, 2));
      const r = await cli(['load', t.path('a.jsonl'), t.path('cut.jsonl.gz'), t.path('tiny.gz'), '--json']);
      expect(r.code).toBe(2);
      const out = JSON.parse(r.stdout);
      expect(out.rows.SigninLogs).toBeGreaterThan(50);
      expect(out.rejected).toEqual([{ file: t.path('cut.jsonl.gz'), line: out.rows.SigninLogs, reason: expect.stringMatching(/^the compressed file is truncated/) }]);
      expectLines(r.stderr, /^signinlab: .*tiny\.gz: the compressed file is truncated: nothing could be read$/);
    } finally {
      t.cleanup();
    }
  });

  test('an unreadable file: exit 2 and one line, not "EACCES" as an unexpected error', () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('a1')), 'locked.jsonl': jsonl(laRow('a2')) });
    try {
      chmodSync(t.dir, 0o755);
      chmodSync(t.path('a.jsonl'), 0o644);
      chmodSync(t.path('locked.jsonl'), 0o000);
      // root reads any file: then run as nobody, who cannot.
      const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      if (process.getuid?.() === 0) chownSync(t.path('a.jsonl'), 65534, 65534);
      const r = spawnSync(process.execPath, [BIN, 'load', t.path('a.jsonl'), t.path('locked.jsonl')], { encoding: 'utf8', ...asOther });
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(/Loaded 1 sign-ins from 2 files/);
      expectLines(r.stderr, /^signinlab: .*locked\.jsonl: cannot read the file: permission denied \(EACCES\)$/);
    } finally {
      t.cleanup();
    }
  });
});

describe('bad values load as rejections, and findings and report do not die on them', () => {
  test('a time given as the number 1e20', async () => {
    const t = tempFiles({ 'n.jsonl': jsonl(laRow('a1'), laRow('a2', { CreatedDateTime: 1e20, TimeGenerated: 1e20 }), laRow('a3', { CreatedDateTime: '2024-05-01T11:00:00Z' })) });
    try {
      const load = await cli(['load', t.path('n.jsonl'), '--json']);
      expect(load.code).toBe(0);
      expect(JSON.parse(load.stdout).rejected).toEqual([{ file: t.path('n.jsonl'), line: 2, reason: 'CreatedDateTime 100000000000000000000 is not a time: it is a number, not a date-time text' }]);
      expect((await cli(['findings', t.path('n.jsonl')])).code).toBe(0);
      const report = await cli(['report', t.path('n.jsonl'), '--out', t.path('r.html'), '--no-charts']);
      expect(report.stderr).toBe('');
      expect(report.code).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  test('repairs are listed in the text summary and in --json', async () => {
    const t = tempFiles({ 'r.jsonl': jsonl(laRow('a1', { CreatedDateTime: 'soon' }), laRow('a2', { UserPrincipalName: null })) });
    try {
      const text = await cli(['load', t.path('r.jsonl')]);
      expect(text.stdout).toMatch(/rejected 0, repaired 2\./);
      expect(text.stdout).toMatch(/r\.jsonl:1: CreatedDateTime: CreatedDateTime "soon" is not a time: .*; TimeGenerated used/);
      expect(text.stdout).toMatch(/r\.jsonl:2: UserPrincipalName: empty; the sign-in is attributed to its UserId "u-ann"/);
      const json = JSON.parse((await cli(['load', t.path('r.jsonl'), '--json'])).stdout);
      expect(json.repaired.map((x: { file: string; line: number; field: string }) => [x.line, x.field])).toEqual([[1, 'CreatedDateTime'], [2, 'UserPrincipalName']]);
      expect(json.files[0]).toMatchObject({ offered: 2, loaded: 2, duplicates: 0, rejected: 0, repaired: 2 });
      const findings = JSON.parse((await cli(['findings', t.path('r.jsonl'), '--json'])).stdout);
      expect(findings.repaired).toHaveLength(2);
      const report = await cli(['report', t.path('r.jsonl'), '--out', t.path('r.md'), '--no-charts']);
      expect(report.code).toBe(0);
      const md = readFileSync(t.path('r.md'), 'utf8').replace(/\\/g, ''); // (Markdown escapes parentheses and dots)
      expect(md).toMatch(/Rows repaired \(loaded, one field not as written\)\*\*: 2/);
      expect(md).toMatch(/\| .*r\.jsonl \| 2 \| UserPrincipalName \| empty; the sign-in is attributed to its UserId/);
    } finally {
      t.cleanup();
    }
  });

  test('conflicting duplicates are listed', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('ID-1')), 'b.jsonl': jsonl(laRow('id-1', { ResultType: '50126' })) });
    try {
      const r = await cli(['load', t.path('a.jsonl'), t.path('b.jsonl')]);
      expect(r.stdout).toMatch(/Rows offered 2, duplicates 1 \(1 with other contents\), rejected 0/);
      expect(r.stdout).toMatch(/b\.jsonl:1: Id id-1 differs from .*a\.jsonl:1/);
    } finally {
      t.cleanup();
    }
  });
});

describe('nothing from the input drives the terminal', () => {
  const OSC52 = '\u001b]52;c;ZXZpbA==\u0007';
  const OSC8 = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
  const CSI = '\u001b[2J\u001b[H';

  test.each([
    ['the keys of the first record', 'keys.jsonl', jsonl({ [`name${OSC52}`]: 1, [`x${CSI}`]: 2 })],
    ['a CSV header', 'header.csv', `city${OSC8},population${CSI}\n${'Oslo,700000\n'.repeat(40)}`],
    ['a file name', `evil${CSI}\u202e.jsonl`, '{"name": "not a sign-in"}\n'],
    ['an error response saved as data', 'err.json', JSON.stringify({ error: { code: `Bad${CSI}`, message: `see ${OSC8}` } })],
  ])('%s, quoted in an error message', async (_what, name, content) => {
    const t = tempFiles({ [name]: content });
    try {
      const r = await cli(['load', t.path(name)]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.trimEnd()).not.toMatch(TERMINAL_CONTROL);
      expect(r.stderr).toMatch(/\\x1b/);
    } finally {
      t.cleanup();
    }
  });

  test('look-alike UPNs in findings and rejected rows show their hidden characters', async () => {
    const t = tempFiles({
      'l.jsonl': jsonl(laRow('a1', { UserPrincipalName: 'ad\u200bmin@contoso.com' }), laRow('a2', { UserPrincipalName: 'admin@contoso.com', CreatedDateTime: `x\u061c\u2028y` , TimeGenerated: '' })),
    });
    try {
      const r = await cli(['load', t.path('l.jsonl')]);
      expect(r.stdout).toContain('\\u061c\\u2028');
      expect(r.stdout).not.toMatch(/[\u061c\u2028\u200b]/);
    } finally {
      t.cleanup();
    }
  });
});

describe('bad output paths: one line, exit 2', () => {
  test.each([
    ['a directory', (d: string) => d, /: cannot write: it is a directory; give a file name$/],
    ['a full device', () => '/dev/full', /^signinlab: \/dev\/full: cannot write: no space left on the device \(ENOSPC\)$/],
    ['a missing folder', (d: string) => join(d, 'no', 'such', 'x.jsonl'), /cannot write: folder .* does not exist$/],
  ])('generate --out %s', async (_what, out, pattern) => {
    const t = tempFiles({});
    try {
      const r = await cli(['generate', '--users', '2', '--days', '1', '--out', out(t.dir)]);
      expect(r.code).toBe(2);
      expectLines(r.stderr, pattern);
    } finally {
      t.cleanup();
    }
  });

  test('report --out one of its inputs is refused before anything is written, however the input is named', async () => {
    const t = tempFiles({ 'evidence.jsonl': jsonl(laRow('a1'), laRow('a2')) });
    try {
      const before = readFileSync(t.path('evidence.jsonl'));
      symlinkSync(t.path('evidence.jsonl'), t.path('link.jsonl'));
      for (const [input, out] of [
        ['evidence.jsonl', 'evidence.jsonl'],
        ['link.jsonl', 'evidence.jsonl'],
        ['evidence.jsonl', 'link.jsonl'],
      ]) {
        const r = await cli(['report', t.path(input), '--out', t.path(out), '--no-charts']);
        expect(r.code).toBe(2);
        expectLines(r.stderr, /cannot write: it is the input file .*; writing there would overwrite the evidence, choose another --out$/);
      }
      expect(readFileSync(t.path('evidence.jsonl'))).toEqual(before);
    } finally {
      t.cleanup();
    }
  });

  test('report --out a directory', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('a1')) });
    try {
      const r = await cli(['report', t.path('a.jsonl'), '--out', t.dir, '--no-charts']);
      expect(r.code).toBe(2);
      expectLines(r.stderr, /cannot write: it is a directory/);
    } finally {
      t.cleanup();
    }
  });
});

describe('out-of-range --param values: one line, exit 2', () => {
  test.each([
    ['kql', 'token-replay.idleHours=-1'],
    ['kql', 'token-replay.idleHours=1e21'],
    ['kql', 'password-spray.minAccounts=-3'],
    ['findings', 'token-replay.idleHours=-1'],
    ['findings', 'token-replay.minDistanceKm=1e300'],
  ])('%s --param %s', async (command, param) => {
    const args = command === 'kql' ? ['kql', param.split('.')[0], '--param', param] : ['findings', '--param', param];
    const r = await cli(args);
    expect(r.code).toBe(2);
    expectLines(r.stderr, new RegExp(`^signinlab: --param ${param.split('=')[0].replace('.', '\\.')}=.*: must be a number from 0 to [\\d,]+`));
  });

  test('values in range still work, and the KQL they give binds', async () => {
    const r = await cli(['kql', 'token-replay', '--param', 'token-replay.idleHours=87000', '--json']);
    expect(r.code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateKql } = require('../../src/kql/validate') as typeof import('../../src/kql/validate');
    expect(validateKql(JSON.parse(r.stdout)[0].kql).ok).toBe(true);
  });
});

describe('timespans mean the same everywhere', () => {
  test('kql --timespan without a zone is UTC whatever TZ is, and P1M works', () => {
    for (const tz of ['America/New_York', 'Asia/Kathmandu']) {
      const r = spawnSync(process.execPath, [BIN, 'kql', 'legacy-auth', '--timespan', '2025-06-01T00:00/P1D'], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('datetime(2025-06-01T00:00:00.000Z) .. datetime(2025-06-02T00:00:00.000Z)');
    }
    const month = spawnSync(process.execPath, [BIN, 'kql', 'legacy-auth', '--timespan', 'P1M'], { encoding: 'utf8' });
    expect(month.status).toBe(0);
    expect(month.stdout).toContain("TimeGenerated > datetime_add('month', -1, now())");
  });
});

describe('a reader that stops early', () => {
  /** Runs the binary with its stdout closed before it writes; returns the exit code and stderr. */
  function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (b) => (stderr += b));
      child.stdout.destroy();
      child.on('close', (code) => done({ code, stderr }));
    });
  }

  test.each([[['report', '--help']], [['findings', '--json']], [['kql', '--all', '--timespan', 'P7D']]])('signinlab %j | head ends quietly', async (args) => {
    const r = await closedPipe(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
