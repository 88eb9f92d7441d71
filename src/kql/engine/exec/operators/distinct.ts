/** `distinct`: one row per distinct combination of the listed columns (first appearance order). */
import { readable } from '../../sources/absent-column';
import type { NamedScalar } from '../../plan/plan';
import { gather } from '../column';
import type { ExecContext } from '../context';
import { evaluate } from '../evaluate';
import { factorize } from '../factorize';
import { Table } from '../table';

export function distinct(columns: readonly NamedScalar[], input: Table, ctx: ExecContext): Table {
  const cols = columns.map((c) => readable(evaluate(c.expr, input, ctx)));
  const f = factorize(cols, input.length);
  return new Table(
    columns.map((c) => ({ name: c.name, type: c.expr.type })),
    cols.map((c) => gather(c, f.firstRow)),
    f.count,
  );
}
