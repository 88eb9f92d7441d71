/**
 * The books of one piece of a file read in parallel (src/sources/files/parallel-json-lines.ts). A FileLoad writes to
 * it exactly as to the load's ledger, but nothing is decided here: every row is kept for now, with its line and digest,
 * and each repair remembers its row. The load's ledger later takes the pieces in file order (LoadLedger.addRows) and
 * decides which rows are duplicates, so the accounting is the same as reading the file in one pass.
 */
import type { SignIn } from '../../schema/fields';
import { SignInTableBuilder } from '../../table/table-builder';
import { Numbers, type PieceRows } from '../load-ledger';
import type { FileFailure, FileSummary, Rejection, Repair } from '../load-result';
import { rowDigest } from '../row-digest';
import type { RowLedger } from './file-load';

export class ChunkLedger implements RowLedger {
  readonly rejected: Rejection[] = [];
  readonly repaired: Repair[] = [];
  /** The row (index in this piece) each repair belongs to. */
  readonly repairRows: number[] = [];
  readonly files: FileSummary[] = [];
  readonly failed: FileFailure[] = [];
  private readonly builder: SignInTableBuilder;
  private readonly lines = new Numbers(new Uint32Array(16));
  private readonly digests = new Numbers(new Int32Array(16));

  constructor(expectedRows = 16) {
    this.builder = new SignInTableBuilder(false, expectedRows);
  }

  fileIndex(): number {
    return 0;
  }

  add(row: SignIn, _file: number, line: number): boolean {
    const k = this.builder.length;
    this.lines.set(k, line);
    this.digests.set(k, rowDigest(row));
    this.builder.append(row);
    return true;
  }

  repair(r: Repair): void {
    this.repaired.push(r);
    this.repairRows.push(this.builder.length - 1);
  }

  /** The rows as data, to send to the thread that keeps the load's books. */
  rows(): PieceRows {
    const n = this.builder.length;
    return { columns: this.builder.data(), lines: this.lines.view(n), digests: this.digests.view(n) };
  }
}
