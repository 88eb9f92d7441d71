/**
 * The shape every analysis shares. An analysis answers one question from the two-table course on a SignInTable:
 * a header (id, question, tables, parameters with defaults and where each threshold comes from), run() giving result
 * rows and findings, and kql() giving the Kusto query that asks the same question of a workspace.
 *
 * Results are plain row objects; `toDataFrame(result)` (src/table/to-dataframe.ts) turns them into danfo DataFrames
 * only when someone wants to look, so the CLI never pays for loading danfo.
 */
import type { Finding } from '../findings/finding';
import type { TableName } from '../schema/table-names';
import type { SignInTable } from '../table/signin-table';

/** One tunable parameter of an analysis. */
export interface ParameterDef<T = unknown> {
  readonly default: T;
  readonly description: string;
  /** Where the default comes from (course heuristic, Microsoft documentation, vendor guidance, our own choice and why). */
  readonly source: string;
}

export type ParameterDefs<P> = { readonly [K in keyof P]: ParameterDef<P[K]> };

/** Narrows the KQL twin to what an analyst asked for (values are escaped as literals when rendered). */
export interface KqlScope {
  user?: string;
  ip?: string;
  /** ISO-8601 duration (P7D) or interval (start/end). */
  timespan?: string;
}

export interface AnalysisResult<P = Record<string, unknown>, R = Record<string, unknown>> {
  id: string;
  /** The parameters actually used (defaults merged with overrides). */
  parameters: P;
  /** The main result table, one object per row, Entra column names where a column is meant. */
  rows: R[];
  /** Further named result tables (e.g. per-day counts beside per-user totals). */
  tables?: Record<string, Record<string, unknown>[]>;
  findings: Finding[];
  /** Caveats the analyst must read (e.g. union drowns interactive events when aggregating across users). */
  warnings: string[];
}

export interface Analysis<P = Record<string, unknown>, R = Record<string, unknown>> {
  readonly id: string;
  readonly title: string;
  /** The question, as an analyst would ask it. */
  readonly question: string;
  readonly tables: readonly TableName[];
  readonly parameters: ParameterDefs<P>;
  run(table: SignInTable, overrides?: Partial<P>): AnalysisResult<P, R>;
  /** The Kusto twin with the same thresholds and exclusions, parameters filled in as escaped literals. Its output
   *  columns carry the same names as `rows`, so a pushed-down result has the same shape as a local one. */
  kql(overrides?: Partial<P>, scope?: KqlScope): string;
  /** Findings from result rows alone, where the analysis can derive them so (used for pushdown results). */
  findingsFromRows?(rows: R[], parameters: P): Finding[];
}

/** Defaults merged with overrides; unknown keys are refused so a typo in a notebook is not silently ignored. */
export function resolveParameters<P>(defs: ParameterDefs<P>, overrides: Partial<P> = {}): P {
  const out = {} as P;
  for (const k of Object.keys(overrides) as (keyof P)[]) {
    if (!(k in defs)) throw new Error(`unknown parameter "${String(k)}"; expected one of: ${Object.keys(defs).join(', ')}`);
  }
  for (const k of Object.keys(defs) as (keyof P)[]) {
    const v = overrides[k];
    out[k] = v === undefined ? defs[k].default : (v as P[keyof P]);
  }
  return out;
}

/** An analysis as written in its folder: run and kql take the parameters already resolved. */
export interface AnalysisSpec<P, R> extends Omit<Analysis<P, R>, 'run' | 'kql'> {
  run(table: SignInTable, p: P): AnalysisResult<P, R>;
  kql(p: P, scope?: KqlScope): string;
}

/**
 * An Analysis from its spec: `run` and `kql` get the defaults merged with the caller's overrides (unknown names refused),
 * the one place every analysis resolves its parameters, so the TypeScript and the twin always read the same numbers.
 */
export function defineAnalysis<P, R>(spec: AnalysisSpec<P, R>): Analysis<P, R> {
  return {
    ...spec,
    run: (table, overrides) => spec.run(table, resolveParameters(spec.parameters, overrides)),
    kql: (overrides, scope) => spec.kql(resolveParameters(spec.parameters, overrides), scope),
  };
}
