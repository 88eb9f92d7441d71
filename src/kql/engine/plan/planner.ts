/**
 * Stage 2 of the engine (parse → plan → execute): the bound syntax tree of a whole query to one tabular plan.
 * Lets are bound in order; the query's single result is its last expression statement. A `render` at the end is
 * lifted out as the chart request.
 */
import type { ParsedQuery } from '../parse/parse';
import { items } from '../parse/syntax';
import type { RenderRequest, TabularPlan } from './plan';
import { Scope } from './scope';
import { planStatements } from './statements';
import { planTabular, setCatalogTables } from './tabular';

export interface QueryPlan {
  readonly result: TabularPlan;
  /** What `render` asked for, when the query ends with one. */
  readonly render?: RenderRequest;
}

export function planQuery(parsed: ParsedQuery, catalogTables: ReadonlySet<string>): QueryPlan {
  setCatalogTables(catalogTables);
  const scope = new Scope(parsed.text);
  const root = parsed.root;
  const results = planStatements(items(root, 'Statements'), scope);
  if (results.length === 0) return scope.refuse(root, 'the query has no result (only let statements)');
  if (results.length > 1) return scope.refuse(results[1], 'the query has several result statements; the local engine returns one table');
  const e = results[0];
  if (e.type?.kind !== 'table') return scope.refuse(e, 'the query result must be a table (use print for a value)');
  const result = planTabular(e, scope);
  return result.op === 'render' ? { result, render: result.render } : { result };
}
