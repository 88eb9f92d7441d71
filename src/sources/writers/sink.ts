/**
 * A text sink over a file that honours back-pressure and gzips when the path ends in `.gz`, so a writer can stream a
 * million rows without holding them. Small writes are gathered into ~1 MB chunks before they reach the stream.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { checkOutputPath, writeError } from './output-path';

const CHUNK = 1 << 20;

export class FileSink {
  private parts: string[] = [];
  private size = 0;
  private readonly stream: Writable;
  private readonly failed: Promise<never>;
  private readonly closed: Promise<void>;

  constructor(readonly path: string) {
    checkOutputPath(path);
    const file = createWriteStream(path);
    const gzip = path.endsWith('.gz') ? createGzip() : undefined;
    if (gzip) gzip.pipe(file);
    this.stream = gzip ?? file;
    const streams: Writable[] = gzip ? [gzip, file] : [file];
    this.failed = new Promise<never>((_, reject) => {
      for (const s of streams) s.on('error', (e: Error) => reject(writeError(e, path)));
    });
    this.failed.catch(() => undefined);
    // Plain listeners, not events.once(): once() also rejects on 'error', and that promise would go unhandled.
    this.closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
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
    if (!this.stream.write(chunk)) await Promise.race([new Promise<void>((resolve) => this.stream.once('drain', () => resolve())), this.failed]);
  }

  /** Writes what is queued, ends the file and waits until it is on disk. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await Promise.race([this.closed, this.failed]);
  }
}
