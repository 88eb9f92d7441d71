/**
 * Loads sign-in files of any supported format into one SignInTable, deduplicated by Id across files.
 *
 *   file ─► bytes (gzip? BOM? UTF-16? binary?) ─► text chunks ─► format from content ─► records ─► normalize ─► ledger
 *
 * The format is read from the content, never the extension: JSON (arrays at any depth, concatenated arrays, Graph
 * pages, diagnostic batches, query REST responses), JSON Lines, Log Analytics CSV exports and Entra admin center
 * downloads. Everything streams; only the table is kept. Every row offered is loaded, counted as a duplicate, or
 * rejected with its file, line and reason (src/sources/load-ledger.ts keeps the books). A file that cannot be read at
 * all is listed as failed, with the reason, and the others still load; only when no file loads does it throw.
 */
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { UserError, isUserError } from '../../errors';
import { escapeTerminal } from '../../escape';
import { LoadLedger } from '../load-ledger';
import type { FileFailure, LoadResult } from '../load-result';
import type { AuthDetails } from '../normalize/auth-details';
import { peek } from './chunks';
import { CsvReader } from './csv-records';
import { csvRows } from './csv-rows';
import { FileLoad } from './file-load';
import { fileInput, isInputBroken, memoryInput, textChunks, type Input } from './input';
import { JsonLineSplitter } from './json-lines';
import { JsonRecords } from './json-records';
import { JsonScanner } from './json-scanner';
import { readJsonLinesInPieces, readsInPieces, type ParallelOptions, type PiecesOutcome } from './parallel-json-lines';

export type { Rejection, Repair, Conflict, FileFailure, FileSummary, LoadResult } from '../load-result';
export type { ParallelOptions } from './parallel-json-lines';

export interface LoadProgress {
  file: string;
  /** Bytes of the file (as stored, compressed for .gz) read so far. */
  bytes: number;
  totalBytes: number;
  /** Rows in the table so far, over all files. */
  rows: number;
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  /** Hash each file's bytes as they are read (SHA-256 in `files[].sha256`), for the report's fingerprint. */
  digest?: boolean;
  /**
   * Longest record (a JSON Lines line, a JSON record, a CSV record) in characters; a longer one is rejected with its
   * line, not read into memory. Default 256 Mi: a sign-in row is ~5 KB, a saved query REST response (one record) up to
   * the service's 64 MB answer, and V8 cannot hold a string of more than ~512 Mi characters at all.
   */
  maxRecordChars?: number;
  /**
   * How a large plain JSON Lines file is read on several cores (src/sources/files/parallel-json-lines.ts): threads,
   * the smallest file read so, and the size of a piece. The result is the same however the file is read.
   */
  parallel?: ParallelOptions;
}

export const DEFAULT_MAX_RECORD_CHARS = 256 * 1024 * 1024;

const AUTH_DETAILS_NAME = /_AuthDetails_/i;

/** How much text to look at before choosing a format. */
const HEAD = 64 * 1024;

/**
 * True when the text is JSON Lines: its first line is a JSON value on its own, or (a broken first record) it starts
 * with an object and one of the next lines is one. Pretty-printed JSON never has such lines; an array written one
 * element per line starts with a lone "[" and is read by the scanner; one-line JSON reads the same either way.
 */
export function looksLikeJsonLines(head: string, whole: boolean): boolean {
  const lines = head.split('\n');
  if (!whole) lines.pop();
  const filled = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (filled.length === 0 || (whole && filled.length < 2)) return false;
  const standalone = (t: string) => {
    if (t[0] !== '{' && t[0] !== '[') return false;
    try {
      const v: unknown = JSON.parse(t);
      return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
    } catch {
      return false;
    }
  };
  if (standalone(filled[0])) return true;
  return filled[0][0] === '{' && filled.slice(1, 5).some(standalone);
}

/** True when the start of a text is JSON Lines (what `readerFor` decides from the same head). */
function isJsonLinesHead(head: string): boolean {
  const first = head[head.search(/\S/)];
  return (first === '{' || first === '[') && looksLikeJsonLines(head, head.length < HEAD);
}

/**
 * Where the text of a stored file starts when it is plain UTF-8 (3 after a byte order mark), or undefined for gzip,
 * UTF-16 or a ZIP archive (read in one pass, which also names what is wrong with a file).
 */
async function plainTextStart(path: string): Promise<number | undefined> {
  const fh = await fsp.open(path, 'r');
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await fh.read(b, 0, 4, 0);
    if (bytesRead < 4) return undefined;
    if ((b[0] === 0x1f && b[1] === 0x8b) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return undefined;
    if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return undefined;
    return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  } finally {
    await fh.close();
  }
}

/**
 * Reads a large plain JSON Lines file in pieces on several threads; undefined when the file is one for the single pass
 * (small, compressed, another format, or one the single pass refuses and names).
 */
async function readInPieces(input: Input, load: FileLoad, ledger: LoadLedger, options: LoadOptions, maxRecordChars: number, progress: (bytes: number) => void): Promise<PiecesOutcome | undefined> {
  if (!input.path || !readsInPieces(input.size, options.parallel)) return undefined;
  let first: number | undefined;
  let head: string;
  try {
    first = await plainTextStart(input.path);
    if (first === undefined) return undefined;
    const text = textChunks(input);
    try {
      ({ head } = await peek(text, HEAD));
    } finally {
      await text.return(undefined);
    }
  } catch {
    return undefined;
  }
  if (!isJsonLinesHead(head)) return undefined;
  return readJsonLinesInPieces(input.path, first, input.size, load, ledger, { ...options.parallel, maxRecordChars, progress });
}

/** What every format's reader offers: text in, records out through the FileLoad. */
interface Reader {
  push(chunk: string): void;
  end(): void;
  /** The text broke off: the record in progress (or the next line) is rejected with the reason. */
  abort(reason: string): void;
}

/** The reader for a file, chosen from its first characters. */
function readerFor(head: string, load: FileLoad, steps: AuthDetails, maxRecordChars: number): Reader {
  const first = head[head.search(/\S/)];
  if (first === '{' || first === '[') {
    const lines = looksLikeJsonLines(head, head.length < HEAD);
    const records = new JsonRecords(load, lines ? 'JSON Lines' : 'JSON');
    const problem = (r: string, l: number) => records.problem(r, l);
    return lines
      ? new JsonLineSplitter((t, l) => records.text(t, l), problem, maxRecordChars)
      : new JsonScanner((t, l) => records.text(t, l), problem, maxRecordChars);
  }
  return new CsvReader(csvRows(load, steps), { maxRecordChars });
}

/** Reads one file into `load`; a UserError means the file could not be read at all. */
async function loadOne(input: Input, load: FileLoad, steps: AuthDetails, report: () => void, maxRecordChars: number): Promise<void> {
  const text = textChunks(input);
  try {
    await readText(text, input, load, steps, report, maxRecordChars);
  } finally {
    // Closes the file whatever happened (a refusal, a break, an error in a reader).
    await text.return(undefined);
  }
}

async function readText(
  text: AsyncGenerator<string>,
  input: Input,
  load: FileLoad,
  steps: AuthDetails,
  report: () => void,
  maxRecordChars: number,
): Promise<void> {
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(text, HEAD);
  } catch (e) {
    throw isInputBroken(e) ? new UserError(`${e.message}: nothing could be read`, input.name) : e;
  }
  const { head, all } = peeked;
  if (head.search(/\S/) < 0) throw new UserError('the file is empty (only white space)', input.name);
  const reader = readerFor(head, load, steps, maxRecordChars);
  try {
    for await (const chunk of all) {
      reader.push(chunk);
      report();
    }
    reader.end();
  } catch (e) {
    if (!isInputBroken(e)) throw e;
    reader.abort(`${e.message}: the file breaks off here, and nothing after this point could be read`);
  }
  if (load.recognized === 0 && load.errorResponses > 0) throw new UserError(load.firstErrorResponse.reason, input.name, load.firstErrorResponse.line);
  if (load.format === '') load.format = head.trimStart()[0] === '{' || head.trimStart()[0] === '[' ? 'JSON' : 'CSV';
}

/** Typical bytes of one uncompressed sign-in row in an export (measured on LA JSONL and CSV: 1.9–2.3 KB). */
const BYTES_PER_ROW = 1800;

/** The UserError for a load in which no file could be read: each file and why, on one line. */
function nothingLoaded(failed: FileFailure[]): UserError {
  if (failed.length === 1) return new UserError(failed[0].reason, failed[0].file, failed[0].line);
  const each = failed.map((f) => `${escapeTerminal(f.file)}${f.line ? `:${f.line}` : ''}: ${f.reason}`);
  const e = new UserError(`none of the ${failed.length} files could be loaded: ${each.join('; ')}`);
  return Object.assign(e, { failures: failed });
}

async function loadInputs(inputs: (Input | FileFailure)[], options: LoadOptions): Promise<LoadResult> {
  // Pre-size the columns from the plain-text bytes so a large load does not keep regrowing them (gzip sizes say little).
  const plainBytes = inputs.reduce((n, i) => n + ('size' in i && !/\.gz$/i.test(i.name) ? i.size : 0), 0);
  const ledger = new LoadLedger(plainBytes / BYTES_PER_ROW);
  const steps: AuthDetails = new Map();
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  for (const input of inputs) {
    if (!('size' in input)) {
      new FileLoad(input.file, ledger).fail(input.reason, input.line);
      continue;
    }
    const load = new FileLoad(input.name, ledger);
    const report = (bytes = input.bytesRead()) => options.onProgress?.({ file: input.name, bytes, totalBytes: input.size, rows: ledger.length });
    let pieces: PiecesOutcome | undefined;
    try {
      pieces = await readInPieces(input, load, ledger, options, maxRecordChars, report);
      if (pieces === 'failed') continue;
      if (pieces !== 'loaded') await loadOne(input, load, steps, () => report(), maxRecordChars);
    } catch (e) {
      if (!isUserError(e)) throw e;
      load.fail(e.reason, e.line);
      continue;
    }
    report(pieces === 'loaded' ? input.size : undefined);
    if (options.digest && input.digest) Object.assign(load.summary, await input.digest());
  }
  const result = ledger.finish();
  if (result.failed.length === result.files.length && result.files.length > 0) throw nothingLoaded(result.failed);
  return result;
}

/**
 * Loads sign-in files (any supported format, gzip or not) into one table, deduplicated by Id (case-insensitively).
 *
 * @param paths   files to read; a missing, unreadable, empty, binary or non-sign-in file is listed in `failed` and the
 *                others load; when none loads, a UserError names each
 * @param options `onProgress` is called as each file is read; `digest` hashes each file's bytes on the way
 * @returns the table, row counts per table, every duplicate, conflict, repair and rejected row, and each file's summary
 * @example const { table, rejected, failed } = await loadFiles(['InteractiveSignIns_2024-05-01_2024-05-02.csv', 'signins.jsonl.gz'])
 */
export async function loadFiles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  if (paths.length === 0) throw new UserError('no files to load');
  const inputs: (Input | FileFailure)[] = [];
  // _AuthDetails_ companions first, so their steps are known when the sign-in rows they describe arrive.
  const ordered = [...paths.filter((p) => AUTH_DETAILS_NAME.test(basename(p))), ...paths.filter((p) => !AUTH_DETAILS_NAME.test(basename(p)))];
  for (const p of ordered) {
    try {
      inputs.push(await fileInput(p, { digest: options.digest }));
    } catch (e) {
      if (!isUserError(e)) throw e;
      inputs.push({ file: p, reason: e.reason });
    }
  }
  return loadInputs(inputs, options);
}

/**
 * Loads sign-ins from text or bytes already in memory (a notebook cell, a test). `name` stands for the file in
 * messages and, for Entra admin center downloads, says which table the rows belong to.
 *
 * @example const { table } = await loadText('{"Id":"a","CreatedDateTime":"2024-05-01T10:00:00Z","UserPrincipalName":"ann@contoso.com","Type":"SigninLogs"}', 'one.jsonl')
 */
export async function loadText(data: string | Uint8Array, name: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadInputs([memoryInput(data, name)], options);
}
