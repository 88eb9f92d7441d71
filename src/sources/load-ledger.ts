/**
 * The accounting of one load, kept in one place for every source (files, workspace) so it stays the same however the
 * rows are read: each row offered is loaded, a duplicate, or rejected; repairs and conflicts are listed with their
 * file and line.
 *
 * Duplicates: the same event in two files (or twice in one) has the same Id. Entra writes Ids as GUIDs, whose case
 * carries no meaning, so Ids are compared case-insensitively. A duplicate whose contents differ from the row kept (a
 * digest of the fields every source carries: table, time to the second, user, IP address, result, application) is a
 * conflict, listed with where the kept row came from. Per Id the ledger keeps 12 bytes besides the Id itself.
 */
import type { SignIn } from '../schema/fields';
import type { SignInTable } from '../table/signin-table';
import { SignInTableBuilder } from '../table/table-builder';
import { rowDigest } from './row-digest';
import type { RowLedger } from './files/file-load';
import type { Conflict, FileFailure, FileSummary, LoadResult, Rejection, Repair } from './load-result';
import { FIELD_NAMES } from '../schema/fields';
import type { ColumnData, TextData } from '../table/columns';

/** The rows of a piece of a file, as data: every field's column, and each row's line and digest. */
export interface PieceRows {
  columns: ColumnData[];
  lines: Uint32Array;
  digests: Int32Array;
}

const ID_COLUMN = FIELD_NAMES.indexOf('Id');

/** Growable typed storage for one number per kept row. */
export class Numbers<T extends Int32Array | Uint32Array> {
  constructor(private data: T) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(Math.max(16, this.data.length * 2, i + 1));
      next.set(this.data as never);
      this.data = next;
    }
    this.data[i] = v;
  }
  get(i: number): number {
    return this.data[i];
  }
  /** The first `n` numbers (a view, not a copy). */
  view(n: number): T {
    if (n > this.data.length) this.set(n - 1, 0);
    return this.data.subarray(0, n) as T;
  }
}

export class LoadLedger implements RowLedger {
  readonly rejected: Rejection[] = [];
  readonly repaired: Repair[] = [];
  readonly conflicts: Conflict[] = [];
  readonly files: FileSummary[] = [];
  readonly failed: FileFailure[] = [];
  duplicates = 0;
  private readonly builder: SignInTableBuilder;
  /** Lower-case Id → index of the kept row. */
  private readonly kept = new Map<string, number>();
  private readonly fileOf = new Numbers(new Uint32Array(16));
  private readonly lineOf = new Numbers(new Uint32Array(16));
  private readonly digestOf = new Numbers(new Int32Array(16));
  /** File names by index, for conflict messages. */
  private readonly names: string[] = [];

  /** `expectedRows` pre-sizes the table's columns (a wrong guess only costs regrowth). */
  constructor(expectedRows = 16) {
    this.builder = new SignInTableBuilder(false, expectedRows);
  }

  /** Rows kept so far. */
  get length(): number {
    return this.builder.length;
  }

  /** The index of a file for `add` (call once per file). */
  fileIndex(file: string): number {
    this.names.push(file);
    return this.names.length - 1;
  }

  /**
   * Keeps the row unless a row with the same Id (case-insensitively) was kept before.
   * @returns true when the row was kept; false for a duplicate (listed as a conflict when its contents differ)
   */
  add(row: SignIn, file: number, line: number): boolean {
    const id = row.Id.toLowerCase();
    const at = this.kept.get(id);
    const d = rowDigest(row);
    if (at !== undefined) {
      this.duplicates++;
      if (this.digestOf.get(at) !== d) {
        this.conflicts.push({
          file: this.names[file],
          line,
          Id: row.Id,
          firstFile: this.names[this.fileOf.get(at)],
          firstLine: this.lineOf.get(at),
        });
      }
      return false;
    }
    const k = this.builder.length;
    this.kept.set(id, k);
    this.fileOf.set(k, file);
    this.lineOf.set(k, line);
    this.digestOf.set(k, d);
    this.builder.append(row);
    return true;
  }

  /**
   * Takes the rows of a piece of a file read elsewhere (src/sources/files/chunk-ledger.ts), in order, deciding for each
   * what `add` would: kept, or a duplicate (a conflict when its digest differs). Lines are the piece's own; `lineOffset`
   * makes them the file's.
   * @returns one byte per row of the piece: 1 kept, 0 a duplicate
   */
  addRows(rows: PieceRows, file: number, lineOffset: number): Uint8Array {
    const ids = (rows.columns[ID_COLUMN] as TextData).values;
    const n = ids.length;
    const keep = new Uint8Array(n);
    let k = this.builder.length;
    for (let r = 0; r < n; r++) {
      const id = ids[r].toLowerCase();
      const at = this.kept.get(id);
      const d = rows.digests[r];
      const line = rows.lines[r] + lineOffset;
      if (at !== undefined) {
        this.duplicates++;
        if (this.digestOf.get(at) !== d) {
          this.conflicts.push({ file: this.names[file], line, Id: ids[r], firstFile: this.names[this.fileOf.get(at)], firstLine: this.lineOf.get(at) });
        }
        continue;
      }
      this.kept.set(id, k);
      this.fileOf.set(k, file);
      this.lineOf.set(k, line);
      this.digestOf.set(k, d);
      keep[r] = 1;
      k++;
    }
    this.builder.appendKept(rows.columns, keep);
    return keep;
  }

  repair(r: Repair): void {
    this.repaired.push(r);
  }

  /** The table and the whole accounting; the ledger is spent afterwards. */
  finish(): LoadResult {
    const table: SignInTable = this.builder.finish();
    this.kept.clear();
    return {
      table,
      rows: table.counts(),
      offered: this.files.reduce((n, f) => n + f.offered, 0),
      duplicates: this.duplicates,
      rejected: this.rejected,
      repaired: this.repaired,
      conflicts: this.conflicts,
      files: this.files,
      failed: this.failed,
    };
  }
}
