import { gzipSync } from 'node:zlib';
import { loadFiles, loadText } from '../../src/sources/files/load-files';
import { isUserError } from '../../src/errors';
import { expectAccounted, laRow, tempFiles } from './fixtures';

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(isUserError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('input that is refused as a whole, by name', () => {
  test('a missing file', async () => {
    expect(await refusal(loadFiles(['/nonexistent/signins.jsonl']))).toBe('/nonexistent/signins.jsonl: no such file');
  });

  test('an empty file and a file of white space', async () => {
    expect(await refusal(loadText('', 'empty.json'))).toBe('empty.json: the file is empty');
    expect(await refusal(loadText(' \r\n\n  ', 'blank.csv'))).toBe('blank.csv: the file is empty (only white space)');
    expect(await refusal(loadText(gzipSync(''), 'empty.gz'))).toBe('empty.gz: the file is empty');
  });

  test('a binary file, and a ZIP archive', async () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);
    expect(await refusal(loadText(bytes, 'signinlab.bin'))).toMatch(/^signinlab\.bin: a binary file, not sign-in data/);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00]);
    expect(await refusal(loadText(zip, 'signins.zip'))).toBe('signins.zip: a ZIP archive: extract the files in it and load those');
  });

  test('JSON that is not sign-ins', async () => {
    const msg = await refusal(loadText(JSON.stringify([{ name: 'x', version: 2 }], null, 2), 'package.json'));
    expect(msg).toMatch(/^package\.json:2: not sign-in data: the first record has the keys name, version/);
  });

  test('CSV that is not sign-ins', async () => {
    const msg = await refusal(loadText('city,population\nOslo,700000\n', 'cities.csv'));
    expect(msg).toMatch(/^cities\.csv:1: not sign-in data: a CSV file whose header \(city, population\)/);
  });

  test('an error response saved instead of data', async () => {
    const msg = await refusal(loadText('{"error":{"code":"BadArgumentError","message":"The request had some invalid properties"}}', 'out.json'));
    expect(msg).toMatch(/out\.json:1: .*error response.*BadArgumentError/);
  });
});

describe('partly broken input: good rows load, each bad row is reported with its line', () => {
  test('a truncated gzip file keeps the rows before the cut', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify(laRow(`z${i}`, { UserAgent: `agent ${i} `.repeat(20) }))).join('\n');
    const gz = gzipSync(lines);
    const t = tempFiles({ 'cut.jsonl.gz': gz.subarray(0, Math.floor(gz.length * 0.6)) });
    try {
      const r = await loadFiles([t.path('cut.jsonl.gz')]);
      expect(r.table.length).toBeGreaterThan(0);
      expect(r.table.length).toBeLessThan(2000);
      const last = r.rejected[r.rejected.length - 1];
      expect(last.reason).toMatch(/truncated/);
      expect(last.file).toBe(t.path('cut.jsonl.gz'));
      expectAccounted(r);
    } finally {
      t.cleanup();
    }
  });

  test('stray text between JSON values, and a row the normalizer refuses', async () => {
    const text = `[\n${JSON.stringify(laRow('s1'))},\n${JSON.stringify(laRow('s2', { CreatedDateTime: 'x', TimeGenerated: '' }))}\n]\noops\n`;
    const r = await loadText(text, 'stray.json');
    expect(r.table.length).toBe(1);
    expect(r.rejected).toEqual([
      { file: 'stray.json', line: 3, reason: 'CreatedDateTime "x" is not a time: it is not an ISO 8601 or en-US date-time' },
      { file: 'stray.json', line: 5, reason: 'text outside any JSON value' },
    ]);
  });

  test('an unclosed quote at the end of a CSV file', async () => {
    const r = await loadText('Id,CreatedDateTime,UserPrincipalName,Type\nq1,2024-05-01T00:00:00Z,a@b.c,SigninLogs\nq2,"2024-05-01\n', 'cut.csv');
    expect(r.table.length).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ file: 'cut.csv', line: 3 });
    expect(r.rejected[0].reason).toBe('unreadable CSV record (lines 3 to the end of the file): the file ends inside a quoted field (an unclosed quote)');
  });
});
