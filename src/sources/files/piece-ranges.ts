/**
 * Where to cut a JSON Lines file into pieces for parallel reading: about every `pieceBytes`, just after a line break, so
 * every line lies whole in one piece (a line longer than a piece makes that piece longer).
 */
import { closeSync, openSync, readSync } from 'node:fs';

const WINDOW = 64 * 1024;

/** The offset just after the first "\n" at or after `from`, or `size` when there is none. */
function afterNextBreak(fd: number, from: number, size: number, buf: Buffer): number {
  for (let at = from; at < size; ) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
    if (n === 0) return size;
    const i = buf.subarray(0, n).indexOf(10);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return size;
}

/**
 * Byte ranges [start, end) covering [first, size) of the file.
 * @param first where the text starts (3 after a UTF-8 byte order mark)
 */
export function pieceRanges(path: string, first: number, size: number, pieceBytes: number): [number, number][] {
  const ranges: [number, number][] = [];
  const buf = Buffer.allocUnsafe(WINDOW);
  const fd = openSync(path, 'r');
  try {
    for (let start = first; start < size; ) {
      const end = start + pieceBytes >= size ? size : afterNextBreak(fd, start + pieceBytes, size, buf);
      ranges.push([start, end]);
      start = end;
    }
  } finally {
    closeSync(fd);
  }
  return ranges;
}
