/**
 * A result or intermediate table: a schema (names and Kusto types, in order) and one column per entry.
 * Tables are immutable; operators return new tables that share the columns they do not change.
 */
import type { ColumnSchema, ScalarType, Value } from '../values/types';
import { ArrayColumn, gatherColumns, type Column } from './column';

export class Table {
  private byName?: Map<string, number>;

  constructor(
    readonly schema: readonly ColumnSchema[],
    readonly columns: readonly Column[],
    readonly length: number,
  ) {
    if (schema.length !== columns.length) throw new Error(`internal: ${schema.length} names for ${columns.length} columns`);
  }

  /** The position of a column, or -1. */
  indexOf(name: string): number {
    if (!this.byName) this.byName = new Map(this.schema.map((c, i) => [c.name, i]));
    return this.byName.get(name) ?? -1;
  }

  /** A column by name; throws (an engine defect: the binder resolved the name) when absent. */
  column(name: string): Column {
    const i = this.indexOf(name);
    if (i < 0) throw new Error(`internal: no column "${name}" in (${this.schema.map((c) => c.name).join(', ')})`);
    return this.columns[i];
  }

  /** The rows at `index`, in that order, as a view. */
  gather(index: Int32Array): Table {
    return new Table(this.schema, gatherColumns(this.columns, index), index.length);
  }

  /** Row i as an array of values. */
  row(i: number): Value[] {
    return this.columns.map((c) => c.get(i));
  }

  static fromRows(schema: readonly ColumnSchema[], rows: readonly (readonly Value[])[]): Table {
    const cols = schema.map((_, j) => new ArrayColumn(schema[j].type, rows.map((r) => r[j])));
    return new Table(schema, cols, rows.length);
  }

  static empty(schema: readonly ColumnSchema[]): Table {
    return new Table(schema, schema.map((c) => new ArrayColumn(c.type, [])), 0);
  }
}

export function schemaOf(names: readonly string[], types: readonly ScalarType[]): ColumnSchema[] {
  return names.map((name, i) => ({ name, type: types[i] }));
}
