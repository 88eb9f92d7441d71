/** What execution reads besides the plan: the tables of the catalog, the query's clock, and results already computed. */
import type { QueryPosition } from '../errors';
import type { EvalContext } from '../functions/function';
import type { TabularPlan } from '../plan/plan';
import type { Table } from './table';

export interface ExecContext extends EvalContext {
  /** A catalog table by name (the loaded sign-ins, or tables the caller added). */
  readonly source: (name: string) => Table;
  /** Results of plan nodes already run: a let-bound table used twice is computed once. */
  readonly done: Map<TabularPlan, Table>;
  /** Expressions already computed over a table (by structure): a query that extracts four fields of one JSON column
   *  parses it once per row, not four times. */
  readonly memo: WeakMap<Table, Map<string, import('./column').Column>>;
  /** Dictionaries computed from a dictionary by an expression (tolower of the UPN dictionary), by expression. */
  readonly mapped: WeakMap<readonly unknown[], Map<string, import('../values/types').Value[]>>;
  /** The subtable each running mv-apply subquery reads (set per input row). */
  readonly subtables: Map<TabularPlan, Table>;
  /** Things the caller should know about the answer (an ignored render, an approximated function). */
  readonly notes: string[];
  /** When set, each operator's own time (inputs excluded) and output rows are recorded here (bench, profiling). */
  readonly timings?: { op: string; at: number; ms: number; rows: number }[];
  /** Line and column of an offset in the query, for errors raised while running. */
  readonly position: (offset: number) => QueryPosition;
}
