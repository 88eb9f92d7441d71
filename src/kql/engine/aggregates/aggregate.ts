/**
 * An aggregation function of `summarize`, declared as data like the scalar functions. Its implementation sees the
 * argument columns of all input rows and the group of each row, and returns one value per group for each of its
 * output columns (one for most; arg_max(x, a, b) and take_any(a, b) return several).
 */
import { ArrayColumn, type Column } from '../exec/column';
import type { ScalarType, Value } from '../values/types';

export interface Groups {
  /** Group of each input row. */
  readonly ids: Int32Array;
  readonly count: number;
}

export interface AggregateTypes {
  readonly args: readonly ScalarType[];
  /** Types of the output columns. */
  readonly outputs: readonly ScalarType[];
}

export interface AggregateDef {
  readonly name: string;
  readonly arity: readonly [number, number];
  readonly signature: string;
  /** `arg_max(x, *)`, `take_any(*)`: `*` stands for the input columns. */
  readonly acceptsStar?: boolean;
  run(args: readonly Column[], groups: Groups, t: AggregateTypes): Column[];
}

/** One output column from per-group values. */
export function column(type: ScalarType, values: Value[]): Column[] {
  return [new ArrayColumn(type, values)];
}

/** Per-group values all set to `v`. */
export function filled(groups: Groups, v: Value): Value[] {
  return new Array<Value>(groups.count).fill(v);
}

/** For the `...if` forms: row i counts when the predicate column is true there. */
export const kept = (pred: Column | undefined, i: number) => !pred || pred.get(i) === true;
