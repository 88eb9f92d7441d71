/**
 * A text sink over a file that honours back-pressure and gzips when the path ends in `.gz`, so a writer can stream a
 * million rows without holding them. Small writes are gathered into ~1 MB chunks before they reach the stream.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { UserError } from '../../errors';

const CHUNK = 1 << 20;

export class FileSink {
  private parts: string[] = [];
  private size = 0;
  private readonly stream: Writable;
  private readonly failed: Promise<never>;
  private readonly closed: Promise<void>;

  constructor(readonly path: string) {
    const dir = dirname(path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`cannot write ${path}: folder ${dir} does not exist`);
    const file = createWriteStream(path);
    const gzip = path.endsWith('.gz') ? createGzip() : undefined;
    if (gzip) gzip.pipe(file);
    this.stream = gzip ?? file;
    const streams: Writable[] = gzip ? [gzip, file] : [file];
    this.failed = new Promise<never>((_, reject) => {
      for (const s of streams) s.on('error', (e: Error) => reject(new UserError(`cannot write ${path}: ${e.message}`)));
    });
    this.failed.catch(() => undefined);
    this.closed = once(file, 'close').then(() => undefined);
  }

  /** Queues text; resolves once the stream can take more. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.failed]);
  }

  /** Writes what is queued, ends the file and waits until it is on disk. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await Promise.race([this.closed, this.failed]);
  }
}
