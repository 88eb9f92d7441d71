/**
 * The worker thread of a parallel JSON Lines read (src/sources/files/parallel-json-lines.ts): it claims pieces from
 * the shared counter until none is left, reads each (parse-piece.ts) and posts the result, its typed arrays moved
 * rather than copied. It waits while it is too far ahead of the pieces the main thread has taken in, so a multi-GB
 * file never has more than a few pieces in memory at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parsePiece, transferList, type PieceTask } from './parse-piece';
import { claimPiece, type PieceQueue } from './piece-queue';

const { tasks, shared } = workerData as { tasks: PieceTask[]; shared: SharedArrayBuffer };
const queue: PieceQueue = { state: new Int32Array(shared), count: tasks.length };

for (;;) {
  const i = claimPiece(queue);
  if (i < 0) break;
  try {
    const piece = parsePiece(tasks[i]);
    parentPort!.postMessage({ piece }, transferList(piece));
  } catch (e) {
    parentPort!.postMessage({ index: i, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    break;
  }
}
