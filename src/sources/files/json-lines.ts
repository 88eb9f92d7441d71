/**
 * Splits JSON Lines text into lines as chunks arrive, handing each non-blank line with its 1-based line number to
 * `emit`. A broken line stays one rejected line; the next line parses on its own (which is why a JSON Lines file is read
 * this way rather than by the scanner).
 */
export class JsonLineSplitter {
  private carry = '';
  private line = 0;

  constructor(private readonly emit: (text: string, line: number) => void) {}

  push(chunk: string): void {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      this.carry += chunk;
      return;
    }
    if (this.carry !== '') {
      this.one(this.carry + chunk.slice(0, nl));
      this.carry = '';
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    while (nl >= 0) {
      this.one(chunk.slice(start, nl));
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    this.carry = chunk.slice(start);
  }

  end(): void {
    if (this.carry !== '') this.one(this.carry);
    this.carry = '';
  }

  private one(text: string): void {
    this.line++;
    // A line of white space (or a lone "\r") is not a record.
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 32) {
        this.emit(text, this.line);
        return;
      }
    }
  }
}
