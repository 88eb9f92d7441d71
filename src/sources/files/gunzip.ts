/**
 * Gzip input as decompressed chunks, keeping every byte that came before a break. Node's gunzip drops all that a write
 * produced when that write also hits an error (bytes after the last gzip member, a corrupt block), so the compressed
 * bytes go in 4 KiB slices, and when one fails, decompression runs once more from the start up to that slice and then
 * feeds the slice a byte at a time: what the failing slice held before the bad byte is kept too. Output is handed on
 * after each stored chunk, so a gzip bomb streams like any large file. A break ends the iteration with InputBroken.
 */
import { createGunzip, type Gunzip } from 'node:zlib';
import { breakReason, InputBroken } from './input-broken';

const SLICE = 4 * 1024;

/** One zlib gunzip stream fed by hand: each write resolves once its input is consumed, or the stream broke. */
class Inflater {
  private readonly gunzip: Gunzip = createGunzip();
  readonly out: Buffer[] = [];
  failure: unknown;
  private readonly broken: Promise<void>;

  constructor() {
    let failed: () => void = () => undefined;
    this.broken = new Promise<void>((resolve) => (failed = resolve));
    this.gunzip.on('data', (b: Buffer) => this.out.push(b));
    this.gunzip.on('error', (e) => {
      this.failure ??= e;
      failed();
    });
  }

  /** Feeds `b`; false when the stream broke (a write that breaks it gets no callback: the error ends the wait). */
  async write(b: Buffer): Promise<boolean> {
    if (this.failure !== undefined) return false;
    await Promise.race([new Promise<void>((resolve) => this.gunzip.write(b, () => resolve())), this.broken]);
    return this.failure === undefined;
  }

  /** Ends the input; false when it ended inside a member (a truncated file). */
  async end(): Promise<boolean> {
    if (this.failure !== undefined) return false;
    await Promise.race([new Promise<void>((resolve) => this.gunzip.once('end', resolve).end()), this.broken]);
    return this.failure === undefined;
  }

  take(): Buffer[] {
    return this.out.splice(0);
  }

  close(): void {
    this.gunzip.destroy();
  }
}

/**
 * The decompressed bytes of gzip input.
 * @param first the first stored chunk (already read), `rest` the others
 * @param again a fresh pass over the stored bytes, for the recovery run after a failed slice
 */
export async function* gunzipChunks(first: Buffer, rest: AsyncIterator<Buffer>, again: () => AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const z = new Inflater();
  /** Decompressed bytes handed on, and compressed bytes consumed without error. */
  let handed = 0;
  let fed = 0;
  let stored: Buffer | undefined = first;
  try {
    while (stored) {
      for (let i = 0; i < stored.length; i += SLICE) {
        const slice = stored.subarray(i, i + SLICE);
        if (!(await z.write(slice))) {
          for (const b of z.take()) {
            handed += b.length;
            yield b;
          }
          yield* recover(again, fed, slice.length, handed);
          throw new InputBroken(breakReason(z.failure));
        }
        fed += slice.length;
      }
      for (const b of z.take()) {
        handed += b.length;
        yield b;
      }
      const r = await rest.next();
      stored = r.done ? undefined : r.value;
    }
    const whole = await z.end();
    for (const b of z.take()) yield b;
    if (!whole) throw new InputBroken(breakReason(z.failure));
  } finally {
    z.close();
    await rest.return?.(undefined).catch(() => undefined);
  }
}

/**
 * The bytes a failed slice would have given before its bad byte: decompress again from the start, skip the `handed`
 * bytes already handed on, and feed the slice at [fed, fed + length) one byte at a time until it breaks.
 */
async function* recover(again: () => AsyncIterable<Buffer>, fed: number, length: number, handed: number): AsyncGenerator<Buffer> {
  const z = new Inflater();
  let skip = handed;
  const give = function* (): Generator<Buffer> {
    for (const b of z.take()) {
      if (skip >= b.length) {
        skip -= b.length;
        continue;
      }
      yield skip > 0 ? b.subarray(skip) : b;
      skip = 0;
    }
  };
  let at = 0;
  try {
    for await (const chunk of again()) {
      for (let i = 0; i < chunk.length && at < fed + length; ) {
        const bulk = at < fed ? Math.min(SLICE, fed - at, chunk.length - i) : 1;
        const ok = await z.write(Buffer.from(chunk.subarray(i, i + bulk)));
        yield* give();
        if (!ok) return;
        i += bulk;
        at += bulk;
      }
      if (at >= fed + length) break;
    }
  } finally {
    z.close();
  }
}
