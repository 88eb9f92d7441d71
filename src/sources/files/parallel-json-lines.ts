/**
 * Reads a large plain JSON Lines file on every core: the file is cut at line breaks into pieces (piece-ranges.ts),
 * worker threads and the main thread each claim pieces and read them with the usual line splitter, JSON reader and
 * normalizers (parse-piece.ts), and the main thread takes the pieces in file order into the load's ledger, which
 * decides duplicates and conflicts and merges each piece's dictionary-encoded columns into the table.
 *
 *   file ─► pieces at line breaks ─► each thread: parsePiece ─► main, in file order: ledger.addRows + accounting
 *
 * The accounting is the single pass's, row for row: lines are counted per piece and offset by the lines before it;
 * rejections, repairs (of kept rows only) and conflicts keep their file and line and their order; a dictionary takes
 * values in the order rows first use them. What only the start of a file may decide (that it is no sign-in data at all)
 * is decided by the first piece; should the first piece hold no sign-in record at all, the file is read again in one
 * pass, so that the answer is the single pass's in every case.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { escapeTerminal } from '../../escape';
import type { LoadLedger } from '../load-ledger';
import type { FileLoad } from './file-load';
import { parsePiece, type ParsedPiece, type PieceTask } from './parse-piece';
import { claimPiece, pieceQueue, pieceTaken, stopPieces } from './piece-queue';
import { pieceRanges } from './piece-ranges';

export interface ParallelOptions {
  /**
   * Threads in all, the main thread included. Default: SIGNINLAB_THREADS, else the cores, at most MAX_THREADS. 1 reads
   * every file in one pass.
   */
  threads?: number;
  /** A file smaller than this is read in one pass (default MIN_PARALLEL_BYTES). */
  minBytes?: number;
  /** Bytes per piece (default PIECE_BYTES). */
  pieceBytes?: number;
  /**
   * Whether the main thread reads pieces too, between taking pieces in (default true). False leaves every piece to the
   * workers, which makes the threads that read a file predictable (the tests use it to prove the workers' part).
   */
  mainThreadReads?: boolean;
}

/**
 * The cut-over: files smaller than this are read in one pass. Measured on the 2-core machine when it was quiet: at
 * 32 MB two threads tie with one (0.31–0.36 s against 0.34–0.38 s) and hold 16 MB more (a worker thread and its
 * modules); at 64 MB they take 0.43–0.44 s against 0.53–0.63 s; at 128 MB 0.59–0.65 s against 0.88–0.91 s
 * (bench/README.md, "Threads and the cut-over").
 */
export const MIN_PARALLEL_BYTES = 64 * 1024 * 1024;
/**
 * Bytes per piece: 2, 8 and 32 MiB measured alike on a 230 MB file (1.36–1.50 s, 107–111 MB, two threads on a busy
 * machine); a piece's rows wait in memory until they are taken in, so a smaller piece bounds what a worker that runs
 * ahead holds, and a larger one costs fewer messages.
 */
export const PIECE_BYTES = 8 * 1024 * 1024;
/**
 * At most this many threads: the main thread takes every piece in alone, which bounds what more threads can gain, and
 * each costs ~25 MB. Only 2 cores were available to measure on.
 */
export const MAX_THREADS = 4;

/**
 * Threads to read with: the option, else SIGNINLAB_THREADS, else the cores (at most MAX_THREADS). Every core, even when
 * other work keeps them busy: on the 2-core machine two threads read a 221 MB file in 0.81–0.85 s and one in 1.42–1.49 s
 * when it was quiet, while under a load average of 4 two took 1.82 s and one 1.69 s (bench/README.md). A gate on the
 * load average was tried and dropped: it lags by a minute and counts the previous command's own threads.
 */
export function readThreads(options: ParallelOptions = {}): number {
  const env = Number(process.env.SIGNINLAB_THREADS);
  const n = options.threads ?? (Number.isInteger(env) && env > 0 ? env : Math.min(availableParallelism(), MAX_THREADS));
  return Math.max(1, Math.floor(n));
}

/** True when a file of `size` bytes is read in pieces. */
export function readsInPieces(size: number, options: ParallelOptions = {}): boolean {
  return readThreads(options) > 1 && size >= (options.minBytes ?? MIN_PARALLEL_BYTES);
}

/**
 * A worker's young generation, in MB (V8 sizes it as three semi-spaces: 6 MB is the 2 MB semi-spaces that
 * bin/signinlab.js asks for with --max-semi-space-size=2). Set here as well so that it holds however node was started:
 * `node bin/signinlab.js findings` on a 232 MB export, which skips the flag, peaked at 143–152 MB without it and
 * 133–136 MB with it; with the flag, 106–107 MB either way (2 cores, 2026-12-01).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/** The compiled worker; absent when this module runs from TypeScript sources (tests): then the main thread reads alone. */
const WORKER = join(__dirname, 'piece-worker.js');

export type PiecesOutcome = 'loaded' | 'failed' | 'single pass';

/**
 * Reads `path` (plain UTF-8 JSON Lines text from byte `first`) into `load` in pieces.
 * @returns 'loaded'; 'failed' when the file was refused (load.fail was called); 'single pass' when the file must be read
 *          in one pass after all (nothing of it is left in the books)
 */
export async function readJsonLinesInPieces(
  path: string,
  first: number,
  size: number,
  load: FileLoad,
  ledger: LoadLedger,
  options: ParallelOptions & { maxRecordChars: number; progress?: (bytes: number) => void },
): Promise<PiecesOutcome> {
  const ranges = pieceRanges(path, first, size, options.pieceBytes ?? PIECE_BYTES);
  const tasks: PieceTask[] = ranges.map(([start, end], index) => ({ index, path, name: load.file, start, end, maxRecordChars: options.maxRecordChars }));
  const queue = pieceQueue(tasks.length);
  const workers: Worker[] = [];
  const done = new Map<number, ParsedPiece>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const nWorkers = existsSync(WORKER) ? Math.min(readThreads(options) - 1, tasks.length - 1) : 0;
  for (let w = 0; w < nWorkers; w++) {
    const worker = new Worker(WORKER, { workerData: { tasks, shared: queue.state.buffer }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (m: { piece?: ParsedPiece; index?: number; error?: string }) => {
      if (m.piece) done.set(m.piece.index, m.piece);
      else failure ??= new Error(`reading piece ${m.index} of ${load.file} failed: ${m.error}`);
      wake?.();
    });
    worker.on('error', (e) => {
      failure ??= e;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a worker reading ${load.file} stopped (exit code ${code})`);
      wake?.();
    });
    workers.push(worker);
  }
  let lineOffset = 0;
  try {
    for (let next = 0; next < tasks.length; ) {
      if (failure) throw failure;
      const piece = done.get(next);
      if (piece) {
        done.delete(next);
        const outcome = takePiece(load, ledger, piece, lineOffset);
        lineOffset += piece.lines;
        pieceTaken(queue);
        options.progress?.(ranges[next][1]);
        next++;
        if (outcome !== 'go on') return outcome === 'stop' ? finish(load) : outcome;
        continue;
      }
      const mine = nWorkers === 0 || options.mainThreadReads !== false ? claimPiece(queue, false) : -1;
      if (mine >= 0) {
        done.set(mine, parsePiece(tasks[mine]));
        await setImmediate(); // lets the workers' messages in
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    stopPieces(queue);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return finish(load);
}

/**
 * Takes one piece into the books, as if its records had been offered here one by one.
 * @returns 'go on'; 'stop' after a read error (nothing after it is read); 'failed' when the first piece refuses the
 *          file; 'single pass' when the pieces before this one held no sign-in record (see the file's comment)
 */
function takePiece(load: FileLoad, ledger: LoadLedger, p: ParsedPiece, lineOffset: number): 'go on' | 'stop' | 'failed' | 'single pass' {
  if (p.index > 0 && load.recognized === 0) {
    load.restart();
    return 'single pass';
  }
  if (p.failure) {
    load.fail(p.failure.reason, p.failure.line);
    return 'failed';
  }
  const s = load.summary;
  for (const r of p.rejected) ledger.rejected.push({ file: r.file, line: r.line + lineOffset, reason: r.reason });
  const keep = ledger.addRows(p.rows, load.index, lineOffset);
  let kept = 0;
  for (let k = 0; k < keep.length; k++) kept += keep[k];
  s.offered += p.offered;
  s.rejected += p.rejected.length;
  s.loaded += kept;
  s.duplicates += keep.length - kept;
  let lastRow = -1;
  p.repairRows.forEach((row, j) => {
    if (keep[row] !== 1) return;
    const r = p.repaired[j];
    ledger.repair({ file: r.file, line: r.line + lineOffset, field: r.field, reason: r.reason });
    if (row !== lastRow) s.repaired++;
    lastRow = row;
  });
  if (p.errorResponses > 0 && load.errorResponses === 0) {
    load.firstErrorResponse = { line: p.firstErrorResponse.line + lineOffset, reason: p.firstErrorResponse.reason };
  }
  load.errorResponses += p.errorResponses;
  load.recognized += p.recognized;
  if (s.format === '') s.format = p.format;
  if (p.lastLine > 0) load.lastLine = p.lastLine + lineOffset;
  return p.broken ? 'stop' : 'go on';
}

/** What the single pass checks at the end of a file. */
function finish(load: FileLoad): PiecesOutcome {
  if (load.recognized === 0 && load.errorResponses > 0) {
    load.fail(escapeTerminal(load.firstErrorResponse.reason), load.firstErrorResponse.line);
    return 'failed';
  }
  if (load.format === '') load.format = 'JSON';
  return 'loaded';
}
