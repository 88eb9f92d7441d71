/**
 * Every record accounted for, whatever the container shape and whatever the values: loaded + duplicates + rejected =
 * offered, per file and in all, repairs listed with file and line, duplicates compared as Entra writes Ids.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { isUserError } from '../../src/errors';
import { loadFiles, loadText, type LoadResult } from '../../src/sources/files/load-files';
import { diagnosticRecord, graphSignIn, laRow, tempFiles } from './fixtures';

/** offered = loaded + duplicates + rejected, for the load and for each file. */
function expectBalanced(r: LoadResult): void {
  expect(r.table.length + r.duplicates + r.rejected.length).toBe(r.offered);
  for (const f of r.files) expect(f.loaded + f.duplicates + f.rejected).toBe(f.offered);
  expect(r.files.reduce((n, f) => n + f.loaded, 0)).toBe(r.table.length);
}

const jsonl = (...rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('every container shape', () => {
  test('a JSON array of arrays (jq -s of two exports) loads every row', async () => {
    const text = JSON.stringify([[laRow('a1'), laRow('a2')], [laRow('a3')]]);
    const r = await loadText(text, 'slurped.json');
    expect(r.offered).toBe(3);
    expect(r.table.length).toBe(3);
    expectBalanced(r);
  });

  test('pretty-printed, deeper, and inside a Graph page', async () => {
    const r = await loadText(JSON.stringify([[[laRow('b1')]], { value: [[graphSignIn('b2')]] }], null, 2), 'deep.json');
    expect(r.table.length).toBe(2);
    expectBalanced(r);
  });

  test('scalars and nulls among rows are rejected with their line, not skipped', async () => {
    const text = `[\n1,\n"text",\n${JSON.stringify(laRow('c1'))},\n[${JSON.stringify(laRow('c2'))}, true],\nnull\n]`;
    const r = await loadText(text, 'mixed.json');
    expect(r.table.length).toBe(2);
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([
      [2, 'a number where a sign-in record (an object) was expected'],
      [3, 'a string where a sign-in record (an object) was expected'],
      [5, 'true or false where a sign-in record (an object) was expected'],
      [6, 'null where a sign-in record (an object) was expected'],
    ]);
    expectBalanced(r);
  });

  test('the same shapes on one JSON Lines line', async () => {
    const r = await loadText(jsonl(laRow('d0'), [[laRow('d1'), 7], [laRow('d2')]], 'loose', [null]), 'lines.jsonl');
    expect(r.table.length).toBe(3);
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([
      [2, 'a number (7) where a sign-in record (an object) was expected'],
      [3, 'a string ("loose") where a sign-in record (an object) was expected'],
      [4, 'null where a sign-in record (an object) was expected'],
    ]);
    expectBalanced(r);
  });
});

describe('table values that are names of Object members', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('Type, Category and diagnostic category %s are rejected', async (name) => {
    const rows = [
      laRow('e1', { Type: name }),
      laRow('e2', { Type: undefined, Category: name }),
      { ...diagnosticRecord('e3'), category: name },
      laRow('e4'),
    ];
    const r = await loadText(jsonl(...rows), 'proto.jsonl');
    expect(r.table.length).toBe(1);
    expect(r.rejected.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(Object.keys(r.rows)).toEqual(['SigninLogs', 'AADNonInteractiveUserSignInLogs']);
    expect(JSON.stringify(r.rows)).not.toMatch(/function|native code/);
    expectBalanced(r);
  });

  test('a column named __proto__ in CSV or a query response is a column like any other', async () => {
    const csv = 'Id,CreatedDateTime,UserPrincipalName,Type,__proto__,constructor\nf1,2024-05-01T10:00:00Z,a@b.c,SigninLogs,x,y\n';
    const r = await loadText(csv, 'proto.csv');
    expect(r.table.length).toBe(1);
    expectBalanced(r);
  });
});

describe('repairs are listed with file, line, field and what was used', () => {
  test('an unreadable or absent CreatedDateTime (TimeGenerated used), an unreadable TimeGenerated, no UPN, a broken dynamic column', async () => {
    const rows = [
      laRow('g1', { CreatedDateTime: 'yesterday' }),
      laRow('g2', { CreatedDateTime: undefined }),
      laRow('g3', { TimeGenerated: '2024-13-01T00:00:00Z' }),
      laRow('g4', { UserPrincipalName: '' }),
      laRow('g5', { LocationDetails: '{"city": "Oslo",' }),
      laRow('g6'),
    ];
    const r = await loadText(jsonl(...rows), 'repairs.jsonl');
    expect(r.table.length).toBe(6);
    expect(r.repaired).toEqual([
      { file: 'repairs.jsonl', line: 1, field: 'CreatedDateTime', reason: 'CreatedDateTime "yesterday" is not a time: it is not an ISO 8601 or en-US date-time; TimeGenerated used' },
      { file: 'repairs.jsonl', line: 2, field: 'CreatedDateTime', reason: 'no CreatedDateTime; TimeGenerated used' },
      { file: 'repairs.jsonl', line: 3, field: 'TimeGenerated', reason: 'TimeGenerated "2024-13-01T00:00:00Z" is not a time: there is no month 13; left empty' },
      { file: 'repairs.jsonl', line: 4, field: 'UserPrincipalName', reason: 'empty; the sign-in is attributed to its UserId "u-ann"' },
      { file: 'repairs.jsonl', line: 5, field: 'LocationDetails', reason: 'not JSON; City, State, CountryOrRegion, Latitude, Longitude left empty' },
    ]);
    expect(r.files[0].repaired).toBe(5);
    expectBalanced(r);
  });

  test('a rejected or duplicate row lists no repair', async () => {
    const r = await loadText(jsonl(laRow('h1'), laRow('h1', { CreatedDateTime: 'x' }), laRow('h2', { CreatedDateTime: 'x', TimeGenerated: 'y' })), 'r.jsonl');
    expect(r.repaired).toEqual([]);
    expect(r.duplicates).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expectBalanced(r);
  });
});

describe('duplicates', () => {
  test('Ids are compared as Entra writes them, case-insensitively', async () => {
    const id = '7c759f10-811c-4db8-ad6d-f07d8ae3f8ea';
    const r = await loadText(jsonl(laRow(id), laRow(id.toUpperCase())), 'case.jsonl');
    expect(r.table.length).toBe(1);
    expect(r.duplicates).toBe(1);
    expect(r.conflicts).toEqual([]);
    expectBalanced(r);
  });

  test('the same Id with other contents in two files is a conflict naming both places; the first row is kept', async () => {
    const t = tempFiles({
      'a.jsonl': jsonl(laRow('k1'), laRow('k2')),
      'b.jsonl': jsonl(laRow('K1', { IPAddress: '198.51.100.99' }), laRow('k2')),
    });
    try {
      const r = await loadFiles([t.path('a.jsonl'), t.path('b.jsonl')]);
      expect(r.table.length).toBe(2);
      expect(r.duplicates).toBe(2);
      expect(r.conflicts).toEqual([{ file: t.path('b.jsonl'), line: 1, Id: 'K1', firstFile: t.path('a.jsonl'), firstLine: 1 }]);
      expect(r.table.get(0, 'IPAddress')).toBe('203.0.113.5');
      expect(r.files.map((f) => [f.loaded, f.duplicates])).toEqual([[2, 0], [0, 2]]);
      expectBalanced(r);
    } finally {
      t.cleanup();
    }
  });

  test('the same event from Graph and from Log Analytics is a duplicate, not a conflict', async () => {
    const la = laRow('m1', { CreatedDateTime: '2024-05-01T11:00:00.1234567Z', UserPrincipalName: 'bob@contoso.com', IPAddress: '198.51.100.7', ResultType: '50126', AppId: '' });
    const r = await loadText(jsonl(la, graphSignIn('M1')), 'both.jsonl');
    expect(r.duplicates).toBe(1);
    expect(r.conflicts).toEqual([]);
  });
});

describe('times', () => {
  test.each([
    ['a number (1e20)', 1e20, 'CreatedDateTime 100000000000000000000 is not a time: it is a number, not a date-time text'],
    ['epoch seconds', 1714557600, 'CreatedDateTime 1714557600 is not a time: it is a number, not a date-time text'],
    ['year 0099', '0099-05-01T10:00:00Z', 'CreatedDateTime "0099-05-01T10:00:00Z" is not a time: the year 0099 is outside 1970–9999'],
    ['year 0000', '0000-01-01T00:00:00Z', 'CreatedDateTime "0000-01-01T00:00:00Z" is not a time: the year 0000 is outside 1970–9999'],
    ['2024-02-31', '2024-02-31T10:00:00Z', 'CreatedDateTime "2024-02-31T10:00:00Z" is not a time: there is no day 31 in 2024-02'],
  ])('%s is rejected with its line, not loaded or rolled over', async (_name, value, reason) => {
    const r = await loadText(jsonl(laRow('t0'), laRow('t1', { CreatedDateTime: value, TimeGenerated: undefined })), 'times.jsonl');
    expect(r.table.length).toBe(1);
    expect(r.rejected).toEqual([{ file: 'times.jsonl', line: 2, reason }]);
  });

  test('the same in CSV exports and admin center downloads', async () => {
    const la = 'Id,CreatedDateTime [UTC],UserPrincipalName,Type\nu1,"2/30/2024, 1:00:00.000 PM",a@b.c,SigninLogs\nu2,"2/29/2024, 1:00:00.000 PM",a@b.c,SigninLogs\n';
    const r = await loadText(la, 'x.csv');
    expect(r.table.length).toBe(1);
    expect(r.rejected[0]).toEqual({ file: 'x.csv', line: 2, reason: 'CreatedDateTime "2/30/2024, 1:00:00.000 PM" is not a time: there is no day 30 in 2024-02' });
  });
});

describe('bad lines are rejected, not fatal', () => {
  test('an {"error": …} line in the middle of JSON Lines is one rejected line; the rows around it load', async () => {
    const err = { error: { code: 'BadArgumentError', message: 'The request had some invalid properties' } };
    const r = await loadText(jsonl(laRow('v1'), err, laRow('v2')), 'mixed.jsonl');
    expect(r.table.length).toBe(2);
    expect(r.rejected).toEqual([
      { file: 'mixed.jsonl', line: 2, reason: 'a Log Analytics or Graph error response, not data: BadArgumentError The request had some invalid properties' },
    ]);
    expectBalanced(r);
  });

  test('one unterminated CSV quote is one rejected record; the rows after it load', async () => {
    const loc = '"{\n  ""city"": ""Oslo""\n}"';
    const lines = ['Id,CreatedDateTime,UserPrincipalName,Type,LocationDetails,UserAgent'];
    for (let i = 0; i < 11; i++) lines.push(`r${i},2024-05-01T10:00:00Z,a@b.c,SigninLogs,${loc},"Mozilla ""5.0"""`);
    lines[3] = `r2,2024-05-01T10:00:00Z,a@b.c,SigninLogs,${loc},"Mozilla 5.0`;
    const r = await loadText(lines.join('\n') + '\n', 'quote.csv');
    expect(r.offered).toBe(11);
    expect(r.table.length).toBe(10);
    expect(r.rejected).toEqual([{ file: 'quote.csv', line: 8, reason: expect.stringMatching(/^unreadable CSV record \(lines 8–10\): a quote ends field 6/) }]);
    expectBalanced(r);
  });

  test('a stray quote inside an unquoted field is kept as a character', async () => {
    const r = await loadText('Id,CreatedDateTime,UserPrincipalName,Type,UserAgent\nw1,2024-05-01T10:00:00Z,a@b.c,SigninLogs,Moz"illa\n', 'q.csv');
    expect(r.table.get(0, 'UserAgent')).toBe('Moz"illa');
  });
});

describe('overlong records are rejected with their line, never held whole', () => {
  const huge = (n: number) => JSON.stringify(laRow('big', { UserAgent: 'x'.repeat(n) }));
  test.each([
    ['JSON Lines', (n: number) => jsonl(laRow('o1')) + huge(n) + '\n' + jsonl(laRow('o2')), 'the line is longer than 1000 characters; not read'],
    ['JSON', (n: number) => `[${JSON.stringify(laRow('o1'))},\n${huge(n)},\n${JSON.stringify(laRow('o2'))}]`, 'the record is longer than 1000 characters; not read'],
    ['CSV', (n: number) => `Id,CreatedDateTime,UserPrincipalName,Type,UserAgent\no1,2024-05-01T10:00:00Z,a@b.c,SigninLogs,x\nbig,2024-05-01T10:00:00Z,a@b.c,SigninLogs,"${'x'.repeat(n)}"\no2,2024-05-01T10:00:00Z,a@b.c,SigninLogs,y\n`, 'unreadable CSV record (lines 3–3): the record is longer than 1000 characters'],
  ])('%s', async (_format, make, reason) => {
    for (const n of [5_000, 200_000]) {
      const r = await loadText(make(n), 'long', { maxRecordChars: 1000 });
      expect(r.table.length).toBe(2);
      expect(r.rejected).toEqual([{ file: 'long', line: 2 + (_format === 'JSON Lines' ? 0 : _format === 'CSV' ? 1 : 0), reason }]);
      expectBalanced(r);
    }
  });

  test('a .gz holding one line of 600 million characters: that line is rejected, the rows around it load', async () => {
    const t = tempFiles({});
    const path = join(t.dir, 'huge.jsonl.gz');
    try {
      await new Promise<void>((resolve, reject) => {
        const gz = createGzip({ level: 1 });
        const out = createWriteStream(path);
        gz.pipe(out).on('finish', resolve).on('error', reject);
        gz.write(jsonl(laRow('p1')) + '{"Id":"p2","UserAgent":"');
        const block = 'a'.repeat(1 << 20);
        let left = 600;
        const more = () => {
          while (left > 0) {
            left--;
            if (!gz.write(block)) return void gz.once('drain', more);
          }
          gz.end('"}\n' + jsonl(laRow('p3')));
        };
        more();
      });
      const r = await loadFiles([path]);
      expect(r.table.length).toBe(2);
      expect(r.rejected).toEqual([{ file: path, line: 2, reason: 'the line is longer than 268435456 characters; not read' }]);
      expectBalanced(r);
    } finally {
      t.cleanup();
    }
  });
});

describe('broken gzip: the rows before the break load, the rest is one rejection, and other files still load', () => {
  /** 3000 rows whose Ids start with `prefix` (each file its own, so no row is a duplicate of another file's). */
  const whole = (prefix: string) => gzipSync(jsonl(...Array.from({ length: 3000 }, (_, i) => laRow(`${prefix}${i}`, { UserAgent: `agent ${i} `.repeat(12) }))));

  test('truncated, two bytes long, followed by junk, corrupt in the middle', async () => {
    const corrupt = whole('c');
    corrupt.fill(0x55, Math.floor(corrupt.length / 2), Math.floor(corrupt.length / 2) + 64);
    const cut = whole('t');
    const t = tempFiles({
      'good.jsonl': jsonl(laRow('ok1')),
      'cut.jsonl.gz': cut.subarray(0, Math.floor(cut.length * 0.6)),
      'two.jsonl.gz': cut.subarray(0, 2),
      'junk.jsonl.gz': Buffer.concat([whole('j'), Buffer.from('not gzip at all\n')]),
      'corrupt.jsonl.gz': corrupt,
    });
    try {
      const names = ['good.jsonl', 'cut.jsonl.gz', 'two.jsonl.gz', 'junk.jsonl.gz', 'corrupt.jsonl.gz'];
      const r = await loadFiles(names.map(t.path));
      const by = new Map(r.files.map((f) => [f.file.slice(t.dir.length + 1), f]));
      expect(by.get('good.jsonl')!.loaded).toBe(1);
      expect(by.get('two.jsonl.gz')!.error).toBe('the compressed file is truncated: nothing could be read');
      expect(r.failed).toEqual([{ file: t.path('two.jsonl.gz'), reason: 'the compressed file is truncated: nothing could be read' }]);
      // Junk after the last member: every row before it loads.
      expect(by.get('junk.jsonl.gz')!.loaded).toBe(3000);
      for (const name of ['cut.jsonl.gz', 'corrupt.jsonl.gz']) {
        const f = by.get(name)!;
        expect(f.loaded).toBeGreaterThan(100);
        expect(f.loaded).toBeLessThan(3000);
      }
      // Truncated: one rejection where it breaks off. Corrupt: deflate is not checked until its CRC, so the bytes after
      // the damage may first decode to garbage lines (each rejected as not JSON), then the break is named.
      const reasons = (name: string) => r.rejected.filter((x) => x.file.endsWith(name)).map((x) => x.reason);
      expect(reasons('cut.jsonl.gz')).toEqual([expect.stringMatching(/^the compressed file is truncated: the file breaks off here/)]);
      expect(reasons('junk.jsonl.gz')).toEqual([expect.stringMatching(/^the compressed data is corrupt, or followed by bytes that are not gzip \(incorrect header check\)/)]);
      expect(reasons('corrupt.jsonl.gz').pop()).toMatch(/^the compressed data is corrupt/);
      // The rows kept are exactly the first ones, in order: nothing before the break is lost.
      const cut = by.get('cut.jsonl.gz')!;
      const cutRejection = r.rejected.find((x) => x.file.endsWith('cut.jsonl.gz'))!;
      expect(cutRejection.line).toBe(cut.loaded + 1);
      expectBalanced(r);
    } finally {
      t.cleanup();
    }
  });
});

describe('one bad file never sinks the others', () => {
  test('a.jsonl README.md: a.jsonl loads, README.md is named as not loaded', async () => {
    const t = tempFiles({ 'a.jsonl': jsonl(laRow('n1')), 'README.md': '# signinlab\n\nNotes.\n' });
    try {
      const r = await loadFiles([t.path('a.jsonl'), t.path('README.md'), t.path('missing.csv')]);
      expect(r.table.length).toBe(1);
      expect(r.failed.map((f) => [f.file, f.line, f.reason.slice(0, 30)])).toEqual([
        [t.path('README.md'), 1, 'not sign-in data: a CSV file w'],
        [t.path('missing.csv'), undefined, 'no such file'],
      ]);
      expectBalanced(r);
    } finally {
      t.cleanup();
    }
  });

  test('when no file loads, one error names each', async () => {
    const t = tempFiles({ 'x.md': '# x\n', 'y.json': '{"name": "y"}' });
    try {
      const e = await loadFiles([t.path('x.md'), t.path('y.json')]).catch((x: unknown) => x);
      expect(isUserError(e)).toBe(true);
      expect((e as Error).message).toMatch(/^none of the 2 files could be loaded: .*x\.md:1: not sign-in data.*; .*y\.json:1: not sign-in data/);
    } finally {
      t.cleanup();
    }
  });

  // An unreadable file (EACCES): test/cli/hostile-cli.test.ts, through the binary run as a user who cannot read it.

  test('a whole file that is only an error response is refused, saying so', async () => {
    const t = tempFiles({ 'out.json': '{"error":{"code":"Forbidden","message":"no"}}' });
    try {
      writeFileSync(t.path('out.json'), '{"error":{"code":"Forbidden","message":"no"}}');
      await expect(loadFiles([t.path('out.json')])).rejects.toThrow(/out\.json:1: a Log Analytics or Graph error response, not data: Forbidden no$/);
    } finally {
      t.cleanup();
    }
  });
});

describe('files are closed however their load ends', () => {
  test('refused, broken and good files leave no descriptor open (Linux /proc/self/fd)', async () => {
    const { readdirSync } = await import('node:fs');
    const open = () => readdirSync('/proc/self/fd').length;
    const gz = gzipSync(jsonl(...Array.from({ length: 2000 }, (_, i) => laRow(`f${i}`, { UserAgent: `a${i}`.repeat(20) }))));
    const t = tempFiles({
      'good.jsonl': jsonl(laRow('g1')),
      'README.md': '# notes\n',
      'bin.dat': Buffer.from([0, 1, 2, 0, 0, 3]),
      'cut.jsonl.gz': gz.subarray(0, gz.length >> 1),
      'junk.jsonl.gz': Buffer.concat([gz, Buffer.from('junk')]),
      'two.gz': gz.subarray(0, 2),
    });
    try {
      const paths = ['good.jsonl', 'README.md', 'bin.dat', 'cut.jsonl.gz', 'junk.jsonl.gz', 'two.gz'].map(t.path);
      await loadFiles(paths);
      const before = open();
      for (let i = 0; i < 5; i++) await loadFiles(paths, { digest: true });
      expect(open()).toBe(before);
    } finally {
      t.cleanup();
    }
  });
});
