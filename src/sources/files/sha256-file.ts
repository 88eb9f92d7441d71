/**
 * SHA-256 of a file's bytes, read a chunk at a time: memory stays at one buffer whatever the size (readFileSync holds
 * the whole file and refuses one over 2 GiB). For fingerprints of inputs and of saved pulls.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * @throws the file system's error when the file cannot be read (callers name the file)
 * @example sha256File('signins.jsonl') // { bytes: 1834, sha256: '9f86d0…' }
 */
export function sha256File(path: string): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(CHUNK);
  let bytes = 0;
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}
