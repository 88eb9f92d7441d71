/**
 * Builds a SignInTable one normalized row at a time, dropping repeated Ids (the same event in two files) and counting
 * them, so a caller can report rows offered = loaded + duplicates + rejected.
 */
import { FIELDS, type FieldName, type SignIn } from '../schema/fields';
import { isTableName, tableFor } from '../schema/table-names';
import { newColumn, type AnyColumn, type BoolData, type ColumnData, type DictData, type NumberData, type TextData } from './columns';
import { SignInTable } from './signin-table';

export class SignInTableBuilder {
  private readonly columns = {} as Record<FieldName, AnyColumn>;
  private readonly seen = new Set<string>();
  duplicates = 0;

  /** `expectedRows` (e.g. file bytes / typical row bytes) pre-sizes the columns; a wrong guess only costs regrowth. */
  constructor(
    private readonly dedupe = true,
    expectedRows = 16,
  ) {
    const capacity = Math.max(16, Math.min(Math.ceil(expectedRows), 50_000_000));
    for (const f of FIELDS) this.columns[f.name] = newColumn(f.kind, capacity);
  }

  get length(): number {
    return this.columns.Id.length;
  }

  /**
   * Adds a row. Returns false, and keeps nothing, when a row with the same Id was already added.
   * Missing fields take their empty value ("" / NaN / null).
   */
  append(row: Partial<SignIn>): boolean {
    const id = row.Id ?? '';
    if (this.dedupe && id !== '') {
      if (this.seen.has(id)) {
        this.duplicates++;
        return false;
      }
      this.seen.add(id);
    }
    const r = row as Record<string, unknown>;
    if (r.Type === undefined && typeof r.IsInteractive === 'boolean') r.Type = tableFor(r.IsInteractive);
    if (r.IsInteractive === undefined && isTableName(r.Type)) r.IsInteractive = r.Type === 'SigninLogs';
    for (const f of FIELDS) {
      const c = this.columns[f.name];
      const v = r[f.name];
      switch (c.kind) {
        case 'dict':
        case 'text':
          c.push(typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
          break;
        case 'time':
        case 'number':
          c.push(typeof v === 'number' ? v : NaN);
          break;
        case 'bool':
          c.push(typeof v === 'boolean' ? v : null);
          break;
      }
    }
    return true;
  }

  /**
   * Adds the rows of `data` (one entry per field, in FIELDS order, as `data()` gives them) whose `keep` byte is 1, in
   * order, exactly as appending them one by one would (no Id check: the caller has decided). Used to take in a piece
   * of a file read on another thread.
   */
  appendKept(data: readonly ColumnData[], keep: Uint8Array): void {
    let kept = 0;
    for (let k = 0; k < keep.length; k++) kept += keep[k];
    FIELDS.forEach((f, i) => {
      const c = this.columns[f.name];
      const d = data[i];
      if (c.kind !== d.kind) throw new Error(`internal: column ${f.name} is ${c.kind}, data is ${d.kind}`);
      if (c.kind === 'dict') c.appendKept(d as DictData, keep, kept);
      else if (c.kind === 'text') c.appendKept(d as TextData, keep);
      else if (c.kind === 'bool') c.appendKept(d as BoolData, keep, kept);
      else c.appendKept(d as NumberData, keep, kept);
    });
  }

  /** Every column's filled part as data, in FIELDS order (for another thread). */
  data(): ColumnData[] {
    return FIELDS.map((f) => this.columns[f.name].data());
  }

  /** Adds every row of a finished table (used to merge loads). */
  appendTable(t: SignInTable): number {
    let added = 0;
    for (let k = 0; k < t.length; k++) if (this.append(t.row(k))) added++;
    return added;
  }

  finish(): SignInTable {
    for (const f of FIELDS) this.columns[f.name].trim();
    this.seen.clear();
    return new SignInTable(this.columns);
  }
}

/** A table from plain rows (tests, small inline tables). */
export function tableFromRows(rows: Partial<SignIn>[]): SignInTable {
  const b = new SignInTableBuilder(false);
  for (const r of rows) b.append(r);
  return b.finish();
}
