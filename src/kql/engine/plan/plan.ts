/**
 * Stage 2's output: a plan is plain data. Tabular nodes form a tree (a let-bound table is one node referenced from
 * several places, evaluated once); scalar expressions are trees of literals, column references and calls of
 * registered functions. Every tabular node carries the schema Microsoft's binder gave it, and the executor checks its
 * result against it, so a naming rule the engine got wrong fails loudly instead of answering under wrong names.
 */
import type { AggregateDef } from '../aggregates/aggregate';
import type { ScalarFunctionDef } from '../functions/function';
import type { ColumnSchema, ScalarType, Value } from '../values/types';

// ── scalar expressions ──────────────────────────────────────────────────────────────────────────────────────────────
export type ScalarPlan =
  | { readonly k: 'lit'; readonly type: ScalarType; readonly value: Value }
  | { readonly k: 'col'; readonly name: string; readonly type: ScalarType }
  | { readonly k: 'call'; readonly fn: ScalarFunctionDef; readonly args: readonly ScalarPlan[]; readonly type: ScalarType; readonly at: number }
  | { readonly k: 'toscalar'; readonly input: TabularPlan; readonly type: ScalarType }
  /** `x in (T | project y)`: the first column of a tabular expression as the set. */
  | { readonly k: 'in-table'; readonly value: ScalarPlan; readonly input: TabularPlan; readonly negate: boolean; readonly caseInsensitive: boolean; readonly type: 'bool' };

/** An expression with the name of the column it becomes. */
export interface NamedScalar {
  readonly name: string;
  readonly expr: ScalarPlan;
}

/** One aggregate call inside `summarize`: its result column(s) are named `slots`. */
export interface AggregateCall {
  readonly fn: AggregateDef;
  readonly args: readonly ScalarPlan[];
  /** `arg_max(x, *)`: the columns `*` stands for. */
  readonly star?: readonly string[];
  readonly type: ScalarType;
  /** Hidden names the post-aggregation expressions read (one per output column of the call). */
  readonly slots: readonly string[];
  readonly slotTypes: readonly ScalarType[];
  readonly at: number;
}

export interface SortKey {
  readonly expr: ScalarPlan;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

export type JoinKind = 'innerunique' | 'inner' | 'leftouter' | 'rightouter' | 'fullouter' | 'leftanti' | 'rightanti' | 'leftsemi' | 'rightsemi';

/** The chart a `render` asks for. */
export interface RenderRequest {
  readonly visualization: string;
  readonly properties: Readonly<Record<string, Value>>;
}

// ── tabular operators ───────────────────────────────────────────────────────────────────────────────────────────────
interface Base {
  /** Output columns, as the binder typed them. */
  readonly schema: readonly ColumnSchema[];
  /** Offset of the operator in the query, for runtime errors. */
  readonly at: number;
}

export type TabularPlan =
  | (Base & { readonly op: 'source'; readonly table: string })
  | (Base & { readonly op: 'rows'; readonly rows: readonly (readonly ScalarPlan[])[] })
  | (Base & { readonly op: 'where'; readonly input: TabularPlan; readonly predicate: ScalarPlan })
  | (Base & { readonly op: 'extend'; readonly input: TabularPlan; readonly columns: readonly NamedScalar[] })
  | (Base & { readonly op: 'project'; readonly input: TabularPlan; readonly columns: readonly NamedScalar[] })
  | (Base & {
      readonly op: 'summarize';
      readonly input: TabularPlan;
      readonly by: readonly NamedScalar[];
      readonly aggregates: readonly AggregateCall[];
      /** Output columns after the keys, computed from the aggregate slots. */
      readonly outputs: readonly NamedScalar[];
    })
  | (Base & { readonly op: 'sort'; readonly input: TabularPlan; readonly keys: readonly SortKey[] })
  | (Base & { readonly op: 'take'; readonly input: TabularPlan; readonly count: ScalarPlan })
  | (Base & { readonly op: 'top'; readonly input: TabularPlan; readonly count: ScalarPlan; readonly keys: readonly SortKey[] })
  | (Base & { readonly op: 'distinct'; readonly input: TabularPlan; readonly columns: readonly NamedScalar[] })
  | (Base & { readonly op: 'union'; readonly inputs: readonly TabularPlan[]; readonly source?: { readonly column: string; readonly names: readonly string[] } })
  | (Base & {
      readonly op: 'join';
      readonly kind: JoinKind;
      readonly left: TabularPlan;
      readonly right: TabularPlan;
      readonly keys: readonly { readonly left: string; readonly right: string }[];
      /** lookup: the right side's key columns are not repeated in the output. */
      readonly dropRightKeys: boolean;
    })
  | (Base & {
      readonly op: 'mv-expand';
      readonly input: TabularPlan;
      readonly items: readonly { readonly name: string; readonly expr: ScalarPlan; readonly to: ScalarType }[];
      readonly itemIndex?: string;
      readonly limit?: number;
      /** kind=array: a bag entry becomes [key, value] instead of {key: value}. */
      readonly bagAsArray: boolean;
    })
  | (Base & {
      readonly op: 'mv-apply';
      readonly input: TabularPlan;
      /** The expansion of each input row into its subtable (an mv-expand of the input). */
      readonly expand: Extract<TabularPlan, { op: 'mv-expand' }>;
      /** The subquery, whose implicit source is `subtable`. */
      readonly subquery: TabularPlan;
      readonly subtable: Extract<TabularPlan, { op: 'subtable' }>;
    })
  /** The implicit source of an mv-apply subquery: the subtable of the input row being applied. */
  | (Base & { readonly op: 'subtable' })
  | (Base & { readonly op: 'serialize'; readonly input: TabularPlan; readonly columns: readonly NamedScalar[] })
  | (Base & { readonly op: 'render'; readonly input: TabularPlan; readonly render: RenderRequest })
  | (Base & { readonly op: 'getschema'; readonly input: TabularPlan })
  /** `as Name`: the input unchanged, under a name (`withsource=` reports it). */
  | (Base & { readonly op: 'as'; readonly input: TabularPlan; readonly name: string })
  | (Base & { readonly op: 'range'; readonly from: ScalarPlan; readonly to: ScalarPlan; readonly step: ScalarPlan });
