/**
 * Column storage for the sign-in table. A column is anything with `length` and `get(i)`; builders grow by doubling
 * (or start at an estimated capacity) and `trim()` keeps a view of the filled part rather than copying it, so finishing a
 * table never holds two copies at once.
 * Repeated strings are dictionary-encoded (a Uint32 code per row plus one copy of each distinct value), which is what
 * keeps several million rows of UPNs, IPs and app names small.
 */
import type { FieldKind } from '../schema/fields';

export interface Column<T> {
  readonly kind: FieldKind;
  readonly length: number;
  get(i: number): T;
}

function grow<A extends Float64Array | Uint32Array | Uint16Array | Uint8Array | Int8Array>(a: A, need: number): A {
  if (need <= a.length) return a;
  let n = Math.max(16, a.length * 2);
  while (n < need) n *= 2;
  const b = new (a.constructor as { new (n: number): A })(n);
  b.set(a);
  return b;
}

/** Code arrays widen as a dictionary grows: most columns (client app, result code, country) fit a byte. */
export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** Dictionary-encoded strings: `codes[i]` indexes `values`. Code 0 is always the empty string. */
export class DictColumn implements Column<string> {
  readonly kind = 'dict' as const;
  codes: Codes;
  readonly values: string[] = [''];
  private readonly lookup = new Map<string, number>([['', 0]]);
  length = 0;

  constructor(capacity = 16) {
    this.codes = new Uint8Array(capacity);
  }

  push(v: string): void {
    const code = this.intern(v);
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length + 1);
    this.codes[this.length++] = code;
  }
  /** The code of a value, added to the dictionary if new. */
  private intern(v: string): number {
    let code = this.lookup.get(v);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(v);
      this.lookup.set(v, code);
      if (code === 256 || code === 65536) this.widen(code === 256 ? Uint16Array : Uint32Array);
    }
    return code;
  }
  /**
   * Appends the rows of another dictionary column's data whose `keep` byte is 1, as `push` would one by one: values
   * enter this dictionary in the order rows first use them, so the result does not depend on how a load was split.
   */
  appendKept(data: DictData, keep: Uint8Array, kept: number): void {
    const { codes, values } = data;
    const remap = new Int32Array(values.length).fill(-1);
    remap[0] = 0;
    this.codes = grow(this.codes, this.length + kept);
    for (let k = 0; k < keep.length; k++) {
      if (keep[k] === 0) continue;
      const c = codes[k];
      let m = remap[c];
      if (m < 0) {
        m = remap[c] = this.intern(values[c]);
      }
      this.codes[this.length++] = m;
    }
  }
  /** The filled part, to send to another thread (structured clone). */
  data(): DictData {
    return { kind: 'dict', codes: this.codes.subarray(0, this.length), values: this.values };
  }
  private widen(to: typeof Uint16Array | typeof Uint32Array): void {
    const wider = new to(this.codes.length);
    wider.set(this.codes);
    this.codes = wider;
  }
  get(i: number): string {
    return this.values[this.codes[i]];
  }
  /** The code of a value, or -1 when no row holds it. */
  codeOf(v: string): number {
    return this.lookup.get(v) ?? -1;
  }
  trim(): void {
    this.codes = this.codes.subarray(0, this.length);
  }
}

/** One plain string per row, for values unique to a row (ids). */
export class TextColumn implements Column<string> {
  readonly kind = 'text' as const;
  readonly values: string[] = [];
  get length(): number {
    return this.values.length;
  }
  push(v: string): void {
    this.values.push(v);
  }
  appendKept(data: TextData, keep: Uint8Array): void {
    const { values } = data;
    for (let k = 0; k < keep.length; k++) if (keep[k] === 1) this.values.push(values[k]);
  }
  data(): TextData {
    return { kind: 'text', values: this.values };
  }
  get(i: number): string {
    return this.values[i];
  }
  trim(): void {}
}

/** Float64 per row; NaN is "absent". Used for times (epoch ms) and coordinates. */
export class NumberColumn implements Column<number> {
  values: Float64Array;
  length = 0;
  constructor(
    readonly kind: 'time' | 'number',
    capacity = 16,
  ) {
    this.values = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = v;
  }
  appendKept(data: NumberData, keep: Uint8Array, kept: number): void {
    const from = data.values;
    this.values = grow(this.values, this.length + kept);
    for (let k = 0; k < keep.length; k++) if (keep[k] === 1) this.values[this.length++] = from[k];
  }
  data(): NumberData {
    return { kind: this.kind, values: this.values.subarray(0, this.length) };
  }
  get(i: number): number {
    return this.values[i];
  }
  trim(): void {
    this.values = this.values.subarray(0, this.length);
  }
}

/** true / false / null as 1 / 0 / -1. */
export class BoolColumn implements Column<boolean | null> {
  readonly kind = 'bool' as const;
  values: Int8Array;
  length = 0;
  constructor(capacity = 16) {
    this.values = new Int8Array(capacity);
  }
  push(v: boolean | null): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = v === null ? -1 : v ? 1 : 0;
  }
  appendKept(data: BoolData, keep: Uint8Array, kept: number): void {
    const from = data.values;
    this.values = grow(this.values, this.length + kept);
    for (let k = 0; k < keep.length; k++) if (keep[k] === 1) this.values[this.length++] = from[k];
  }
  data(): BoolData {
    return { kind: 'bool', values: this.values.subarray(0, this.length) };
  }
  get(i: number): boolean | null {
    const v = this.values[i];
    return v < 0 ? null : v === 1;
  }
  trim(): void {
    this.values = this.values.subarray(0, this.length);
  }
}

export type AnyColumn = DictColumn | TextColumn | NumberColumn | BoolColumn;

/**
 * A column's filled part as plain data (typed arrays and string arrays), what crosses between threads when a file is
 * read in parallel (src/sources/files/parallel-json-lines.ts).
 */
export interface DictData {
  kind: 'dict';
  codes: Codes;
  values: string[];
}
export interface TextData {
  kind: 'text';
  values: string[];
}
export interface NumberData {
  kind: 'time' | 'number';
  values: Float64Array;
}
export interface BoolData {
  kind: 'bool';
  values: Int8Array;
}
export type ColumnData = DictData | TextData | NumberData | BoolData;

/** A new empty column; `capacity` pre-sizes it when the row count can be estimated (saves regrowth copies). */
export function newColumn(kind: FieldKind, capacity = 16): AnyColumn {
  switch (kind) {
    case 'dict':
      return new DictColumn(capacity);
    case 'text':
      return new TextColumn();
    case 'time':
    case 'number':
      return new NumberColumn(kind, capacity);
    case 'bool':
      return new BoolColumn(capacity);
  }
}
