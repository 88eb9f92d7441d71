/**
 * A fingerprint of the data a report was written from, so a reader can tell whether two reports saw the same input
 * and a reviewer can re-check the conclusions on exactly those bytes.
 *
 * From files: SHA-256 of each file's bytes, and one combined digest over the per-file digests in sorted order (the
 * order the files were named in does not change it). Without files (synthetic tenant, live workspace): SHA-256 over the
 * sorted Ids of the loaded rows, one per line, which identifies the same events whatever order they arrived in.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors';
import { sha256File } from '../sources/files/sha256-file';
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

/** SHA-256 and size of a file, read a chunk at a time (bounded memory, any size). */
function digestFile(path: string): FileDigest {
  try {
    return { path, ...sha256File(path) };
  } catch (e) {
    throw new UserError(`cannot read the file to fingerprint it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
}

/** The combined fingerprint of per-file digests: SHA-256 over their digests in sorted order. */
export function fingerprintOfDigests(files: readonly FileDigest[]): DataFingerprint {
  const combined = files.map((f) => f.sha256).sort().join('\n');
  return { algorithm: 'SHA-256', over: 'files', sha256: sha256(combined), files: [...files] };
}

/**
 * Fingerprints input files by their bytes, reading each a chunk at a time (bounded memory, any size). A load asked for
 * `digest` has these digests already, computed from the very bytes it read: pass them to fingerprintOfDigests instead.
 *
 * @param paths the files the table was loaded from
 * @throws UserError when a file cannot be read
 * @example fingerprintFiles(['signins.csv']).sha256
 */
export function fingerprintFiles(paths: readonly string[]): DataFingerprint {
  return fingerprintOfDigests(paths.map(digestFile));
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
