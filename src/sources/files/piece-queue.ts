/**
 * The pieces of a parallel read, claimed by each thread in turn from one shared counter (Atomics), with a bound on how
 * far the claims may run ahead of the pieces taken in: `state[NEXT]` is the next piece to claim, `state[TAKEN]` how
 * many the main thread has taken in, `state[STOP]` non-zero when the read ends early.
 */
const NEXT = 0;
const TAKEN = 1;
const STOP = 2;

export interface PieceQueue {
  readonly state: Int32Array;
  readonly count: number;
}

/** Pieces claimed but not yet taken in, at most: each holds its rows until the main thread takes them in order. */
export const AHEAD = 4;

export function pieceQueue(count: number): PieceQueue {
  return { state: new Int32Array(new SharedArrayBuffer(3 * 4)), count };
}

/**
 * The next piece for this thread, or -1 when none is left (or the read stopped). A worker waits while AHEAD pieces are
 * claimed and not yet taken in; the main thread passes `wait: false` and gets -1 instead.
 */
export function claimPiece(q: PieceQueue, wait = true): number {
  for (;;) {
    if (Atomics.load(q.state, STOP) !== 0) return -1;
    const next = Atomics.load(q.state, NEXT);
    if (next >= q.count) return -1;
    const taken = Atomics.load(q.state, TAKEN);
    if (next - taken >= AHEAD) {
      if (!wait) return -1;
      Atomics.wait(q.state, TAKEN, taken, 1000);
      continue;
    }
    if (Atomics.compareExchange(q.state, NEXT, next, next + 1) === next) return next;
  }
}

/** The main thread took in one more piece: a waiting worker may claim again. */
export function pieceTaken(q: PieceQueue): void {
  Atomics.add(q.state, TAKEN, 1);
  Atomics.notify(q.state, TAKEN);
}

/** The read ends early: workers claim nothing more. */
export function stopPieces(q: PieceQueue): void {
  Atomics.store(q.state, STOP, 1);
  Atomics.notify(q.state, TAKEN);
}
