/**
 * `mv-expand`: one row per element of a dynamic array (or per entry of a property bag, as a one-entry bag), several
 * expressions expanded in parallel (shorter ones give null). A null value gives one row with null; an empty array
 * or bag gives no row (docs: mv-expand, "Returns"). `to typeof(T)` casts without parsing: an element that is not
 * already a T becomes null; datetimes and timespans, which dynamic values here hold as Kusto text, are read back.
 */
import { readable } from '../../sources/absent-column';
import type { TabularPlan } from '../../plan/plan';
import { dynamicDatetime, dynamicTimespan, isBag } from '../../values/dynamic';
import type { Dynamic, ScalarType, Value } from '../../values/types';
import { ArrayColumn, gatherColumns, type Column } from '../column';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import { Table } from '../table';

function elements(v: Value, bagAsArray: boolean): Dynamic[] {
  if (v === null) return [null];
  if (Array.isArray(v)) return v;
  if (isBag(v)) return Object.entries(v).map(([k, x]) => (bagAsArray ? [k, x] : { [k]: x }));
  return [v];
}

/** `to typeof(T)`: cast-only. */
function typed(x: Dynamic, to: ScalarType): Value {
  if (x === null || to === 'dynamic') return x;
  switch (to) {
    case 'string':
    case 'guid':
      return typeof x === 'string' ? x : to === 'string' ? '' : null;
    case 'bool':
      return typeof x === 'boolean' ? x : null;
    case 'int':
    case 'long':
      return typeof x === 'number' && Number.isInteger(x) ? x : null;
    case 'real':
    case 'decimal':
      return typeof x === 'number' ? x : null;
    case 'datetime':
      return dynamicDatetime(x);
    case 'timespan':
      return dynamicTimespan(x);
  }
}

export function mvExpand(plan: Extract<TabularPlan, { op: 'mv-expand' }>, input: Table, ctx: ExecContext): Table {
  return expandRows(plan, input, ctx).table;
}

/** The expanded table, and for each of its rows the input row it came from (ascending: rows stay in input order). */
export function expandRows(plan: Extract<TabularPlan, { op: 'mv-expand' }>, input: Table, ctx: ExecContext): { table: Table; from: Int32Array } {
  const sources = plan.items.map((it) => readable(evaluate(it.expr, input, ctx)));
  const rows: number[] = [];
  const index: number[] = [];
  const values: Value[][] = plan.items.map(() => []);
  const limit = plan.limit ?? Infinity;
  for (let i = 0; i < input.length; i++) {
    const lists = sources.map((s) => elements(s.get(i), plan.bagAsArray));
    const n = Math.min(limit, Math.max(...lists.map((l) => l.length)));
    for (let k = 0; k < n; k++) {
      rows.push(i);
      index.push(k);
      lists.forEach((l, j) => values[j].push(k < l.length ? typed(l[k], plan.items[j].to) : plan.items[j].to === 'string' ? '' : null));
    }
  }
  const r = Int32Array.from(rows);
  const columns: Column[] = gatherColumns(input.columns, r);
  const schema = [...input.schema];
  plan.items.forEach((it, j) => {
    const col = new ArrayColumn(it.to, values[j]);
    const at = schema.findIndex((s) => s.name === it.name);
    if (at >= 0) {
      schema[at] = { name: it.name, type: it.to };
      columns[at] = col;
    } else {
      schema.push({ name: it.name, type: it.to });
      columns.push(col);
    }
  });
  if (plan.itemIndex) {
    schema.push({ name: plan.itemIndex, type: 'long' });
    columns.push(new ArrayColumn('long', index));
  }
  return { table: new Table(schema, columns, rows.length), from: r };
}
