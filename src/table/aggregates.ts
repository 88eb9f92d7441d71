/**
 * Aggregates for `rollup`: each one, bound to a table, turns a group's rows into one value. Declared as data so a
 * rollup reads like the KQL `summarize` it mirrors:
 *
 *   rollup(groupBy(t, 'UserPrincipalName'), { SignIns: count(), Apps: values('AppDisplayName'), First: min('CreatedDateTime') })
 *   ≈ summarize SignIns = count(), Apps = make_set(AppDisplayName), First = min(CreatedDateTime) by UserPrincipalName
 */
import type { FieldName } from '../schema/fields';
import type { AnyColumn } from './columns';
import type { RowTest } from './row-test';
import type { SignInTable } from './signin-table';

/** Bound to a table, computes one value from a group's rows (k values of the table). */
export type Aggregate<T> = (table: SignInTable) => (rows: ArrayLike<number>) => T;

/** `count()`: rows in the group. */
export function count(): Aggregate<number> {
  return () => (rows) => rows.length;
}

/** `countif()`: rows passing the test. */
export function countIf(test: RowTest): Aggregate<number> {
  return (table) => {
    const t = test(table);
    return (rows) => {
      let n = 0;
      for (let i = 0; i < rows.length; i++) if (t(table.position(rows[i]))) n++;
      return n;
    };
  };
}

/** `dcount()`: distinct non-empty values of a field (exact). */
export function distinct(field: FieldName, test?: RowTest): Aggregate<number> {
  return distinctCount(field, test, (table) => emptyTest(table, field));
}

/**
 * `array_length(make_set())`: distinct values of a field with the empty string counted as a value, as KQL's make_set
 * keeps "" (a string is never null there); only absent bools and numbers are left out.
 */
export function setSize(field: FieldName, test?: RowTest): Aggregate<number> {
  return distinctCount(field, test, (table) => {
    const kind = (table.column(field) as AnyColumn).kind;
    return kind === 'dict' || kind === 'text' ? () => false : emptyTest(table, field);
  });
}

/**
 * Distinct values of the rows that pass `test` and are not `skip`ped. Dictionary codes are counted with a stamp per
 * code (no Set per group): a million rows cost a million array reads.
 */
function distinctCount(field: FieldName, test: RowTest | undefined, skipOf: (table: SignInTable) => (p: number) => boolean): Aggregate<number> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    const skip = skipOf(table);
    const t = test?.(table);
    const keep = (p: number): boolean => !skip(p) && (!t || t(p));
    if (col.kind === 'dict') {
      const stamp = new Uint32Array(col.values.length);
      let group = 0;
      return (rows) => {
        group++;
        let n = 0;
        for (let i = 0; i < rows.length; i++) {
          const p = table.position(rows[i]);
          const c = col.codes[p];
          if (stamp[c] !== group && keep(p)) {
            stamp[c] = group;
            n++;
          }
        }
        return n;
      };
    }
    return (rows) => {
      const seen = new Set<unknown>();
      for (let i = 0; i < rows.length; i++) {
        const p = table.position(rows[i]);
        if (keep(p)) seen.add(col.values[p]);
      }
      return seen.size;
    };
  };
}

function emptyTest(table: SignInTable, field: FieldName): (p: number) => boolean {
  const col = table.column(field) as AnyColumn;
  switch (col.kind) {
    case 'dict':
      return (p) => col.codes[p] === 0;
    case 'text':
      return (p) => col.values[p] === '';
    case 'bool':
      return (p) => col.values[p] < 0;
    default:
      return (p) => Number.isNaN(col.values[p]);
  }
}

/** `make_set()`: the distinct non-empty values of a field, sorted (optionally only of rows passing a test). */
export function values(field: FieldName, test?: RowTest): Aggregate<string[]> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    const empty = emptyTest(table, field);
    const t = test?.(table);
    return (rows) => {
      const seen = new Set<string>();
      for (let i = 0; i < rows.length; i++) {
        const p = table.position(rows[i]);
        if (!empty(p) && (!t || t(p))) seen.add(String(col.get(p)));
      }
      return [...seen].sort();
    };
  };
}

/**
 * `make_set()` as KQL has it for strings: every distinct value, the empty string included, sorted. (`values` leaves
 * empty ones out; use this where a twin's make_set is the reference.)
 */
export function makeSet(field: FieldName, test?: RowTest): Aggregate<string[]> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    const t = test?.(table);
    return (rows) => {
      const seen = new Set<string>();
      for (let i = 0; i < rows.length; i++) {
        const p = table.position(rows[i]);
        if (!t || t(p)) seen.add(String(col.get(p)));
      }
      return [...seen].sort();
    };
  };
}

/**
 * The distinct elements of a multi-valued dictionary field, sorted: `split` runs once per distinct value (KQL's
 * `make_set` over `split(…)`, for lists such as ConditionalAccessPoliciesFailed).
 */
export function elements(field: FieldName, split: (value: string) => readonly string[]): Aggregate<string[]> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    if (col.kind !== 'dict') throw new Error(`elements needs a dictionary field, not ${field}`);
    const lists = col.values.map(split);
    return (rows) => {
      const seen = new Set<string>();
      for (let i = 0; i < rows.length; i++) for (const e of lists[col.codes[table.position(rows[i])]]) seen.add(e);
      return [...seen].sort();
    };
  };
}

/** Smallest value of a number or time field (NaN ignored; NaN when none). */
export function min(field: FieldName): Aggregate<number> {
  return extreme(field, (a, b) => a < b);
}

/** Largest value of a number or time field (NaN ignored; NaN when none). */
export function max(field: FieldName): Aggregate<number> {
  return extreme(field, (a, b) => a > b);
}

function extreme(field: FieldName, better: (a: number, b: number) => boolean): Aggregate<number> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    if (col.kind !== 'time' && col.kind !== 'number') throw new Error(`min/max need a number or time field, not ${field}`);
    const v = col.values as Float64Array;
    return (rows) => {
      let best = NaN;
      for (let i = 0; i < rows.length; i++) {
        const x = v[table.position(rows[i])];
        if (!Number.isNaN(x) && (Number.isNaN(best) || better(x, best))) best = x;
      }
      return best;
    };
  };
}

/** Sum of a number field (NaN ignored). */
export function sum(field: FieldName): Aggregate<number> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    if (col.kind !== 'number') throw new Error(`sum needs a number field, not ${field}`);
    return (rows) => {
      let s = 0;
      for (let i = 0; i < rows.length; i++) {
        const x = col.values[table.position(rows[i])];
        if (!Number.isNaN(x)) s += x;
      }
      return s;
    };
  };
}

/** `take_any()` made stable: the first non-empty value of a field in the group's row order ("" when none). */
export function first(field: FieldName): Aggregate<string> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    const empty = emptyTest(table, field);
    return (rows) => {
      for (let i = 0; i < rows.length; i++) {
        const p = table.position(rows[i]);
        if (!empty(p)) return String(col.get(p));
      }
      return '';
    };
  };
}
