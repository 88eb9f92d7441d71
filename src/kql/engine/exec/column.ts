/**
 * A column is anything with a type, a length and `get(i)` (arquero's idea): values computed by the evaluator, a
 * constant, a view that gathers rows of another column (filters, sorts, joins copy no values), or a column of the
 * loaded sign-ins read in place. A dictionary-encoded column also exposes `code(i)` into `dictionary`, which lets
 * grouping and joins hash small integers instead of strings.
 */
import type { ScalarType, Value } from '../values/types';

export interface Column {
  readonly type: ScalarType;
  readonly length: number;
  get(i: number): Value;
  /** Distinct values of a dictionary-encoded column; `code(i)` indexes it. */
  readonly dictionary?: readonly Value[];
  code?(i: number): number;
  /** Set when the values are not in the loaded data (a column the source cannot serve): reading them refuses. */
  readonly absent?: { readonly table: string; readonly column: string; readonly why: string };
  /** For a string column of JSON text built from a value: that value, as parse_json would give it. */
  parsed?(i: number): Value;
  /**
   * `x[key]` for every row, when the column can give it without building each value (a rebuilt sign-in column reads
   * the loaded field directly; for a JSON text column, the member of its parsed value). Undefined otherwise.
   */
  member?(key: string | number): Column | undefined;
}

/** Values held in an array. */
export class ArrayColumn implements Column {
  constructor(
    readonly type: ScalarType,
    readonly values: Value[],
  ) {}
  get length(): number {
    return this.values.length;
  }
  get(i: number): Value {
    return this.values[i];
  }
}

/** One value on every row (literals, let-bound scalars). */
export class ConstColumn implements Column {
  constructor(
    readonly type: ScalarType,
    readonly value: Value,
    readonly length: number,
  ) {}
  get(): Value {
    return this.value;
  }
}

/** The rows `index` of another column, in that order; a position of -1 reads null (outer joins). */
export class GatherColumn implements Column {
  readonly type: ScalarType;
  readonly dictionary?: readonly Value[];
  readonly absent?: Column['absent'];
  constructor(
    readonly base: Column,
    readonly index: Int32Array,
  ) {
    this.type = base.type;
    this.absent = base.absent;
    if (base.dictionary && base.code) this.dictionary = base.dictionary;
  }
  get length(): number {
    return this.index.length;
  }
  get(i: number): Value {
    const p = this.index[i];
    return p < 0 ? (this.type === 'string' ? '' : null) : this.base.get(p);
  }
  code(i: number): number {
    const p = this.index[i];
    return p < 0 ? -1 : this.base.code!(p);
  }
  get parsed(): ((i: number) => Value) | undefined {
    const base = this.base;
    if (!base.parsed) return undefined;
    return (i: number) => {
      const p = this.index[i];
      return p < 0 ? null : base.parsed!(p);
    };
  }
  member(key: string | number): Column | undefined {
    const m = this.base.member?.(key);
    return m && new GatherColumn(m, this.index);
  }
}

/** The rows `index` of a column; views of views collapse to one view of the underlying column. */
export function gather(c: Column, index: Int32Array, composedCache?: Map<Int32Array, Int32Array>, missing?: boolean): Column {
  // A constant stays one unless an outer join's missing row (-1) reads null there.
  if (c instanceof ConstColumn && !(missing ?? index.includes(-1))) return new ConstColumn(c.type, c.value, index.length);
  if (c instanceof GatherColumn) {
    const inner = c.index;
    let composed = composedCache?.get(inner);
    if (!composed) {
      composed = new Int32Array(index.length);
      for (let i = 0; i < index.length; i++) composed[i] = index[i] < 0 ? -1 : inner[index[i]];
      composedCache?.set(inner, composed);
    }
    return new GatherColumn(c.base, composed);
  }
  return new GatherColumn(c, index);
}

/**
 * The rows `index` of several columns (an operator's whole table): columns that are views through one index compose
 * it with `index` once, and whether `index` has missing rows is found once, not per column.
 */
export function gatherColumns(columns: readonly Column[], index: Int32Array): Column[] {
  const composed = new Map<Int32Array, Int32Array>();
  const missing = index.includes(-1);
  return columns.map((c) => gather(c, index, composed, missing));
}

/** Every value of a column as an array. */
export function valuesOf(c: Column): Value[] {
  if (c instanceof ArrayColumn) return c.values;
  const out: Value[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = c.get(i);
  return out;
}
