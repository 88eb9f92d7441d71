/**
 * SignInTable: both sign-in tables as one columnar store. Rows are addressed by position; a filtered table is a view
 * (an index array over the same columns), so filters copy nothing until a row is read.
 */
import { FIELDS, type FieldName, type SignIn } from '../schema/fields';
import type { TableName } from '../schema/table-names';
import type { AnyColumn, BoolColumn, DictColumn, NumberColumn, TextColumn } from './columns';
import type { RowTest } from './row-test';

type ColumnFor<F extends FieldName> = Extract<(typeof FIELDS)[number], { name: F }>['kind'] extends infer K
  ? K extends 'dict'
    ? DictColumn
    : K extends 'text'
      ? TextColumn
      : K extends 'bool'
        ? BoolColumn
        : NumberColumn
  : never;

export class SignInTable {
  /** Row positions of this view in the underlying columns, or null for all rows in order. */
  private readonly index: Uint32Array | null;
  readonly length: number;

  constructor(
    private readonly columns: Readonly<Record<FieldName, AnyColumn>>,
    index: Uint32Array | null = null,
  ) {
    this.index = index;
    this.length = index ? index.length : (columns.Id as TextColumn).length;
  }

  /** The underlying column of a field. Index it with `position(k)`, not `k`, when this table is a view. */
  column<F extends FieldName>(name: F): ColumnFor<F> {
    return this.columns[name] as ColumnFor<F>;
  }

  /** Position in the underlying columns of this table's k-th row. */
  position(k: number): number {
    return this.index ? this.index[k] : k;
  }

  /** Every row of the underlying columns (k = position), for code that works with positions rather than a view's k. */
  unfiltered(): SignInTable {
    return this.index ? new SignInTable(this.columns) : this;
  }

  /** The value of one field of the k-th row. */
  get<F extends FieldName>(k: number, name: F): SignIn[F] {
    return this.columns[name].get(this.position(k)) as SignIn[F];
  }

  /** The k-th row as a plain object. */
  row(k: number): SignIn {
    const p = this.position(k);
    const out: Record<string, unknown> = {};
    for (const f of FIELDS) out[f.name] = this.columns[f.name].get(p);
    return out as SignIn;
  }

  /** Every row as a plain object (for small tables and results: a million rows make a million objects). */
  rows(): SignIn[] {
    const out: SignIn[] = new Array(this.length);
    for (let k = 0; k < this.length; k++) out[k] = this.row(k);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<SignIn> {
    for (let k = 0; k < this.length; k++) yield this.row(k);
  }

  /** The rows for which `keep(k, table)` is true, as a view. */
  filter(keep: (k: number, table: SignInTable) => boolean): SignInTable {
    const idx: number[] = [];
    for (let k = 0; k < this.length; k++) if (keep(k, this)) idx.push(this.position(k));
    return new SignInTable(this.columns, Uint32Array.from(idx));
  }

  /**
   * The rows passing a row test, as a view.
   * @example table.where(and(is('IsInteractive', false), is('ResultType', '0')))
   */
  where(test: RowTest): SignInTable {
    const t = test(this);
    const idx = new Uint32Array(this.length);
    let m = 0;
    for (let k = 0; k < this.length; k++) {
      const p = this.position(k);
      if (t(p)) idx[m++] = p;
    }
    return new SignInTable(this.columns, idx.slice(0, m));
  }

  /** The rows at the given positions of this table (k values), as a view. */
  take(ks: ArrayLike<number>): SignInTable {
    const idx = new Uint32Array(ks.length);
    for (let j = 0; j < ks.length; j++) idx[j] = this.position(ks[j]);
    return new SignInTable(this.columns, idx);
  }

  /** Rows of one Entra table. */
  ofTable(name: TableName): SignInTable {
    const type = this.column('Type');
    const code = type.codeOf(name);
    return this.filter((k) => type.codes[this.position(k)] === code);
  }

  /** Rows of one user (UPN compared case-insensitively). */
  forUser(upn: string): SignInTable {
    const col = this.column('UserPrincipalName');
    const want = upn.toLowerCase();
    return this.filter((k) => col.get(this.position(k)).toLowerCase() === want);
  }

  /** Rows from one IP address (compared exactly, as logged). */
  forIp(ip: string): SignInTable {
    const col = this.column('IPAddress');
    const code = col.codeOf(ip.trim());
    return this.filter((k) => col.codes[this.position(k)] === code);
  }

  /** Rows whose CreatedDateTime lies in [from, to] (epoch ms, ISO text or Date). */
  between(from: number | string | Date, to: number | string | Date): SignInTable {
    const ms = (x: number | string | Date) => (typeof x === 'number' ? x : typeof x === 'string' ? Date.parse(x) : x.getTime());
    const lo = ms(from);
    const hi = ms(to);
    const t = this.column('CreatedDateTime').values;
    return this.filter((k) => t[this.position(k)] >= lo && t[this.position(k)] <= hi);
  }

  /** The same rows ordered by CreatedDateTime (stable). */
  sortByTime(): SignInTable {
    const t = this.column('CreatedDateTime').values;
    const ks = Array.from({ length: this.length }, (_, k) => k);
    ks.sort((a, b) => t[this.position(a)] - t[this.position(b)] || a - b);
    return this.take(ks);
  }

  /** Row counts per Entra table. */
  counts(): Record<TableName, number> {
    const out: Record<TableName, number> = { SigninLogs: 0, AADNonInteractiveUserSignInLogs: 0 };
    const type = this.column('Type');
    for (let k = 0; k < this.length; k++) out[type.get(this.position(k)) as TableName]++;
    return out;
  }

  /** Earliest and latest CreatedDateTime (epoch ms), or null for an empty table. */
  timeRange(): { first: number; last: number } | null {
    const t = this.column('CreatedDateTime').values;
    let first = Infinity;
    let last = -Infinity;
    for (let k = 0; k < this.length; k++) {
      const v = t[this.position(k)];
      if (v < first) first = v;
      if (v > last) last = v;
    }
    return this.length && Number.isFinite(first) ? { first, last } : null;
  }
}
