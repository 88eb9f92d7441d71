/**
 * A scalar function of the engine, declared as data: its name, how many arguments it takes, a one-line signature
 * for help and refusals, and an implementation. Most functions are row functions (values in, value out); window
 * functions (prev, next, row_cumsum, row_number) and clock functions see the whole column instead.
 */
import type { Column } from '../exec/column';
import type { ScalarType, Value } from '../values/types';

/** The types of one call: argument types as bound, and the result type. */
export interface CallTypes {
  readonly args: readonly ScalarType[];
  readonly result: ScalarType;
}

/** What a function may read besides its arguments. */
export interface EvalContext {
  /** now(), fixed for the whole query (epoch ms): Kusto evaluates now() once per query. */
  readonly now: number;
}

export interface ScalarFunctionDef {
  readonly name: string;
  /** Least and most arguments (Infinity for a variadic tail). */
  readonly arity: readonly [number, number];
  /** e.g. "strcat(arg1, arg2, ...): string". */
  readonly signature: string;
  /** When any argument is null the result is the result type's null, without calling `row`. */
  readonly nullPropagating?: boolean;
  readonly row?: (args: Value[], t: CallTypes, ctx: EvalContext) => Value;
  readonly columns?: (args: readonly Column[], length: number, t: CallTypes, ctx: EvalContext) => Column;
}

/** Declares a row function. */
export function fn(
  name: string,
  arity: readonly [number, number],
  signature: string,
  row: (args: Value[], t: CallTypes, ctx: EvalContext) => Value,
  nullPropagating = false,
): ScalarFunctionDef {
  return { name, arity, signature, row, nullPropagating };
}

/** Declares a row function whose result is null when any argument is. */
export function strict(
  name: string,
  arity: readonly [number, number],
  signature: string,
  row: (args: Value[], t: CallTypes, ctx: EvalContext) => Value,
): ScalarFunctionDef {
  return fn(name, arity, signature, row, true);
}
