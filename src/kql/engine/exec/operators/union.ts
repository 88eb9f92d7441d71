/**
 * `union` (outer): every leg's rows, legs in order, under the binder's output columns. A column whose type differs
 * between legs appears once per type as Name_type (LocationDetails_dynamic / LocationDetails_string for the two
 * sign-in tables); a leg without a column gives null (or "" for strings) there. `withsource=` adds the leg's name.
 */
import type { TabularPlan } from '../../plan/plan';
import { ArrayColumn, ConstColumn, type Column } from '../column';
import { ConcatColumn } from '../concat-column';
import { nullOf, type ColumnSchema, type Value } from '../../values/types';
import { Table } from '../table';

/** The column of `leg` that feeds output column `out`, or undefined. */
function feed(leg: Table, out: ColumnSchema): Column | undefined {
  const exact = leg.indexOf(out.name);
  if (exact >= 0 && leg.schema[exact].type === out.type) return leg.columns[exact];
  const m = /^(.*)_(bool|int|long|real|decimal|datetime|timespan|string|guid|dynamic)$/.exec(out.name);
  if (m && m[2] === out.type) {
    const base = leg.indexOf(m[1]);
    if (base >= 0 && leg.schema[base].type === out.type) return leg.columns[base];
  }
  return exact >= 0 ? leg.columns[exact] : undefined;
}

export function union(plan: Extract<TabularPlan, { op: 'union' }>, legs: readonly Table[]): Table {
  const columns = plan.schema.map((out) => {
    if (plan.source && out.name === plan.source.column) {
      const values: Value[] = [];
      legs.forEach((leg, k) => {
        for (let i = 0; i < leg.length; i++) values.push(plan.source!.names[k]);
      });
      return new ArrayColumn('string', values);
    }
    const parts = legs.map((leg) => feed(leg, out) ?? new ConstColumn(out.type, nullOf(out.type), leg.length));
    return parts.length === 1 ? parts[0] : new ConcatColumn(out.type, parts);
  });
  return new Table(plan.schema, columns, legs.reduce((n, l) => n + l.length, 0));
}
