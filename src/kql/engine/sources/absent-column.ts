/**
 * A column of a catalog table that the loaded data does not hold. Reading any of its values refuses the query, naming
 * the column; a query that only passes it through to the output (`SigninLogs | take 10`) shows it empty, with a note.
 */
import { KqlError } from '../errors';
import type { Column } from '../exec/column';
import type { ScalarType, Value } from '../values/types';

export class AbsentColumnError extends KqlError {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly why: string,
  ) {
    super(`the column ${column} of ${table} is not in the loaded data (${why}), so the local engine cannot compute with it`);
  }
}

export class AbsentColumn implements Column {
  readonly absent: NonNullable<Column['absent']>;
  constructor(
    readonly type: ScalarType,
    readonly length: number,
    readonly table: string,
    readonly name: string,
    readonly why: string,
  ) {
    this.absent = { table, column: name, why };
  }
  get(): Value {
    throw new AbsentColumnError(this.table, this.name, this.why);
  }
}

/** `c` itself, or a refusal when its values are not in the loaded data (used where values are computed with). */
export function readable(c: Column): Column {
  if (c.absent) throw new AbsentColumnError(c.absent.table, c.absent.column, c.absent.why);
  return c;
}
