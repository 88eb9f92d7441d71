/**
 * `extend` (new columns after the input's; a name already there is replaced in place) and `project` (exactly the listed
 * columns). project-away, project-rename, project-keep and project-reorder are planned as `project`.
 */
import type { NamedScalar } from '../../plan/plan';
import type { ColumnSchema } from '../../values/types';
import type { Column } from '../column';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import { Table } from '../table';

export function extend(columns: readonly NamedScalar[], input: Table, ctx: ExecContext): Table {
  const schema: ColumnSchema[] = [...input.schema];
  const cols: Column[] = [...input.columns];
  // Left to right: a later expression of the same extend reads the columns an earlier one made.
  let current = input;
  for (const c of columns) {
    const values = evaluate(c.expr, current, ctx);
    const i = schema.findIndex((s) => s.name === c.name);
    if (i >= 0) {
      schema[i] = { name: c.name, type: c.expr.type };
      cols[i] = values;
    } else {
      schema.push({ name: c.name, type: c.expr.type });
      cols.push(values);
    }
    current = new Table(schema.slice(), cols.slice(), input.length);
  }
  return new Table(schema, cols, input.length);
}

export function project(columns: readonly NamedScalar[], input: Table, ctx: ExecContext): Table {
  return new Table(
    columns.map((c) => ({ name: c.name, type: c.expr.type })),
    columns.map((c) => evaluate(c.expr, input, ctx)),
    input.length,
  );
}
