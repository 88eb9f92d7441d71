/**
 * The bookkeeping of one file's load: every record offered is either added (loaded, or a duplicate of an Id already
 * kept) or rejected with its line and reason, and every repair the normalizer notes is listed with its line, so
 * `offered = loaded + duplicates + rejected` holds per file and for the whole load. Readers of every format report
 * through `take` and `reject` only; the ledger (src/sources/load-ledger.ts) holds what the whole load knows.
 */
import type { SignIn } from '../../schema/fields';
import type { FileFailure, FileSummary, Rejection, Repair } from '../load-result';
import type { NoteRepair } from '../normalize/repairs';
import { isRowRejection } from '../normalize/row-rejection';

export type { Rejection } from '../load-result';

/** A normalizer as the readers call it: the record, and where to note repairs. */
export type Normalize<R> = (raw: R, note: NoteRepair) => SignIn;

/**
 * Where a FileLoad keeps its books: the whole load's LoadLedger, or a ChunkLedger holding one piece of a file that is
 * read in parallel (src/sources/files/chunk-ledger.ts) until the load's ledger takes it in, in file order.
 */
export interface RowLedger {
  readonly rejected: Rejection[];
  readonly repaired: Repair[];
  readonly files: FileSummary[];
  readonly failed: FileFailure[];
  fileIndex(file: string): number;
  /** Keeps the row, or counts it as a duplicate (false). */
  add(row: SignIn, file: number, line: number): boolean;
  /** Lists a repair of the row just kept. */
  repair(r: Repair): void;
}

export class FileLoad {
  /** Records recognised as sign-in shaped (loaded or not); 0 means the file may not be sign-in data at all. */
  recognized = 0;
  /** `{"error": …}` responses met in place of records, and the first one's text (a file of nothing else fails). */
  errorResponses = 0;
  firstErrorResponse = { line: 0, reason: '' };
  /** The last line a record was offered from, to place a failure that has no line of its own. */
  lastLine = 0;
  /**
   * True for a piece of a file after its first (a parallel read): a record that is not sign-in shaped is rejected
   * rather than refusing the file, which only its first record may do (the whole load checks that, in file order).
   */
  continuation = false;
  readonly summary: FileSummary;
  /** This file's index in the ledger. */
  readonly index: number;
  /** Where the ledger's lists stood when this file began (a failed file takes back what it added). */
  private readonly mark: { rejected: number; repaired: number };
  /** Repairs of the row being normalized: listed only if the row is kept. */
  private pending: { field: string; reason: string }[] = [];
  private readonly note: NoteRepair = (field, reason) => {
    this.pending.push({ field, reason });
  };

  constructor(
    readonly file: string,
    private readonly ledger: RowLedger,
  ) {
    this.summary = { file, format: '', offered: 0, loaded: 0, duplicates: 0, rejected: 0, repaired: 0 };
    ledger.files.push(this.summary);
    this.index = ledger.fileIndex(file);
    this.mark = { rejected: ledger.rejected.length, repaired: ledger.repaired.length };
  }

  /** The format read, e.g. "Log Analytics JSON Lines" ("" until the reader knows). */
  get format(): string {
    return this.summary.format;
  }
  set format(name: string) {
    this.summary.format = name;
  }

  get offered(): number {
    return this.summary.offered;
  }

  /** Rows kept from this file so far. */
  get loaded(): number {
    return this.summary.loaded;
  }

  reject(line: number, reason: string): void {
    this.lastLine = line;
    this.summary.offered++;
    this.summary.rejected++;
    this.ledger.rejected.push({ file: this.file, line, reason });
  }

  /** Normalizes `raw` and adds it, or rejects it with the normalizer's reason (prefixed by `where`). */
  take<R>(line: number, normalize: Normalize<R>, raw: R, where = ''): void {
    this.lastLine = line;
    this.pending.length = 0;
    let row: SignIn;
    try {
      row = normalize(raw, this.note);
    } catch (e) {
      if (!isRowRejection(e)) throw e;
      this.reject(line, where + e.reason);
      return;
    }
    this.summary.offered++;
    if (this.ledger.add(row, this.index, line)) {
      this.summary.loaded++;
      if (this.pending.length > 0) {
        this.summary.repaired++;
        for (const p of this.pending) this.ledger.repair({ file: this.file, line, field: p.field, reason: where + p.reason });
      }
    } else {
      this.summary.duplicates++;
    }
  }

  /**
   * Forgets everything this file offered so far, to read it again from the start (a parallel read that turned out to
   * need the single pass). Only before any row of it was kept.
   */
  restart(): void {
    if (this.summary.loaded > 0 || this.summary.duplicates > 0) throw new Error(`internal: ${this.file} restarted after rows were added`);
    this.ledger.rejected.length = this.mark.rejected;
    this.ledger.repaired.length = this.mark.repaired;
    Object.assign(this.summary, { format: '', offered: 0, rejected: 0, repaired: 0 });
    this.recognized = 0;
    this.errorResponses = 0;
    this.firstErrorResponse = { line: 0, reason: '' };
    this.lastLine = 0;
  }

  /**
   * The file could not be read at all: it offers nothing, and what it rejected before the problem showed is taken back
   * (a file fails only before any row of it was kept).
   */
  fail(reason: string, line?: number): void {
    if (this.summary.loaded > 0 || this.summary.duplicates > 0) throw new Error(`internal: ${this.file} failed after rows were added`);
    this.ledger.rejected.length = this.mark.rejected;
    this.ledger.repaired.length = this.mark.repaired;
    Object.assign(this.summary, { offered: 0, rejected: 0, repaired: 0, error: reason });
    this.ledger.failed.push(line ? { file: this.file, line, reason } : { file: this.file, reason });
  }
}
