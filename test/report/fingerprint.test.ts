import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadFiles } from '../../src/sources/files/load-files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintFiles, fingerprintOfDigests, fingerprintRows } from '../../src/report';
import { tableFromRows } from '../../src/table/table-builder';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('fingerprintFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-fp-'));
  const a = join(dir, 'a.csv');
  const b = join(dir, 'b.json');
  writeFileSync(a, 'Id,UserPrincipalName\n1,ana@contoso.com\n');
  writeFileSync(b, '[]');

  it('digests each file by its bytes', () => {
    const fp = fingerprintFiles([a, b]);
    expect(fp.over).toBe('files');
    expect(fp.files).toEqual([
      { path: a, bytes: 39, sha256: sha('Id,UserPrincipalName\n1,ana@contoso.com\n') },
      { path: b, bytes: 2, sha256: sha('[]') },
    ]);
  });
  it('combines the per-file digests in sorted order, so naming the files in another order gives the same print', () => {
    const ab = fingerprintFiles([a, b]);
    expect(fingerprintFiles([b, a]).sha256).toBe(ab.sha256);
    expect(ab.sha256).toBe(sha([sha('Id,UserPrincipalName\n1,ana@contoso.com\n'), sha('[]')].sort().join('\n')));
  });
  it('changes when one byte changes', () => {
    const before = fingerprintFiles([a]).sha256;
    const c = join(dir, 'c.csv');
    writeFileSync(c, 'Id,UserPrincipalName\n1,ana@contoso.con\n');
    expect(fingerprintFiles([c]).sha256).not.toBe(before);
  });
  it('names the file it cannot read', () => {
    expect(() => fingerprintFiles([join(dir, 'missing.csv')])).toThrow(/missing\.csv/);
  });
});

describe('fingerprintRows', () => {
  it('hashes the sorted Ids, whatever order the rows arrived in', () => {
    const t1 = tableFromRows([{ Id: 'b', IsInteractive: true }, { Id: 'a', IsInteractive: false }]);
    const t2 = tableFromRows([{ Id: 'a', IsInteractive: false }, { Id: 'b', IsInteractive: true }]);
    expect(fingerprintRows(t1)).toEqual({ algorithm: 'SHA-256', over: 'row-ids', sha256: sha('a\nb'), files: [] });
    expect(fingerprintRows(t2).sha256).toBe(sha('a\nb'));
  });
  it('sees only the rows of a filtered view', () => {
    const t = tableFromRows([{ Id: 'a', IsInteractive: true }, { Id: 'b', IsInteractive: false }]);
    expect(fingerprintRows(t.ofTable('SigninLogs')).sha256).toBe(sha('a'));
  });
});

describe('fingerprints stream', () => {
  it('a file over 2 GiB is fingerprinted a chunk at a time (readFileSync refuses it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signinlab-fp-big-'));
    const big = join(dir, 'sparse.bin');
    try {
      // A sparse file: 2 GiB + 1 byte of zeros on disk in no time and no space.
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 2 ** 31 + 1);
      closeSync(fd);
      const fp = fingerprintFiles([big]);
      expect(fp.files[0].bytes).toBe(2 ** 31 + 1);
      expect(fp.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the digest a load computes from the bytes it read is the file digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signinlab-fp-load-'));
    const a = join(dir, 'a.jsonl.gz');
    writeFileSync(a, gzipSync('{"Id":"x","CreatedDateTime":"2024-05-01T10:00:00Z","UserPrincipalName":"a@b.c","Type":"SigninLogs"}\n'));
    const loaded = await loadFiles([a], { digest: true });
    expect(fingerprintOfDigests([{ path: a, bytes: loaded.files[0].bytes!, sha256: loaded.files[0].sha256! }])).toEqual(fingerprintFiles([a]));
  });
});
