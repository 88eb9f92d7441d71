/**
 * The bookkeeping of one file's load: every row offered is either added (loaded or a duplicate of an Id already in
 * the table) or rejected with its line and reason, so `offered = loaded + duplicates + rejected` holds per file and
 * for the whole load.
 */
import type { SignIn } from '../../schema/fields';
import type { SignInTableBuilder } from '../../table/table-builder';
import { isRowRejection } from '../normalize/row-rejection';

/** A row that did not load: where it is and why. */
export interface Rejection {
  file: string;
  /** 1-based physical line of the file where the row starts. */
  line: number;
  reason: string;
}

export class FileLoad {
  format = '';
  offered = 0;
  loaded = 0;
  duplicates = 0;
  rejected = 0;
  /** Records recognised as sign-in shaped (loaded or not); 0 means the file may not be sign-in data at all. */
  recognized = 0;
  /** The last line a row was offered from, to place a failure that has no line of its own. */
  lastLine = 0;

  constructor(
    readonly file: string,
    private readonly builder: SignInTableBuilder,
    private readonly rejections: Rejection[],
  ) {}

  reject(line: number, reason: string): void {
    this.lastLine = line;
    this.offered++;
    this.rejected++;
    this.rejections.push({ file: this.file, line, reason });
  }

  add(row: SignIn): void {
    this.offered++;
    if (this.builder.append(row)) this.loaded++;
    else this.duplicates++;
  }

  /** Normalizes `raw` with `normalize` and adds it, or rejects it with the normalizer's reason (prefixed by `where`). */
  take<R>(line: number, normalize: (raw: R) => SignIn, raw: R, where = ''): void {
    this.lastLine = line;
    let row: SignIn;
    try {
      row = normalize(raw);
    } catch (e) {
      if (!isRowRejection(e)) throw e;
      this.reject(line, where + e.reason);
      return;
    }
    this.add(row);
  }
}
