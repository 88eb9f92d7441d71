/**
 * A JSON Lines file read in pieces (src/sources/files/parallel-json-lines.ts) gives exactly what the single pass gives:
 * the same table (rows and dictionaries), the same ledger, every rejection with its file and line, repairs, duplicates
 * and conflicts, in the same order. Pieces are forced tiny here (`minBytes: 0`, a few hundred bytes each) so that small
 * files cross every kind of boundary. Under jest the pieces are read on the main thread (the worker script is compiled
 * JavaScript); the last test runs the built loader in a child process, where worker threads do read pieces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS } from '../../src/schema/fields';
import { loadFiles, type LoadOptions, type LoadResult } from '../../src/sources/files/load-files';
import { laRow, tempFiles } from './fixtures';

/** Everything a load decides, as plain data: rows, each dictionary's values in order, and the whole accounting. */
function snapshot(r: LoadResult): unknown {
  const dictionaries: Record<string, readonly string[]> = {};
  for (const f of FIELDS) {
    const c = r.table.column(f.name) as { kind: string; values?: readonly string[] };
    if (c.kind === 'dict') dictionaries[f.name] = c.values!;
  }
  const { table, ...books } = r;
  return { rows: table.rows(), dictionaries, books };
}

const single: LoadOptions = { parallel: { threads: 1 } };
const pieces = (pieceBytes: number): LoadOptions => ({ parallel: { threads: 2, minBytes: 0, pieceBytes } });

const line = (o: unknown) => JSON.stringify(o);
const nonInteractive = (id: string, extra: Record<string, unknown> = {}) =>
  laRow(id, { Type: 'AADNonInteractiveUserSignInLogs', LocationDetails: JSON.stringify({ city: 'Bergen', countryOrRegion: 'NO' }), ...extra });

/** A file with something of every kind, duplicates far apart so that pieces split them. */
function mixedLines(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    out.push(line(laRow(`id-${i}`, { UserPrincipalName: `user${i % 7}@contoso.com`, IPAddress: `203.0.113.${i % 11}` })));
    if (i % 5 === 1) out.push(line(nonInteractive(`ni-${i}`, { ClientAppUsed: i % 2 ? 'Exchange ActiveSync' : 'Browser' })));
    if (i % 9 === 2) out.push('{"Id": "broken", "CreatedDateTime": ');
    if (i % 8 === 3) out.push('');
    if (i % 6 === 4) out.push(line(laRow(`rep-${i}`, { LocationDetails: 'not json at all', DeviceDetail: '{"broken"' })));
    if (i % 7 === 5) out.push(line(laRow(`bad-date-${i}`, { CreatedDateTime: 'yesterday' })));
    if (i % 10 === 6) out.push(line({ error: { code: 'BadRequest', message: 'throttled' } }));
    if (i % 13 === 7) out.push(line({ something: 'else' }));
    if (i % 11 === 8) out.push(line([laRow(`arr-${i}`), 7]));
  }
  // Duplicates of rows near the start, far down the file: the same row (another case of the Id), and a changed one.
  out.push(line(laRow('ID-3', { UserPrincipalName: 'user3@contoso.com', IPAddress: '203.0.113.3' })));
  out.push(line(laRow('id-4', { IPAddress: '198.51.100.99' })));
  out.push(line(nonInteractive('NI-1', { ClientAppUsed: 'Exchange ActiveSync' })));
  out.push(line(laRow('rep-4', { LocationDetails: 'still not json' })));
  out.push(line(laRow('id-39', { ResultType: '50126' })));
  out.push('x'.repeat(600));
  out.push(line(laRow('after-long')));
  return out;
}

async function both(name: string, text: string | Buffer, options: LoadOptions = {}, sizes = [1, 97, 256, 700, 2048, 1 << 20]): Promise<LoadResult> {
  const files = tempFiles({ [name]: text });
  try {
    const path = files.path(name);
    const expected = await loadFiles([path], { ...options, ...single });
    for (const size of sizes) {
      const got = await loadFiles([path], { ...options, ...pieces(size) });
      expect({ size, ...(snapshot(got) as object) }).toEqual({ size, ...(snapshot(expected) as object) });
    }
    return expected;
  } finally {
    files.cleanup();
  }
}

describe('a file read in pieces gives what the single pass gives', () => {
  test('bad lines, blank lines, repairs, error responses, arrays on a line, overlong lines, duplicates and conflicts across pieces', async () => {
    const r = await both('mixed.jsonl', mixedLines().join('\n') + '\n', { maxRecordChars: 500 });
    // The file holds every case the comparison is about (so the comparison is not between two empty results).
    expect(r.rejected.length).toBeGreaterThan(10);
    expect(new Set(r.rejected.map((x) => x.reason.slice(0, 12))).size).toBeGreaterThan(4);
    expect(r.repaired.length).toBeGreaterThan(3);
    expect(r.duplicates).toBe(5);
    expect(r.conflicts.map((c) => c.Id)).toEqual(['id-4', 'id-39']);
    expect(r.rejected.some((x) => /longer than 500/.test(x.reason))).toBe(true);
    expect(r.table.length + r.duplicates + r.rejected.length).toBe(r.offered);
  });

  test('CRLF line ends, a byte order mark and no newline at the end', async () => {
    const text = '\ufeff' + mixedLines().join('\r\n');
    const r = await both('crlf-bom.jsonl', text, { maxRecordChars: 500 });
    expect(r.files[0].format).toBe('Log Analytics JSON Lines');
    expect(r.rejected[0].line).toBeGreaterThan(1);
  });

  test('multi-byte characters on both sides of every cut', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => line(laRow(`u-${i}`, { UserPrincipalName: `žofia.ñ${'€'.repeat(i % 5)}@contoso.com`, City: '東京' })));
    const r = await both('utf8.jsonl', lines.join('\n') + '\n', {}, [1, 3, 101, 333]);
    expect(r.table.length).toBe(60);
  });

  test('a first piece with no sign-in record is read again in one pass (the file is judged by its first record)', async () => {
    // Lines that are JSON but no record keep the file JSON Lines and recognize nothing: whatever comes first after them
    // decides, as in the single pass, however far into the file it is.
    const noRecords = ['{"not json', ...Array.from({ length: 30 }, () => '[null]')].join('\n');
    const errors = ['{"not json', ...Array.from({ length: 30 }, (_, i) => (i % 3 ? '[null]' : line({ error: { code: 'E', message: 'm' } })))].join('\n');
    const files = tempFiles({
      'refused.jsonl': `${noRecords}\n${line({ other: 1 })}\n${line(laRow('r'))}\n`,
      'late.jsonl': `${noRecords}\n${line(laRow('a'))}\n${line({ other: 1 })}\n`,
      'after-errors.jsonl': `${errors}\n${line({ other: 1 })}\n${line(laRow('b'))}\n`,
    });
    try {
      const paths = ['refused.jsonl', 'late.jsonl', 'after-errors.jsonl'].map(files.path);
      const expected = await loadFiles(paths, single);
      expect(expected.failed).toEqual([{ file: paths[0], line: 32, reason: expect.stringMatching(/^not sign-in data: the first record has the keys other/) }]);
      expect(expected.table.rows().map((r) => r.Id)).toEqual(['a', 'b']);
      expect(expected.files.map((f) => f.format)).toEqual(['', 'Log Analytics JSON Lines', 'Log Analytics JSON Lines']);
      for (const size of [1, 50, 200]) expect(snapshot(await loadFiles(paths, pieces(size)))).toEqual(snapshot(expected));
    } finally {
      files.cleanup();
    }
  });

  test('a file whose first record is not sign-in data is refused alike, and so is a file of error responses only', async () => {
    const files = tempFiles({
      'other.jsonl': [line({ a: 1 }), ...Array.from({ length: 20 }, (_, i) => line(laRow(`o-${i}`)))].join('\n'),
      'errors.jsonl': Array.from({ length: 20 }, () => line({ error: { code: 'Forbidden', message: 'no access' } })).join('\n'),
      'good.jsonl': [line(laRow('g1')), line(laRow('g2'))].join('\n'),
    });
    try {
      const paths = ['other.jsonl', 'errors.jsonl', 'good.jsonl'].map(files.path);
      const expected = await loadFiles(paths, single);
      expect(expected.failed.map((f) => f.file)).toEqual(paths.slice(0, 2));
      for (const size of [1, 64, 500]) expect(snapshot(await loadFiles(paths, pieces(size)))).toEqual(snapshot(expected));
    } finally {
      files.cleanup();
    }
  });

  test('duplicates across files and pieces: the first kept row and its conflicts are the same', async () => {
    const a = Array.from({ length: 30 }, (_, i) => line(laRow(`d-${i}`))).join('\n');
    const b = Array.from({ length: 30 }, (_, i) => line(laRow(`D-${29 - i}`, i % 3 ? {} : { ResultType: '50053' }))).join('\n');
    const files = tempFiles({ 'a.jsonl': a, 'b.jsonl': b });
    try {
      const paths = [files.path('a.jsonl'), files.path('b.jsonl')];
      const expected = await loadFiles(paths, single);
      expect(expected.duplicates).toBe(30);
      expect(expected.conflicts.length).toBe(10);
      for (const size of [1, 150, 999]) expect(snapshot(await loadFiles(paths, pieces(size)))).toEqual(snapshot(expected));
    } finally {
      files.cleanup();
    }
  });
});

describe('worker threads (the built loader, in a child process)', () => {
  const root = join(__dirname, '..', '..');
  const built = join(root, 'dist', 'sources', 'files', 'load-files.js');

  test('pieces read by worker threads give the single pass result', () => {
    expect(existsSync(built)).toBe(true); // npm test builds dist/ first
    const files = tempFiles({ 'mixed.jsonl': '\ufeff' + mixedLines().join('\r\n') + '\r\n' });
    try {
      // Counts the pieces that worker threads posted, so the test fails if the workers silently did nothing.
      const script = `
        const wt = require('node:worker_threads');
        let fromWorkers = 0;
        const Base = wt.Worker;
        wt.Worker = class extends Base { constructor(...a) { super(...a); this.on('message', (m) => { if (m.piece) fromWorkers++; }); } };
        const { loadFiles } = require(${JSON.stringify(built)});
        const snap = (r) => { const { table, ...books } = r; return { rows: table.rows(), books }; };
        (async () => {
          const file = ${JSON.stringify(files.path('mixed.jsonl'))};
          const single = snap(await loadFiles([file], { maxRecordChars: 500, parallel: { threads: 1 } }));
          const parallel = snap(await loadFiles([file], { maxRecordChars: 500, parallel: { threads: 3, minBytes: 0, pieceBytes: 300, mainThreadReads: false } }));
          process.stdout.write(JSON.stringify({ fromWorkers, same: JSON.stringify(single) === JSON.stringify(parallel), rows: single.rows.length, rejected: single.books.rejected.length }));
        })();`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: root });
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout);
      expect(out.fromWorkers).toBeGreaterThan(0);
      expect(out.rows).toBeGreaterThan(40);
      expect(out.rejected).toBeGreaterThan(10);
      expect(out.same).toBe(true);
    } finally {
      files.cleanup();
    }
  });
});
