/**
 * Opens an input (a file path or bytes in memory) as a stream of text chunks, whatever its wrapping: gzip is detected
 * from the magic bytes (not the extension), the UTF-8 BOM is dropped, UTF-16 (what Windows PowerShell's Out-File
 * writes by default) is decoded, and empty or binary input is refused by name before any parsing starts.
 */
import { createReadStream, promises as fsp, type ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../errors';

export interface Input {
  /** The name used in messages: the path as given, or the name passed with the text. */
  readonly name: string;
  /** Size in bytes as stored (compressed size for .gz). */
  readonly size: number;
  /**
   * The stored bytes in chunks. A chunk is only valid until the next one is asked for: a file is read into one reused
   * buffer, so a long load does not leave a trail of buffers for the garbage collector (they showed in peak memory).
   */
  chunks(): AsyncIterable<Buffer>;
  /** The stored bytes as a stream of chunks that stay valid (for piping through gunzip). */
  stream(): Readable;
  /** Bytes of the stored input read so far. */
  bytesRead(): number;
}

/**
 * Read size. Under 1 MB, because larger decoded strings become external strings, which are released later; 64 KiB
 * because larger chunks measured no faster and raised peak RSS (97 MB vs 112 MB loading a 194 MB JSONL file).
 */
const CHUNK = 64 * 1024;

/** The input broke off after reading began (a truncated .gz, a read error): the rows before it still count. */
export class InputBroken extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputBroken';
  }
}

/** An Input over a file; a missing or unreadable file is a UserError naming it. */
export async function fileInput(path: string): Promise<Input> {
  let size: number;
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) throw new UserError('is a directory, not a file', path);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? (e as Error).message})`, path);
  }
  let read = 0;
  let last: ReadStream | undefined;
  return {
    name: path,
    size,
    async *chunks() {
      read = 0;
      last = undefined;
      const fh = await fsp.open(path, 'r');
      try {
        const buf = Buffer.allocUnsafe(CHUNK);
        for (;;) {
          const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
          if (bytesRead === 0) return;
          read += bytesRead;
          yield buf.subarray(0, bytesRead);
        }
      } finally {
        await fh.close();
      }
    },
    stream: () => (last = createReadStream(path, { highWaterMark: CHUNK })),
    bytesRead: () => (last ? last.bytesRead : read),
  };
}

/** An Input over bytes or text already in memory (notebooks, tests). */
export function memoryInput(data: string | Uint8Array, name: string): Input {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let read = 0;
  function* parts(): Generator<Buffer> {
    read = 0;
    for (let i = 0; i < bytes.length; i += CHUNK) {
      const part = bytes.subarray(i, i + CHUNK);
      read += part.length;
      yield part;
    }
  }
  return {
    name,
    size: bytes.length,
    async *chunks() {
      yield* parts();
    },
    stream: () => Readable.from(parts()),
    bytesRead: () => read,
  };
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The first chunk of a stream and an iterator over the rest. */
async function firstChunk(stream: AsyncIterable<Buffer>): Promise<{ head: Buffer | undefined; rest: AsyncIterator<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const r = await it.next();
  return { head: r.done ? undefined : r.value, rest: it };
}

function looksBinary(b: Buffer): boolean {
  const n = Math.min(b.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) odd++;
  }
  return odd > n / 20;
}

/**
 * The text of an input, in chunks. Throws a UserError for an empty (zero-byte) or binary input; an input that breaks off midway
 * (a truncated .gz) ends the iteration with an error whose message says so.
 */
export async function* textChunks(input: Input): AsyncGenerator<string> {
  let { head, rest } = await firstChunk(input.chunks());
  if (head && isGzip(head)) {
    await rest.return?.();
    ({ head, rest } = await firstChunk(input.stream().pipe(createGunzip())));
  }
  if (!head || head.length === 0) throw new UserError('the file is empty', input.name);
  let encoding: 'utf8' | 'utf16le' = 'utf8';
  let skip = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
  else if (head[0] === 0xff && head[1] === 0xfe) {
    encoding = 'utf16le';
    skip = 2;
  }  else if (head[0] === 0xfe && head[1] === 0xff) throw new UserError('UTF-16 big-endian text is not supported; save it as UTF-8', input.name);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new UserError('a ZIP archive: extract the files in it and load those', input.name);
  }
  if (encoding === 'utf8' && looksBinary(head.subarray(skip))) {
    throw new UserError('a binary file, not sign-in data (expected JSON, JSON Lines or CSV, optionally gzip-compressed)', input.name);
  }
  const decoder = new StringDecoder(encoding);
  const text = decoder.write(skip ? head.subarray(skip) : head);
  if (text !== '') yield text;
  for (;;) {
    let r: IteratorResult<Buffer>;
    try {
      r = await rest.next();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputBroken(code === 'Z_BUF_ERROR' || /end of file/i.test((e as Error).message) ? 'the compressed file is truncated' : `read error: ${(e as Error).message}`);
    }
    if (r.done) break;
    const t = decoder.write(r.value);
    if (t !== '') yield t;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
