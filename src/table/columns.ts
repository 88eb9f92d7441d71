/**
 * Column storage for the sign-in table. A column is anything with `length` and `get(i)`; builders grow by doubling.
 * Repeated strings are dictionary-encoded (a Uint32 code per row plus one copy of each distinct value), which is what
 * keeps several million rows of UPNs, IPs and app names small.
 */
import type { FieldKind } from '../schema/fields';

export interface Column<T> {
  readonly kind: FieldKind;
  readonly length: number;
  get(i: number): T;
}

function grow<A extends Float64Array | Uint32Array | Int8Array>(a: A, need: number): A {
  if (need <= a.length) return a;
  let n = Math.max(16, a.length * 2);
  while (n < need) n *= 2;
  const b = new (a.constructor as { new (n: number): A })(n);
  b.set(a);
  return b;
}

/** Dictionary-encoded strings: `codes[i]` indexes `values`. Code 0 is always the empty string. */
export class DictColumn implements Column<string> {
  readonly kind = 'dict' as const;
  codes = new Uint32Array(16);
  readonly values: string[] = [''];
  private readonly lookup = new Map<string, number>([['', 0]]);
  length = 0;

  push(v: string): void {
    let code = this.lookup.get(v);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(v);
      this.lookup.set(v, code);
    }
    this.codes = grow(this.codes, this.length + 1);
    this.codes[this.length++] = code;
  }
  get(i: number): string {
    return this.values[this.codes[i]];
  }
  /** The code of a value, or -1 when no row holds it. */
  codeOf(v: string): number {
    return this.lookup.get(v) ?? -1;
  }
  trim(): void {
    this.codes = this.codes.slice(0, this.length);
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
  get(i: number): string {
    return this.values[i];
  }
  trim(): void {}
}

/** Float64 per row; NaN is "absent". Used for times (epoch ms) and coordinates. */
export class NumberColumn implements Column<number> {
  values = new Float64Array(16);
  length = 0;
  constructor(readonly kind: 'time' | 'number') {}
  push(v: number): void {
    this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = v;
  }
  get(i: number): number {
    return this.values[i];
  }
  trim(): void {
    this.values = this.values.slice(0, this.length);
  }
}

/** true / false / null as 1 / 0 / -1. */
export class BoolColumn implements Column<boolean | null> {
  readonly kind = 'bool' as const;
  values = new Int8Array(16);
  length = 0;
  push(v: boolean | null): void {
    this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = v === null ? -1 : v ? 1 : 0;
  }
  get(i: number): boolean | null {
    const v = this.values[i];
    return v < 0 ? null : v === 1;
  }
  trim(): void {
    this.values = this.values.slice(0, this.length);
  }
}

export type AnyColumn = DictColumn | TextColumn | NumberColumn | BoolColumn;

export function newColumn(kind: FieldKind): AnyColumn {
  switch (kind) {
    case 'dict':
      return new DictColumn();
    case 'text':
      return new TextColumn();
    case 'time':
    case 'number':
      return new NumberColumn(kind);
    case 'bool':
      return new BoolColumn();
  }
}
