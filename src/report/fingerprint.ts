/**
 * A fingerprint of the data a report was written from, so a reader can tell whether two reports saw the same input
 * and a reviewer can re-check the conclusions on exactly those bytes.
 *
 * From files: SHA-256 of each file's bytes, and one combined digest over the per-file digests in sorted order (the
 * order the files were named in does not change it). Without files (synthetic tenant, live workspace): SHA-256 over the
 * sorted Ids of the loaded rows, one per line, which identifies the same events whatever order they arrived in.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors';
import type { SignInTable } from '../table/signin-table';

export interface FileDigest {
  path: string;
  bytes: number;
  sha256: string;
}

export interface DataFingerprint {
  algorithm: 'SHA-256';
  /** What was hashed: the input files' bytes, or the sorted Ids of the loaded rows. */
  over: 'files' | 'row-ids';
  sha256: string;
  /** Per-file digests, when the data came from files. */
  files: FileDigest[];
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * Fingerprints input files by their bytes.
 *
 * @param paths the files the table was loaded from
 * @throws UserError when a file cannot be read
 * @example fingerprintFiles(['signins.csv']).sha256
 */
export function fingerprintFiles(paths: readonly string[]): DataFingerprint {
  const files = paths.map((path): FileDigest => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new UserError(`cannot read the file to fingerprint it: ${(e as Error).message}`, path);
    }
    return { path, bytes: bytes.length, sha256: sha256(bytes) };
  });
  const combined = files.map((f) => f.sha256).sort().join('\n');
  return { algorithm: 'SHA-256', over: 'files', sha256: sha256(combined), files };
}

/**
 * Fingerprints loaded rows by their Ids (sorted, one per line).
 *
 * @example fingerprintRows(table).sha256
 */
export function fingerprintRows(table: SignInTable): DataFingerprint {
  const ids = table.column('Id');
  const all: string[] = new Array(table.length);
  for (let k = 0; k < table.length; k++) all[k] = ids.get(table.position(k));
  all.sort();
  return { algorithm: 'SHA-256', over: 'row-ids', sha256: sha256(all.join('\n')), files: [] };
}
