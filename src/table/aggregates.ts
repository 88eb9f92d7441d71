/**
 * Aggregates for `rollup`: each one, bound to a table, turns a group's rows into one value. Declared as data so a
 * rollup reads like the KQL `summarize` it mirrors:
 *
 *   rollup(groupBy(t, 'UserPrincipalName'), { SignIns: count(), Apps: values('AppDisplayName'), First: min('CreatedDateTime') })
 *   ≈ summarize SignIns = count(), Apps = make_set(AppDisplayName), First = min(CreatedDateTime) by UserPrincipalName
 */
import type { FieldName } from '../schema/fields';
import type { AnyColumn } from './columns';
import { isCodeTest } from './code-test';
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
    if (isCodeTest(t)) {
      // A lookup test: one typed-array loop, no call per row.
      const { codes, mask, offset } = t;
      return (rows) => {
        let n = 0;
        for (let i = 0; i < rows.length; i++) n += mask[codes[table.position(rows[i])] + offset];
        return n;
      };
    }
    return (rows) => {
      let n = 0;
      for (let i = 0; i < rows.length; i++) if (t(table.position(rows[i]))) n++;
      return n;
    };
  };
}

/** `dcount()`: distinct non-empty values of a field (exact). */
export function distinct(field: FieldName, test?: RowTest): Aggregate<number> {
  return distinctCount(field, test, true);
}

/**
 * `array_length(make_set())`: distinct values of a field with the empty string counted as a value, as KQL's make_set
 * keeps "" (a string is never null there); only absent bools and numbers are left out.
 */
export function setSize(field: FieldName, test?: RowTest): Aggregate<number> {
  return distinctCount(field, test, false);
}

/**
 * Distinct values of the rows that pass `test`, empty strings left out when `skipEmpty` (absent bools and numbers
 * always are). Dictionary codes are counted with a stamp per code (no Set per group), and a lookup test is read
 * inline: a million rows cost a few million array reads and no call per row.
 */
function distinctCount(field: FieldName, test: RowTest | undefined, skipEmpty: boolean): Aggregate<number> {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    const t = test?.(table);
    if (col.kind === 'dict' && (!t || isCodeTest(t))) {
      const stamp = new Uint32Array(col.values.length);
      const { codes: tc, mask, offset } = t ?? { codes: col.codes, mask: new Uint8Array(col.values.length).fill(1), offset: 0 };
      const first = skipEmpty ? 1 : 0;
      let group = 0;
      return (rows) => {
        group++;
        let n = 0;
        for (let i = 0; i < rows.length; i++) {
          const p = table.position(rows[i]);
          const c = col.codes[p];
          if (c >= first && stamp[c] !== group && mask[tc[p] + offset] === 1) {
            stamp[c] = group;
            n++;
          }
        }
        return n;
      };
    }
    const empty = skipEmpty || (col.kind !== 'dict' && col.kind !== 'text') ? emptyTest(table, field) : () => false;
    return (rows) => {
      const seen = new Set<unknown>();
      for (let i = 0; i < rows.length; i++) {
        const p = table.position(rows[i]);
        if (!empty(p) && (!t || t(p))) seen.add(col.kind === 'dict' ? col.codes[p] : col.values[p]);
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
  return (table) => {
    const v = numbers(table, field, 'min');
    return (rows) => {
      let best = Infinity;
      let seen = false;
      for (let i = 0; i < rows.length; i++) {
        const x = v[table.position(rows[i])];
        // NaN compares false: skipped.
        if (x <= best) {
          best = x;
          seen = true;
        }
      }
      return seen ? best : NaN;
    };
  };
}

/** Largest value of a number or time field (NaN ignored; NaN when none). */
export function max(field: FieldName): Aggregate<number> {
  return (table) => {
    const v = numbers(table, field, 'max');
    return (rows) => {
      let best = -Infinity;
      let seen = false;
      for (let i = 0; i < rows.length; i++) {
        const x = v[table.position(rows[i])];
        if (x >= best) {
          best = x;
          seen = true;
        }
      }
      return seen ? best : NaN;
    };
  };
}

function numbers(table: SignInTable, field: FieldName, what: string): Float64Array {
  const col = table.column(field) as AnyColumn;
  if (col.kind !== 'time' && col.kind !== 'number') throw new Error(`${what} needs a number or time field, not ${field}`);
  return col.values;
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
