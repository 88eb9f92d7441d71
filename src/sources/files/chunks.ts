/** Looking at the start of a stream of text chunks without losing it. */

/**
 * The first `min` characters (or all, if shorter) and an iterator that replays them before the rest. A failure while
 * peeking (a .gz that breaks within its first characters) is held and thrown by the iterator after what was read, so
 * the caller sees the same break wherever it falls.
 */
export async function peek(chunks: AsyncIterator<string>, min: number): Promise<{ head: string; all: AsyncGenerator<string> }> {
  const seen: string[] = [];
  let length = 0;
  let done = false;
  let failure: unknown;
  try {
    while (length < min) {
      const r = await chunks.next();
      if (r.done) {
        done = true;
        break;
      }
      seen.push(r.value);
      length += r.value.length;
    }
  } catch (e) {
    if (seen.length === 0 || (e as Error)?.name !== 'InputBroken') throw e;
    failure = e;
    done = true;
  }
  const head = seen.join('');
  async function* all(): AsyncGenerator<string> {
    if (head !== '') yield head;
    if (failure !== undefined) throw failure;
    if (done) return;
    for (;;) {
      const r = await chunks.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, all: all() };
}
