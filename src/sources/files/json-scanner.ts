/**
 * Finds the records in JSON text as it streams, without building the whole document: top-level objects (NDJSON,
 * PowerShell's bare object for a one-record page), the objects inside top-level arrays at any depth (the `[...]\n[...]`
 * collectors append page by page, and the `[[...],[...]]` that `jq -s` makes of two exported files), and those of a
 * `value` or `records` array in a top-level wrapper object (Graph pages, diagnostic-settings batches). Any other
 * top-level object is emitted whole (a query REST response). A value where a record belongs that is not an object (a
 * number, a string, true, false, null) is reported as a problem with its line, so it is counted, never skipped.
 *
 * Each record's text goes to `emit` with the line it starts on, to be JSON.parse'd by the caller; memory stays at one
 * record, not one file, and a record longer than the limit is dropped as it streams and reported once. Hand-written
 * rather than `stream-json` because that one builds every value from per-token events: on a 29 MB array of 15,000 Log
 * Analytics rows it took 14.8 s and 170 MB where this scanner plus the native JSON.parse took 0.54 s and 83 MB
 * (`node bench/load.js --make 15000`). It only tracks strings, escapes and nesting.
 * Limit: a record broken so that its brackets do not balance runs on into the next ones, which are then rejected with
 * it as one unreadable record.
 */
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** Keys of a wrapper object whose array holds the records. */
const RECORD_ARRAYS = new Set(['value', 'records']);
/** Key text kept while scanning a top-level object: enough to recognise "records". */
const KEY_CHARS = 16;

/** What a value that is not an object is, from its first character. */
function scalarKind(c: number): string {
  if (c === QUOTE) return 'a string';
  if (c === 116 || c === 102) return 'true or false';
  if (c === 110) return 'null';
  return 'a number';
}

export class JsonScanner {
  private line = 1;
  private inString = false;
  private escape = false;
  /** The open containers, outermost first ('{' or '['). */
  private readonly stack: number[] = [];
  /** Open objects in the stack. */
  private objects = 0;
  /** Depth at which the record being captured started (-1: none). */
  private recordDepth = -1;
  private recordLine = 0;
  private parts: string[] = [];
  private captured = 0;
  /** The record being captured is longer than the limit: its text is dropped. */
  private tooLong = false;
  /** The last string seen directly inside a top-level object: the key of the member that follows. */
  private key = '';
  private keyStart = -1;
  private keyParts: string[] = [];
  /** The top-level object turned out to be a wrapper: its records are emitted, not itself. */
  private wrapper = false;
  /** Inside a number or literal where a record belongs (already reported). */
  private inScalar = false;
  private junkLine = 0;

  constructor(
    private readonly emit: (text: string, line: number) => void,
    private readonly problem: (reason: string, line: number) => void,
    private readonly maxRecordChars: number,
  ) {}

  push(s: string): void {
    const n = s.length;
    const stack = this.stack;
    let start = this.recordDepth >= 0 ? 0 : -1;
    let i = 0;
    if (this.keyStart >= 0) this.keyStart = 0;
    while (i < n) {
      if (this.inString) {
        // Jump quote to quote (most of the text is inside strings); a quote after an odd run of backslashes is escaped.
        if (this.escape) {
          this.escape = false;
          i++;
        }
        let q = s.indexOf('"', i);
        while (q >= 0) {
          let b = q - 1;
          while (b >= i && s.charCodeAt(b) === BACKSLASH) b--;
          if (((q - 1 - b) & 1) === 0) break;
          q = s.indexOf('"', q + 1);
        }
        if (q < 0) {
          let b = n - 1;
          while (b >= i && s.charCodeAt(b) === BACKSLASH) b--;
          this.escape = ((n - 1 - b) & 1) === 1;
          i = n;
          break;
        }
        i = q;
        this.inString = false;
        if (this.keyStart >= 0) {
          const tail = s.slice(this.keyStart, Math.min(i, this.keyStart + KEY_CHARS));
          this.key = this.keyParts.length ? (this.keyParts.join('') + tail).slice(0, KEY_CHARS) : tail;
          this.keyParts = [];
          this.keyStart = -1;
        }
        i++;
        continue;
      }
      const c = s.charCodeAt(i);
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (stack.length === 1 && stack[0] === OPEN_OBJECT) this.keyStart = i + 1;
          else if (stack.length === 0) this.junk(this.line);
          else if (this.inRecordContext()) this.problem(`${scalarKind(c)} where a sign-in record (an object) was expected`, this.line);
          break;
        case NEWLINE:
          this.line++;
          this.inScalar = false;
          break;
        case OPEN_OBJECT:
          this.inScalar = false;
          if (this.recordDepth < 0 && (stack.length === 0 || this.inRecordContext())) {
            this.recordDepth = stack.length;
            this.recordLine = this.line;
            this.captured = 0;
            this.tooLong = false;
            start = i;
          }
          stack.push(c);
          this.objects++;
          break;
        case OPEN_ARRAY:
          this.inScalar = false;
          if (stack.length === 1 && stack[0] === OPEN_OBJECT && RECORD_ARRAYS.has(this.key) && this.recordDepth === 0) {
            // A wrapper: drop the capture of the top object; its array's elements are the records.
            this.wrapper = true;
            this.recordDepth = -1;
            this.parts = [];
            start = -1;
          }
          stack.push(c);
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          this.inScalar = false;
          if (stack.length === 0 || stack[stack.length - 1] !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
            this.problem(`unexpected '${String.fromCharCode(c)}'`, this.line);
            if (stack.length === 0) break;
          }
          if (stack.pop() === OPEN_OBJECT) this.objects--;
          if (this.recordDepth === stack.length && c === CLOSE_OBJECT) {
            if (!this.tooLong) this.parts.push(s.slice(start, i + 1));
            this.captured += i + 1 - start;
            const text = this.tooLong || this.captured > this.maxRecordChars ? undefined : this.parts.length === 1 ? this.parts[0] : this.parts.join('');
            this.parts = [];
            this.recordDepth = -1;
            start = -1;
            if (text === undefined) this.problem(`the record is longer than ${this.maxRecordChars} characters; not read`, this.recordLine);
            else this.emit(text, this.recordLine);
            this.tooLong = false;
          }
          if (stack.length === 0) {
            this.wrapper = false;
            this.key = '';
          }
          break;
        case COMMA:
          this.inScalar = false;
          break;
        default:
          if (c <= 32) {
            this.inScalar = false;
          } else if (stack.length === 0) {
            // Anything outside every value is stray text.
            this.junk(this.line);
          } else if (!this.inScalar && this.inRecordContext()) {
            this.inScalar = true;
            this.problem(`${scalarKind(c)} where a sign-in record (an object) was expected`, this.line);
          }
      }
      i++;
    }
    if (this.recordDepth >= 0 && start >= 0) {
      this.captured += n - start;
      if (!this.tooLong && this.captured > this.maxRecordChars) {
        this.tooLong = true;
        this.parts = [];
      }
      if (!this.tooLong) this.parts.push(s.slice(start));
    }
    if (this.keyStart >= 0 && this.keyParts.length === 0) this.keyParts.push(s.slice(this.keyStart, this.keyStart + KEY_CHARS));
  }

  /** Reports a record the text ended inside of (a truncated file). */
  end(): void {
    if (this.recordDepth >= 0) this.problem('the JSON ends inside this record (truncated file?)', this.recordLine);
    else if (this.stack.length > 0) this.problem('the JSON ends before its closing bracket (truncated file?)', this.line);
    this.parts = [];
  }

  /** The text broke off (a truncated .gz): the record in progress, or the current line, is rejected with `reason`. */
  abort(reason: string): void {
    this.problem(reason, this.recordDepth >= 0 ? this.recordLine : this.line);
    this.parts = [];
    this.recordDepth = -1;
  }

  /**
   * True where a value is a record (or not one, and reported): inside arrays only, or inside the records array of a
   * wrapper object, and not inside a record being captured.
   */
  private inRecordContext(): boolean {
    if (this.recordDepth >= 0) return false;
    if (this.objects === 0) return this.stack.length > 0;
    return this.objects === 1 && this.wrapper && this.stack[0] === OPEN_OBJECT && this.stack.length >= 2;
  }

  private junk(line: number): void {
    if (this.junkLine === line) return;
    this.junkLine = line;
    this.problem('text outside any JSON value', line);
  }
}
