/**
 * Reads CSV text (RFC 4180: quoted fields with commas, doubled quotes and line breaks, as the Log Analytics export
 * writes its multi-line JSON cells), streaming, one record at a time, each with the physical line it starts on.
 *
 * Hand-written rather than csv-parse (used before) for one reason: recovery. After a broken quote csv-parse reads on
 * from inside the broken record, so one unclosed quote in an 11-row export gave 195 rejections and lost the rows after
 * it. Here a record that cannot be read is taken back to its first line and reading restarts on the next line, then the
 * one after, until a line starts a record of the header's width; the lines skipped are ONE rejected record, named by
 * its first line and the lines it spans. A quote inside an unquoted field is kept as a character (as spreadsheets do).
 *
 *   record ──► record(fields, line)        broken at line L ──► retry at L+1, L+2, … ──► problem(reason, L) once
 */
import { parseRecord } from './csv-record';

export interface CsvHandlers {
  record(fields: string[], line: number): void;
  problem(reason: string, line: number): void;
}

export interface CsvOptions {
  /** Longest record, in characters (a longer one is rejected like a broken one). */
  maxRecordChars: number;
}

/** While looking for the next record after a broken one, a candidate longer than this is not it. */
const RESYNC_BUDGET = 1 << 20;

export class CsvReader {
  /** Unread text, starting at the record being read. */
  private buf = '';
  private pos = 0;
  private line = 1;
  private width = -1;
  /** The broken record being skipped: its first line and why it broke. */
  private broken: { line: number; reason: string } | undefined;
  /** Read again only when this much text is waiting (doubles while one record spans chunks: linear, not quadratic). */
  private wait = 0;
  /** Inside a broken line too long to keep: drop text up to its end. */
  private skippingLine = false;
  private done = false;

  constructor(
    private readonly on: CsvHandlers,
    private readonly options: CsvOptions,
  ) {}

  push(chunk: string): void {
    if (this.done) return;
    if (this.skippingLine) {
      const nl = chunk.indexOf('\n');
      if (nl < 0) return;
      chunk = chunk.slice(nl + 1);
      this.line++;
      this.skippingLine = false;
    }
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
    this.pos = 0;
    if (this.buf.length >= this.wait) this.drain(false);
  }

  /** The end of the text: what is left is read as the last record (or the end of a broken one). */
  end(): void {
    if (this.done) return;
    this.drain(true);
    if (this.broken) this.on.problem(`unreadable CSV record (lines ${this.broken.line} to the end of the file): ${this.broken.reason}`, this.broken.line);
    this.done = true;
  }

  /** The text broke off (a truncated .gz): the record in progress, or the next line, is rejected with `reason`. */
  abort(reason: string): void {
    if (this.done) return;
    this.done = true;
    this.on.problem(reason, this.broken?.line ?? this.line);
  }

  private limit(): number {
    return this.broken ? Math.min(this.options.maxRecordChars, RESYNC_BUDGET) : this.options.maxRecordChars;
  }

  private drain(final: boolean): void {
    const s = this.buf;
    for (;;) {
      // Empty lines between records are not records.
      while (this.pos < s.length) {
        const c = s.charCodeAt(this.pos);
        if (c === 10) this.pos++;
        else if (c === 13 && s.charCodeAt(this.pos + 1) === 10) this.pos += 2;
        else if (c === 13 && this.pos + 1 >= s.length && !final) return;
        else break;
        this.line++;
      }
      if (this.pos >= s.length) return;
      const limit = this.limit();
      const r = parseRecord(s, this.pos, final, limit);
      if (r.kind === 'more') {
        this.wait = Math.min(2 * (s.length - this.pos), limit + 2);
        return;
      }
      this.wait = 0;
      if (r.kind === 'record' && (!this.broken || r.fields.length === this.width)) {
        if (this.broken) {
          this.on.problem(`unreadable CSV record (lines ${this.broken.line}–${this.line - 1}): ${this.broken.reason}`, this.broken.line);
          this.broken = undefined;
        }
        if (this.width < 0) this.width = r.fields.length;
        const line = this.line;
        this.line += r.lines;
        this.pos = r.next;
        this.on.record(r.fields, line);
        continue;
      }
      // Broken (or, while skipping, not a record of the header's width): read again from the next line.
      this.broken ??= { line: this.line, reason: r.kind === 'broken' ? r.reason : `${r.fields.length} fields where the header has ${this.width}` };
      const nl = s.indexOf('\n', this.pos);
      if (nl < 0) {
        this.pos = s.length;
        if (!final) this.skippingLine = true;
        return;
      }
      this.pos = nl + 1;
      this.line++;
    }
  }
}
