/** `datatable(...)[...]` and `print`: rows of expressions evaluated once each. */
import type { TabularPlan } from '../../plan/plan';
import type { Value } from '../../values/types';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import { Table } from '../table';
import { KqlError } from '../../errors';

/** A table of one row and no columns, for evaluating constant expressions. */
const ONE_ROW = new Table([], [], 1);

export function rows(plan: Extract<TabularPlan, { op: 'rows' }>, ctx: ExecContext): Table {
  const values: Value[][] = plan.rows.map((r) => r.map((cell) => evaluate(cell, ONE_ROW, ctx).get(0)));
  return Table.fromRows(plan.schema, values);
}

/** `getschema`: one row per column of the input (ColumnName, ColumnOrdinal, DataType, ColumnType). */
export function getschema(plan: Extract<TabularPlan, { op: 'getschema' }>, input: Table): Table {
  const dotnet: Record<string, string> = {
    bool: 'System.SByte', int: 'System.Int32', long: 'System.Int64', real: 'System.Double', decimal: 'System.Data.SqlTypes.SqlDecimal',
    datetime: 'System.DateTime', timespan: 'System.TimeSpan', string: 'System.String', guid: 'System.Guid', dynamic: 'System.Object',
  };
  return Table.fromRows(
    plan.schema,
    input.schema.map((c, i) => [c.name, i, dotnet[c.type], c.type]),
  );
}

/** `range x from a to b step s`: a, a+s, ... up to b (inclusive), for numbers, datetimes and timespans. */
export function range(plan: Extract<TabularPlan, { op: 'range' }>, ctx: ExecContext): Table {
  const [from, to, step] = [plan.from, plan.to, plan.step].map((e) => evaluate(e, ONE_ROW, ctx).get(0) as number | null);
  const values: Value[][] = [];
  if (from !== null && to !== null && step !== null && step !== 0) {
    for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
      values.push([v]);
      if (values.length > 10_000_000) throw new KqlError('range produces more than 10,000,000 rows', ctx.position(plan.at));
    }
  }
  return Table.fromRows(plan.schema, values);
}
