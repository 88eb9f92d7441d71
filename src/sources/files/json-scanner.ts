/**
 * Finds the records in JSON text as it streams, without building the whole document: top-level objects (NDJSON,
 * PowerShell's bare object for a one-record page), the elements of top-level arrays (including the `[...]\n[...]` that
 * collectors append page by page), and the elements of a `value` or `records` array in a top-level wrapper object
 * (Graph pages, diagnostic-settings batches). Any other top-level object is emitted whole (a query REST response).
 *
 * Each record's text goes to `emit` with the line it starts on, to be JSON.parse'd by the caller; memory stays at one
 * record, not one file. Hand-written rather than `stream-json` because that one builds every value from per-token
 * events: on a 29 MB array of 15,000 Log Analytics rows it took 14.8 s and 170 MB where this scanner plus the native
 * JSON.parse took 0.54 s and 83 MB (`node bench/load.js --make 15000`). It only tracks strings, escapes and nesting.
 * Limit: a record broken so that its brackets do not balance runs on into the next ones, which are then rejected with
 * it as one unreadable record.
 */
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** Keys of a wrapper object whose array holds the records. */
const RECORD_ARRAYS = new Set(['value', 'records']);

export class JsonScanner {
  private line = 1;
  private inString = false;
  private escape = false;
  /** The open containers, outermost first ('{' or '['). */
  private readonly stack: number[] = [];
  /** Depth at which the record being captured started (-1: none). */
  private recordDepth = -1;
  private recordLine = 0;
  private parts: string[] = [];
  /** The last string seen directly inside a top-level object: the key of the member that follows. */
  private key = '';
  private keyStart = -1;
  private keyParts: string[] = [];
  /** The top-level object turned out to be a wrapper: its records are emitted, not itself. */
  private wrapper = false;
  private junkLine = 0;

  constructor(
    private readonly emit: (text: string, line: number) => void,
    private readonly problem: (reason: string, line: number) => void,
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
          this.key = this.keyParts.join('') + s.slice(this.keyStart, i);
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
          break;
        case NEWLINE:
          this.line++;
          break;
        case OPEN_OBJECT:
          if (this.isRecordStart()) {
            this.recordDepth = stack.length;
            this.recordLine = this.line;
            start = i;
          }
          stack.push(c);
          break;
        case OPEN_ARRAY:
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
          if (stack.length === 0 || stack[stack.length - 1] !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
            this.problem(`unexpected '${String.fromCharCode(c)}'`, this.line);
            if (stack.length === 0) break;
          }
          stack.pop();
          if (this.recordDepth === stack.length && c === CLOSE_OBJECT) {
            this.parts.push(s.slice(start, i + 1));
            const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
            this.parts = [];
            this.recordDepth = -1;
            start = -1;
            this.emit(text, this.recordLine);
          }
          if (stack.length === 0) {
            this.wrapper = false;
            this.key = '';
          }
          break;
        default:
          // White space, commas, colons and scalars need nothing; anything outside every value is stray text.
          if (stack.length === 0 && c > 32 && c !== 44) this.junk(this.line);
      }
      i++;
    }
    if (this.recordDepth >= 0 && start >= 0) this.parts.push(s.slice(start));
    if (this.keyStart >= 0) this.keyParts.push(s.slice(this.keyStart));
  }

  /** Reports a record the text ended inside of (a truncated file). */
  end(): void {
    if (this.recordDepth >= 0) this.problem('the JSON ends inside this record (truncated file?)', this.recordLine);
    else if (this.stack.length > 0) this.problem('the JSON ends before its closing bracket (truncated file?)', this.line);
    this.parts = [];
  }

  private isRecordStart(): boolean {
    if (this.recordDepth >= 0) return false;
    const d = this.stack.length;
    if (d === 0) return true;
    if (d === 1) return this.stack[0] === OPEN_ARRAY;
    return d === 2 && this.wrapper && this.stack[1] === OPEN_ARRAY;
  }

  private junk(line: number): void {
    if (this.junkLine === line) return;
    this.junkLine = line;
    this.problem('text outside any JSON value', line);
  }
}
