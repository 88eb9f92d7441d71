/**
 * The engine's answer as plain rows, in the shape the rest of signinlab uses: one object per row under the column
 * names, datetimes as ISO-8601 UTC text (as isoTime gives them), timespans in Kusto's text (`01:30:00`), dynamic
 * values as JSON values, numbers as numbers, nulls as null. The same conversion serves results from a cluster, so
 * local and remote rows compare directly.
 */
import { isoTime } from '../../iso-time';
import type { Table } from './exec/table';
import { AbsentColumnError } from './sources/absent-column';
import { formatTimespan } from './values/timespan';
import type { ColumnSchema, ScalarType, Value } from './values/types';

export type Row = Record<string, unknown>;

/** A cell as a plain JavaScript value. */
export function plainValue(v: Value, type: ScalarType): unknown {
  if (v === null) return null;
  switch (type) {
    case 'datetime':
      return isoTime(v as number) || null;
    case 'timespan':
      return formatTimespan(v as number);
    default:
      return v;
  }
}

/** The rows of a table; columns the loaded data does not hold come out empty and are listed in `absent`. */
export function rowsOf(t: Table): { columns: ColumnSchema[]; rows: Row[]; absent: string[] } {
  const absent = new Set<string>();
  const rows: Row[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const row: Row = {};
    t.schema.forEach((c, j) => {
      try {
        row[c.name] = plainValue(t.columns[j].get(i), c.type);
      } catch (e) {
        if (!(e instanceof AbsentColumnError)) throw e;
        absent.add(c.name);
        row[c.name] = c.type === 'string' ? '' : null;
      }
    });
    rows[i] = row;
  }
  return { columns: [...t.schema], rows, absent: [...absent] };
}
