/** The hand-written CSV reader: RFC 4180 records with their lines, the same whatever the chunking, and recovery. */
import { parse } from 'csv-parse/sync';
import { CsvReader } from '../../src/sources/files/csv-records';

function read(text: string, cuts: number[] = [], maxRecordChars = 1 << 20): { records: [string[], number][]; problems: [string, number][] } {
  const records: [string[], number][] = [];
  const problems: [string, number][] = [];
  const r = new CsvReader({ record: (f, l) => records.push([f, l]), problem: (p, l) => problems.push([p, l]) }, { maxRecordChars });
  let at = 0;
  for (const c of cuts) {
    r.push(text.slice(at, c));
    at = c;
  }
  r.push(text.slice(at));
  r.end();
  return { records, problems };
}

const TRICKY =
  'Id,Note,Json\r\n' +
  'a,"comma, inside","{""k"": ""v,\r\nw""}"\r\n' +
  '\r\n' +
  'b,plain,\r\n' +
  'c,"quote "" mid",x\r\n' +
  'd,"",""\r\n' +
  'e,last,no newline';

describe('CsvReader', () => {
  test('reads what csv-parse reads, with each record\'s first line', () => {
    const { records, problems } = read(TRICKY);
    expect(problems).toEqual([]);
    const reference = (parse(TRICKY, { relax_column_count: true, skip_empty_lines: true }) as string[][]).map((f) => f.map((x) => x.replace(/\r\n/g, '\n')));
    expect(records.map(([f]) => f)).toEqual(reference);
    expect(records.map(([, l]) => l)).toEqual([1, 2, 5, 6, 7, 8]);
  });

  test('the same records and lines at every chunk boundary', () => {
    const whole = read(TRICKY);
    for (let a = 1; a < TRICKY.length; a++) expect(read(TRICKY, [a])).toEqual(whole);
    for (let a = 1; a + 2 < TRICKY.length; a += 3) expect(read(TRICKY, [a, a + 1, a + 2])).toEqual(whole);
  });

  test('a broken record is one problem at its first line; reading resumes at the next record of the header\'s width', () => {
    const text = 'Id,A,B\n1,x,y\n2,"open, never closed\n3,x,y\n4,"ok",y\n';
    const { records, problems } = read(text);
    expect(records.map(([f, l]) => [f[0], l])).toEqual([['Id', 1], ['1', 2], ['3', 4], ['4', 5]]);
    expect(problems).toEqual([['unreadable CSV record (lines 3–3): a quote ends field 2, but "o" follows it instead of a comma or the line end (a quote not doubled, or one never closed)', 3]]);
    for (let a = 1; a < text.length; a++) expect(read(text, [a])).toEqual({ records, problems });
  });

  test('a lone CR inside an unquoted field is kept', () => {
    expect(read('Id,A\n1,x\ry\n').records.map(([f]) => f)).toEqual([['Id', 'A'], ['1', 'x\ry']]);
    expect(read('Id,A\n1,x\ry\n', [8]).records.map(([f]) => f)).toEqual([['Id', 'A'], ['1', 'x\ry']]);
  });

  test('a quote left open to the end of the file', () => {
    const { records, problems } = read('Id,A\n1,x\n2,"open\n3,x\n');
    expect(records.map(([f]) => f[0])).toEqual(['Id', '1', '3']);
    expect(problems).toEqual([['unreadable CSV record (lines 3–3): the file ends inside a quoted field (an unclosed quote)', 3]]);
  });

  test('a record longer than the limit is rejected, and the next one read', () => {
    const { records, problems } = read(`Id,A\n1,${'x'.repeat(5000)}\n2,y\n`, [100, 2000, 4000], 1000);
    expect(records.map(([f]) => f[0])).toEqual(['Id', '2']);
    expect(problems).toEqual([['unreadable CSV record (lines 2–2): the record is longer than 1000 characters', 2]]);
  });
});
