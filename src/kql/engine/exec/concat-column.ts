/**
 * Columns end to end, read in place: union's legs, and the two sides of a join's keys (factorized together). When
 * every part reads the same dictionary (both sign-in tables read one store column), the result stays dictionary-coded.
 */
import type { ColumnSchema, Value } from '../values/types';
import type { Column } from './column';

/** Concatenation of columns, read in place. */
export class ConcatColumn implements Column {
  readonly length: number;
  readonly absent?: Column['absent'];
  /** Set when every part reads one dictionary (both sign-in tables read the same store column). */
  readonly dictionary?: readonly Value[];
  private readonly starts: number[];
  constructor(
    readonly type: ColumnSchema['type'],
    private readonly parts: readonly Column[],
  ) {
    this.absent = parts.find((p) => p.absent && p.length > 0)?.absent;
    const d = parts[0]?.dictionary;
    if (d && parts.every((p) => p.dictionary === d && p.code)) this.dictionary = d;
    this.starts = [];
    let n = 0;
    for (const p of parts) {
      this.starts.push(n);
      n += p.length;
    }
    this.length = n;
  }
  private part(i: number): number {
    let k = this.parts.length - 1;
    while (k > 0 && this.starts[k] > i) k--;
    return k;
  }
  get(i: number): Value {
    const k = this.part(i);
    return this.parts[k].get(i - this.starts[k]);
  }
  code(i: number): number {
    const k = this.part(i);
    return this.parts[k].code!(i - this.starts[k]);
  }
  get parsed(): ((i: number) => Value) | undefined {
    if (!this.parts.every((p) => p.parsed || p.length === 0)) return undefined;
    return (i: number) => {
      const k = this.part(i);
      return this.parts[k].parsed!(i - this.starts[k]);
    };
  }
}

