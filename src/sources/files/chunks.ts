/** Helpers over streams of text chunks: look at the start without losing it, and bring CRLF line ends to LF. */

/** The first `min` characters (or all, if shorter) and an iterator that replays them before the rest. */
export async function peek(chunks: AsyncIterator<string>, min: number): Promise<{ head: string; all: AsyncGenerator<string> }> {
  const seen: string[] = [];
  let length = 0;
  let done = false;
  while (length < min) {
    const r = await chunks.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    length += r.value.length;
  }
  const head = seen.join('');
  async function* all(): AsyncGenerator<string> {
    if (head !== '') yield head;
    if (done) return;
    for (;;) {
      const r = await chunks.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, all: all() };
}

/**
 * CRLF -> LF across chunk boundaries. csv-parse counts a CR LF inside a quoted field as two lines; with LF only its
 * line numbers are the file's physical lines. (JSON text inside quoted cells is unaffected: a newline is white space.)
 */
export async function* crlfToLf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let held = false;
  for await (let c of chunks) {
    if (held) c = '\r' + c;
    held = c.endsWith('\r');
    if (held) c = c.slice(0, -1);
    yield c.indexOf('\r\n') >= 0 ? c.replace(/\r\n/g, '\n') : c;
  }
  if (held) yield '\r';
}
