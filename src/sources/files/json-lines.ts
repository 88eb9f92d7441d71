/**
 * Splits JSON Lines text into lines as chunks arrive, handing each non-blank line with its 1-based line number to
 * `emit`. A broken line stays one rejected line; the next line parses on its own (which is why a JSON Lines file is read
 * this way rather than by the scanner). A line longer than the limit is not kept in memory: it is dropped as it
 * arrives and reported once, by its number, when it ends.
 */
export class JsonLineSplitter {
  private carry = '';
  private line = 0;
  /** The current line is already longer than the limit: its text is being dropped. */
  private tooLong = false;

  constructor(
    private readonly emit: (text: string, line: number) => void,
    private readonly problem: (reason: string, line: number) => void,
    private readonly maxLineChars: number,
  ) {}

  /** Lines finished so far (blank ones included). */
  get lines(): number {
    return this.line;
  }

  push(chunk: string): void {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      this.keep(chunk);
      return;
    }
    if (this.carry !== '' || this.tooLong) {
      this.keep(chunk.slice(0, nl));
      this.finishLine(this.carry);
      this.carry = '';
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    while (nl >= 0) {
      this.finishLine(chunk.slice(start, nl));
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    this.keep(chunk.slice(start));
  }

  end(): void {
    if (this.carry !== '' || this.tooLong) this.finishLine(this.carry);
    this.carry = '';
  }

  /**
   * The text broke off: the line in progress is rejected with `reason`, unless it is a whole JSON value (the break came
   * right after it, as with bytes appended to a .gz); then it is read, and the break is reported on the next line.
   */
  abort(reason: string): void {
    if (this.carry !== '' && !this.tooLong && isWholeJson(this.carry)) this.finishLine(this.carry);
    this.problem(reason, this.line + 1);
    this.carry = '';
    this.tooLong = false;
  }

  /** Holds the start of an unfinished line, unless that makes it longer than the limit. */
  private keep(text: string): void {
    if (this.tooLong || text === '') return;
    if (this.carry.length + text.length > this.maxLineChars) {
      this.tooLong = true;
      this.carry = '';
      return;
    }
    this.carry += text;
  }

  private finishLine(text: string): void {
    this.line++;
    if (this.tooLong) {
      this.tooLong = false;
      this.problem(`the line is longer than ${this.maxLineChars} characters; not read`, this.line);
      return;
    }
    if (text.length > this.maxLineChars) {
      this.problem(`the line is longer than ${this.maxLineChars} characters; not read`, this.line);
      return;
    }
    // A line of white space (or a lone "\r") is not a record.
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 32) {
        this.emit(text, this.line);
        return;
      }
    }
  }
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
