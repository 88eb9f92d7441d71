/**
 * Opens an input (a file path or bytes in memory) as a stream of text chunks, whatever its wrapping: gzip is detected
 * from the magic bytes (not the extension), the UTF-8 BOM is dropped, UTF-16 (what Windows PowerShell's Out-File
 * writes by default) is decoded, and empty, binary or unreadable input is refused by name before any parsing starts.
 * A stream that breaks off later (a truncated or corrupt .gz, a read error) ends with InputBroken: the rows before the
 * break still count. On request the stored bytes are hashed (SHA-256) as they stream by, for the report's fingerprint.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, promises as fsp } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../../errors';
import { gunzipChunks } from './gunzip';
import { breakReason, InputBroken, isInputBroken } from './input-broken';

export interface Input {
  /** The name used in messages: the path as given, or the name passed with the text. */
  readonly name: string;
  /** The file's path, for an input read from a file. */
  readonly path?: string;
  /** Size in bytes as stored (compressed size for .gz). */
  readonly size: number;
  /**
   * The stored bytes in chunks. A chunk is only valid until the next one is asked for: a file is read into one reused
   * buffer, so a long load does not leave a trail of buffers for the garbage collector (they showed in peak memory).
   */
  chunks(): AsyncIterable<Buffer>;
  /** Bytes of the stored input read so far. */
  bytesRead(): number;
  /** SHA-256 and size of every stored byte (read to the end for it if the load stopped early); with `digest` only. */
  digest?(): Promise<{ bytes: number; sha256: string }>;
}

/**
 * Read size. Under 1 MB, because larger decoded strings become external strings, which are released later; 64 KiB
 * because larger chunks measured no faster and raised peak RSS (97 MB vs 112 MB loading a 194 MB JSONL file).
 */
const CHUNK = 64 * 1024;

export { InputBroken, isInputBroken } from './input-broken';

/** A missing or unreadable file as the UserError that names it. */
function openError(e: unknown, path: string): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError('no such file', path);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`cannot read the file: permission denied (${code})`, path);
  if (code === 'EISDIR') return new UserError('is a directory, not a file', path);
  return new UserError(`cannot read the file (${code ?? (e as Error).message})`, path);
}

/** A hash over one pass of the stored bytes; done when the pass reached the end. */
class Pass {
  private readonly hash: Hash | undefined;
  bytes = 0;
  result: { bytes: number; sha256: string } | undefined;
  constructor(on: boolean) {
    this.hash = on ? createHash('sha256') : undefined;
  }
  update(b: Buffer): void {
    this.bytes += b.length;
    this.hash?.update(b);
  }
  end(): void {
    if (this.hash && !this.result) this.result = { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/**
 * An Input over a file; a missing, unreadable or special file is a UserError naming it.
 * @param options `digest`: hash the bytes as they are read, for `digest()`
 */
export async function fileInput(path: string, options: { digest?: boolean } = {}): Promise<Input> {
  let size: number;
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) throw new UserError('is a directory, not a file', path);
    if (st.isSocket() || st.isBlockDevice()) throw new UserError('is a socket or a device, not a file', path);
    size = st.size;
    // Open once now, so a file that cannot be read is refused by name before anything else is.
    await (await fsp.open(path, 'r')).close();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw openError(e, path);
  }
  let read = 0;
  let done: { bytes: number; sha256: string } | undefined;
  const hashing = !!options.digest;
  return {
    name: path,
    path,
    size,
    async *chunks() {
      read = 0;
      const pass = new Pass(hashing);
      let fh: fsp.FileHandle;
      try {
        fh = await fsp.open(path, 'r');
      } catch (e) {
        throw openError(e, path);
      }
      try {
        const buf = Buffer.allocUnsafe(CHUNK);
        for (;;) {
          let bytesRead: number;
          try {
            ({ bytesRead } = await fh.read(buf, 0, CHUNK, null));
          } catch (e) {
            throw new InputBroken(breakReason(e));
          }
          if (bytesRead === 0) {
            pass.end();
            done ??= pass.result;
            return;
          }
          read += bytesRead;
          const chunk = buf.subarray(0, bytesRead);
          pass.update(chunk);
          yield chunk;
        }
      } finally {
        await fh.close();
      }
    },
    bytesRead: () => read,
    digest: hashing
      ? async () => {
          if (done) return done;
          // The load stopped before the end (a broken .gz): read on to the end for the digest.
          const pass = new Pass(true);
          for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) pass.update(chunk as Buffer);
          pass.end();
          return (done = pass.result!);
        }
      : undefined,
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
    bytesRead: () => read,
    digest: async () => ({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }),
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
 * The text of an input, in chunks. Throws a UserError for an empty (zero-byte), binary or unreadable input, or a .gz
 * that breaks before any text; an input that breaks off later ends the iteration with InputBroken, saying why.
 */
export async function* textChunks(input: Input): AsyncGenerator<string> {
  let rest: AsyncIterator<Buffer> | undefined;
  try {
    let head: Buffer | undefined;
    try {
      ({ head, rest } = await firstChunk(input.chunks()));
    } catch (e) {
      throw isInputBroken(e) ? new UserError(`${e.message}: nothing could be read`, input.name) : e;
    }
    if (head && isGzip(head)) {
      const gz = gunzipChunks(head, rest, () => input.chunks());
      rest = gz;
      try {
        ({ head } = await firstChunk({ [Symbol.asyncIterator]: () => gz }));
      } catch (e) {
        throw new UserError(`${isInputBroken(e) ? e.message : breakReason(e)}: nothing could be read`, input.name);
      }
    }
    if (!head || head.length === 0) throw new UserError('the file is empty', input.name);
    let encoding: 'utf8' | 'utf16le' = 'utf8';
    let skip = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
    else if (head[0] === 0xff && head[1] === 0xfe) {
      encoding = 'utf16le';
      skip = 2;
    } else if (head[0] === 0xfe && head[1] === 0xff) throw new UserError('UTF-16 big-endian text is not supported; save it as UTF-8', input.name);
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
        throw isInputBroken(e) ? e : new InputBroken(breakReason(e));
      }
      if (r.done) break;
      const t = decoder.write(r.value);
      if (t !== '') yield t;
    }
    const tail = decoder.end();
    if (tail) yield tail;
  } finally {
    // Whatever ends the reading (the end, a break, a refusal, a caller that stops), the file is closed now.
    await rest?.return?.(undefined).catch(() => undefined);
  }
}
