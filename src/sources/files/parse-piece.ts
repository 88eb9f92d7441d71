/**
 * One piece of a JSON Lines file (a byte range that starts and ends at line breaks), read with the same line splitter,
 * JSON reader and normalizers as a whole file, into a ChunkLedger. It runs on a worker thread (piece-worker.ts) or on
 * the main thread; either way the result is plain data that the load's ledger takes in file order.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { isUserError } from '../../errors';
import type { PieceRows } from '../load-ledger';
import type { Rejection, Repair } from '../load-result';
import { ChunkLedger } from './chunk-ledger';
import { FileLoad } from './file-load';
import { breakReason } from './input-broken';
import { JsonLineSplitter } from './json-lines';
import { JsonRecords } from './json-records';

export interface PieceTask {
  /** Position of the piece in the file (0 = first). */
  index: number;
  path: string;
  /** The file's name in messages. */
  name: string;
  /** Byte range [start, end). */
  start: number;
  end: number;
  maxRecordChars: number;
}

/** What a piece holds, with lines counted from its own start (the load adds the lines of the pieces before it). */
export interface ParsedPiece {
  index: number;
  rows: PieceRows;
  rejected: Rejection[];
  repaired: Repair[];
  repairRows: number[];
  offered: number;
  recognized: number;
  errorResponses: number;
  firstErrorResponse: { line: number; reason: string };
  format: string;
  lastLine: number;
  /** Lines in the piece. */
  lines: number;
  /** The first piece's first record is not sign-in data: the file is refused (reason already escaped). */
  failure?: { reason: string; line?: number };
  /** A read error cut the piece short (its last line is rejected saying so); nothing after it is read. */
  broken?: boolean;
}

/** Read size: as for a whole file (src/sources/files/input.ts), small enough that decoded text stays on the V8 heap. */
const READ = 64 * 1024;
/** Typical bytes of a row, to pre-size a piece's columns. */
const BYTES_PER_ROW = 1800;

let buffer: Buffer | undefined;

/** Reads and normalizes one piece. */
export function parsePiece(task: PieceTask): ParsedPiece {
  const ledger = new ChunkLedger((task.end - task.start) / BYTES_PER_ROW);
  const load = new FileLoad(task.name, ledger);
  load.continuation = task.index > 0;
  const records = new JsonRecords(load, 'JSON Lines');
  const splitter = new JsonLineSplitter((t, l) => records.text(t, l), (r, l) => records.problem(r, l), task.maxRecordChars);
  let failure: ParsedPiece['failure'];
  let broken = false;
  const buf = (buffer ??= Buffer.allocUnsafe(READ));
  const decoder = new StringDecoder('utf8');
  let fd: number | undefined;
  try {
    try {
      fd = openSync(task.path, 'r');
      for (let at = task.start; at < task.end; ) {
        const n = readSync(fd, buf, 0, Math.min(READ, task.end - at), at);
        if (n === 0) break; // the file became shorter: what is there is read
        at += n;
        splitter.push(decoder.write(buf.subarray(0, n)));
      }
      splitter.push(decoder.end());
      splitter.end();
    } catch (e) {
      if (isUserError(e)) throw e;
      if (e instanceof Error && 'code' in e) {
        broken = true;
        splitter.abort(`${breakReason(e)}: the file breaks off here, and nothing after this point could be read`);
      } else throw e;
    }
  } catch (e) {
    if (!isUserError(e)) throw e;
    failure = e.line ? { reason: e.reason, line: e.line } : { reason: e.reason };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const s = load.summary;
  return {
    index: task.index,
    rows: ledger.rows(),
    rejected: ledger.rejected,
    repaired: ledger.repaired,
    repairRows: ledger.repairRows,
    offered: s.offered,
    recognized: load.recognized,
    errorResponses: load.errorResponses,
    firstErrorResponse: load.firstErrorResponse,
    format: s.format,
    lastLine: load.lastLine,
    lines: splitter.lines,
    failure,
    broken,
  };
}

/** The typed arrays of a piece, to hand over to another thread instead of copying them. */
export function transferList(p: ParsedPiece): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const c of p.rows.columns) {
    const a = c.kind === 'dict' ? c.codes : c.kind === 'text' ? undefined : c.values;
    if (a) buffers.add(a.buffer as ArrayBuffer);
  }
  buffers.add(p.rows.lines.buffer as ArrayBuffer);
  buffers.add(p.rows.digests.buffer as ArrayBuffer);
  return [...buffers];
}
