/**
 * Loads sign-in files of any supported format into one SignInTable, deduplicated by Id across files.
 *
 *   file ─► bytes (gzip? BOM? UTF-16? binary?) ─► text chunks ─► format from content ─► records ─► normalize ─► table
 *
 * The format is read from the content, never the extension: JSON (arrays, concatenated arrays, Graph pages,
 * diagnostic batches, query REST responses), JSON Lines, Log Analytics CSV exports and Entra admin center downloads.
 * Everything streams; only the table is kept. Every row offered is loaded, counted as a duplicate, or rejected with its
 * file, line and reason.
 */
import { basename } from 'node:path';
import type { TableName } from '../../schema/table-names';
import type { SignInTable } from '../../table/signin-table';
import { SignInTableBuilder } from '../../table/table-builder';
import { UserError } from '../../errors';
import { finishLoad } from '../finish-load';
import type { AuthDetails } from '../normalize/auth-details';
import { peek } from './chunks';
import { readCsv } from './csv-records';
import { csvRows } from './csv-rows';
import { FileLoad, type Rejection } from './file-load';
import { fileInput, memoryInput, textChunks, type Input } from './input';
import { JsonLineSplitter } from './json-lines';
import { JsonRecords } from './json-records';
import { JsonScanner } from './json-scanner';

export type { Rejection } from './file-load';

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
}

export interface FileSummary {
  file: string;
  format: string;
  offered: number;
  loaded: number;
  rejected: number;
}

export interface LoadResult {
  table: SignInTable;
  rows: Record<TableName, number>;
  offered: number;
  duplicates: number;
  rejected: Rejection[];
  files: FileSummary[];
}

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

async function loadOne(input: Input, load: FileLoad, steps: AuthDetails, report: () => void): Promise<void> {
  const { head, all } = await peek(textChunks(input)[Symbol.asyncIterator](), HEAD);
  const start = head.search(/\S/);
  if (start < 0) throw new UserError('the file is empty (only white space)', input.name);
  const first = head[start];
  try {
    if (first === '{' || first === '[') {
      const lines = looksLikeJsonLines(head, head.length < HEAD);
      const records = new JsonRecords(load, lines ? 'JSON Lines' : 'JSON');
      const reader = lines
        ? new JsonLineSplitter((t, l) => records.text(t, l))
        : new JsonScanner((t, l) => records.text(t, l), (r, l) => records.problem(r, l));
      for await (const chunk of all) {
        reader.push(chunk);
        report();
      }
      reader.end();
    } else {
      await readCsv(
        (async function* () {
          for await (const chunk of all) {
            yield chunk;
            report();
          }
        })(),
        csvRows(load, steps),
      );
    }
  } catch (e) {
    if ((e as Error)?.name !== 'InputBroken') throw e;
    load.reject(load.lastLine + 1, `${(e as Error).message}: the rows after this point could not be read`);
  }
  if (load.format === '') load.format = first === '{' || first === '[' ? 'JSON' : 'CSV';
}

/** Typical bytes of one uncompressed sign-in row in an export (measured on LA JSONL and CSV: 1.9–2.3 KB). */
const BYTES_PER_ROW = 1800;

async function loadInputs(inputs: Input[], options: LoadOptions): Promise<LoadResult> {
  // Pre-size the columns from the plain-text bytes so a large load does not keep regrowing them (gzip sizes say little).
  const plainBytes = inputs.reduce((n, i) => n + (/\.gz$/i.test(i.name) ? 0 : i.size), 0);
  const builder = new SignInTableBuilder(true, plainBytes / BYTES_PER_ROW);
  const steps: AuthDetails = new Map();
  const rejected: Rejection[] = [];
  const loads: FileLoad[] = [];
  for (const input of inputs) {
    const load = new FileLoad(input.name, builder, rejected);
    loads.push(load);
    const report = () =>
      options.onProgress?.({ file: input.name, bytes: input.bytesRead(), totalBytes: input.size, rows: builder.length });
    await loadOne(input, load, steps, report);
    report();
  }
  const files = loads.map((l) => ({ file: l.file, format: l.format, offered: l.offered, loaded: l.loaded, rejected: l.rejected }));
  return finishLoad(builder, files, rejected);
}

/**
 * Loads sign-in files (any supported format, gzip or not) into one table, deduplicated by Id.
 *
 * @param paths   files to read; a missing or unreadable file, an empty, binary or non-sign-in file is a UserError
 * @param options `onProgress` is called as each file is read
 * @returns the table, row counts per table, and every duplicate and rejected row
 * @example const { table, rejected } = await loadFiles(['InteractiveSignIns_2024-05-01_2024-05-02.csv', 'signins.jsonl.gz'])
 */
export async function loadFiles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  if (paths.length === 0) throw new UserError('no files to load');
  const inputs: Input[] = [];
  // _AuthDetails_ companions first, so their steps are known when the sign-in rows they describe arrive.
  const ordered = [...paths.filter((p) => AUTH_DETAILS_NAME.test(basename(p))), ...paths.filter((p) => !AUTH_DETAILS_NAME.test(basename(p)))];
  for (const p of ordered) inputs.push(await fileInput(p));
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
