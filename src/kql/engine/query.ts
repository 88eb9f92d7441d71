/**
 * Runs KQL locally over the loaded sign-ins.
 *
 *   text ──parse──► bound syntax (Microsoft's parser and binder) ──plan──► plan (plain data) ──execute──► table ──► rows
 *         parse/parse.ts                                           plan/planner.ts             exec/run.ts    result.ts
 *
 * SigninLogs and AADNonInteractiveUserSignInLogs are served from the SignInTable (sources/sign-in-tables.ts says
 * which columns are read as they are, which are rebuilt, which are absent). Anything the engine does not run is
 * refused with the construct's name and line:column; it never answers with a silently different result.
 */
import { Kql } from '../fragment';
import type { SignInTable } from '../../table/signin-table';
import type { VegaLiteSpec } from '../../charts/spec';
import { isTableName, type TableName } from '../../schema/table-names';
import { KqlError, positionIn } from './errors';
import type { ExecContext } from './exec/context';
import { run } from './exec/run';
import type { Table } from './exec/table';
import { tableFromRows } from '../../table/table-builder';
import { parseQuery } from './parse/parse';
import { planQuery, type QueryPlan } from './plan/planner';
import { renderChart } from './render/chart-spec';
import { rowsOf, type Row } from './result';
import { notingPartialReads, signInCatalog, signInTable } from './sources/sign-in-tables';
import type { ColumnSchema } from './values/types';

/**
 * Plans of recent query texts. Parsing and binding in Microsoft's language service costs from tens of milliseconds to
 * seconds (a twin of 300 lines); a plan is plain immutable data over the fixed catalog, so the same text (a twin run on
 * another tenant, a notebook cell run again) is planned once.
 */
const PLANS = new Map<string, QueryPlan>();
const PLANS_KEPT = 32;

function planOf(text: string): QueryPlan {
  const hit = PLANS.get(text);
  if (hit) {
    PLANS.delete(text); // most recently used last
    PLANS.set(text, hit);
    return hit;
  }
  const catalog = signInCatalog();
  const plan = planQuery(parseQuery(text, catalog), new Set(catalog.map((c) => c.name)));
  PLANS.set(text, plan);
  if (PLANS.size > PLANS_KEPT) PLANS.delete(PLANS.keys().next().value!);
  return plan;
}

export interface QueryOptions {
  /**
   * The query's clock: what now() returns and ago() counts back from (a Date or epoch milliseconds). Default: the
   * moment the query starts. Pass the time of the evidence to make a query over a fixed tenant reproducible.
   */
  readonly now?: Date | number;
  /** Receives each operator's own time and output rows (for the benchmark and for finding a slow step). */
  readonly timings?: { op: string; at: number; ms: number; rows: number }[];
}

export interface KqlResult {
  readonly columns: readonly ColumnSchema[];
  /** One object per row, under the column names (datetimes as ISO-8601 text, timespans as Kusto text). */
  readonly rows: Row[];
  /** When the query ends with `render`: what was asked, and whether a chart was drawn (or why not). */
  readonly render?: { readonly visualization: string; readonly drawn: boolean; readonly reason?: string };
  /** The Vega-Lite spec of the render, when one was drawn. */
  readonly chart?: VegaLiteSpec;
  /** What the caller should know about the answer (columns shown empty, a render ignored). */
  readonly notes: readonly string[];
}

/**
 * Runs a KQL query over the loaded sign-ins.
 *
 * @param table the sign-ins SigninLogs and AADNonInteractiveUserSignInLogs are read from (null: both empty)
 * @param q the query, as text or built with the `kql` template
 * @param options `now` fixes the clock of now() / ago()
 * @returns the result rows, and the chart a `render` asks for
 * @throws KqlError when the query does not bind, or uses an operator, function or column the engine cannot serve
 * @example query(table, kql`SigninLogs | summarize count() by UserPrincipalName`).rows
 */
export function query(table: SignInTable | null | undefined, q: string | Kql, options: QueryOptions = {}): KqlResult {
  const text = Kql.isKql(q) ? q.text : q;
  if (typeof text !== 'string') throw new KqlError('the query must be a string or a kql`...` template');
  const plan = planOf(text);
  const served = new Map<string, Table>();
  const now = options.now === undefined ? Date.now() : options.now instanceof Date ? options.now.getTime() : options.now;
  const ctx: ExecContext = {
    now,
    notes: [],
    done: new Map(),
    subtables: new Map(),
    memo: new WeakMap(),
    mapped: new WeakMap(),
    timings: options.timings,
    position: (offset) => positionIn(text, offset),
    source: (name) => {
      let t = served.get(name);
      if (!t) {
        if (!isTableName(name)) throw new KqlError(`the table ${name} is not served locally`);
        t = notingPartialReads(signInTable(table ?? tableFromRows([]), name as TableName), (text) => {
          if (!ctx.notes.includes(text)) ctx.notes.push(text);
        });
        served.set(name, t);
      }
      return t;
    },
  };
  const out = rowsOf(run(plan.result, ctx));
  const notes = [...ctx.notes];
  if (out.absent.length) {
    notes.push(`shown empty: ${out.absent.join(', ')} (not in the loaded data; signinlab keeps normalized fields, see docs/kql-engine.md)`);
  }
  if (!plan.render) return { columns: out.columns, rows: out.rows, notes };
  const r = renderChart(plan.render, out.columns, out.rows);
  if ('chart' in r) {
    return { columns: out.columns, rows: out.rows, notes, chart: r.chart, render: { visualization: plan.render.visualization, drawn: true } };
  }
  notes.push(r.ignored);
  return { columns: out.columns, rows: out.rows, notes, render: { visualization: plan.render.visualization, drawn: false, reason: r.ignored } };
}
