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
  // Every expression reads the input columns (the planner refuses one that reads a column an earlier one replaced).
  for (const c of columns) {
    const values = evaluate(c.expr, input, ctx);
    const i = schema.findIndex((s) => s.name === c.name);
    if (i >= 0) {
      schema[i] = { name: c.name, type: c.expr.type };
      cols[i] = values;
    } else {
      schema.push({ name: c.name, type: c.expr.type });
      cols.push(values);
    }
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
