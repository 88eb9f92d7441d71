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
import type { Conflict, FileFailure, FileSummary, LoadResult, Rejection, Repair } from './load-result';

/** FNV-1a of one text, continuing from `h`, with a separator after it. */
function mix(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/**
 * FNV-1a over the fields every source carries, so the same event read from Graph and from Log Analytics agrees: the
 * table, the time to the second, the user, the IP address, the result and the application. Computed field by field,
 * without building a string (it runs once per row).
 */
function digest(row: SignIn): number {
  let h = mix(0x811c9dc5, row.Type);
  const second = Math.floor(row.CreatedDateTime / 1000);
  h = Math.imul(h ^ (second | 0), 0x01000193);
  h = Math.imul(h ^ ((second / 0x100000000) | 0), 0x01000193);
  h = mix(h, row.UserPrincipalName);
  h = mix(h, row.IPAddress);
  h = mix(h, row.ResultType);
  return mix(h, row.AppId) | 0;
}

/** Growable typed storage for one number per kept row. */
class Numbers<T extends Int32Array | Uint32Array> {
  constructor(private data: T) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(Math.max(16, this.data.length * 2));
      next.set(this.data as never);
      this.data = next;
    }
    this.data[i] = v;
  }
  get(i: number): number {
    return this.data[i];
  }
}

export class LoadLedger {
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
    const d = digest(row);
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
