/**
 * Row tests: conditions on a row's fields that compile to code comparisons once per table, so a filter or a countIf
 * over a million rows compares integers, not strings.
 *
 * @example table.where(is('IsInteractive', false))          // the non-interactive rows
 * @example countIf(and(is('ResultType', '0'), not(is('AutonomousSystemNumber', '8075'))))
 */
import type { FieldName } from '../schema/fields';
import { codeTest, isCodeTest, mergeCodeTests } from './code-test';
import type { AnyColumn } from './columns';
import type { SignInTable } from './signin-table';

/** A condition bound to a table: returns the test of one row at its position in the underlying columns. */
export type RowTest = (table: SignInTable) => (position: number) => boolean;

/** The row's field equals one of `values` (strings compared exactly; use the loaders' lower-case UPNs). */
export function is(field: FieldName, ...values: (string | number | boolean | null)[]): RowTest {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    switch (col.kind) {
      case 'dict': {
        const mask = new Uint8Array(col.values.length);
        for (const v of values) {
          const c = col.codeOf(String(v));
          if (c >= 0) mask[c] = 1;
        }
        return codeTest(col.codes, mask);
      }
      case 'bool': {
        // Indexed by the stored -1 / 0 / 1, plus one.
        const want = new Uint8Array(3);
        for (const v of values) want[(v === null ? -1 : v === true || v === 'true' ? 1 : 0) + 1] = 1;
        return codeTest(col.values, want, 1);
      }
      case 'text': {
        const want = new Set(values.map(String));
        return (p) => want.has(col.values[p]);
      }
      default: {
        const want = new Set(values.map(Number));
        return (p) => want.has(col.values[p]);
      }
    }
  };
}

/**
 * The row's value satisfies `predicate`, asked once per distinct value of a dictionary field (once per row of a text
 * field): for tests `is` cannot say, such as a value compared trimmed or normalised.
 * @example matches('ConditionalAccessStatus', (v) => v.replace(/\s+/g, '').toLowerCase() === 'notapplied')
 */
export function matches(field: FieldName, predicate: (value: string) => boolean): RowTest {
  return (table) => {
    const col = table.column(field) as AnyColumn;
    if (col.kind === 'dict') {
      return codeTest(col.codes, Uint8Array.from(col.values, (v) => (predicate(v) ? 1 : 0)));
    }
    if (col.kind === 'text') return (p) => predicate(col.values[p]);
    throw new Error(`matches needs a dictionary or text field; ${field} is a ${col.kind} field`);
  };
}

/** The row's CreatedDateTime lies in [from, to] (epoch ms or anything Date.parse reads). */
export function between(from: number | string | Date, to: number | string | Date): RowTest {
  const ms = (x: number | string | Date) => (typeof x === 'number' ? x : typeof x === 'string' ? Date.parse(x) : x.getTime());
  const lo = ms(from);
  const hi = ms(to);
  return (table) => {
    const t = table.column('CreatedDateTime').values;
    return (p) => t[p] >= lo && t[p] <= hi;
  };
}

/** A test from a plain function of the row's position (for conditions the other tests cannot say). */
export function where(f: (position: number, table: SignInTable) => boolean): RowTest {
  return (table) => (p) => f(p, table);
}

export function not(test: RowTest): RowTest {
  return (table) => {
    const t = test(table);
    if (isCodeTest(t)) return codeTest(t.codes, t.mask.map((m) => 1 - m), t.offset);
    return (p) => !t(p);
  };
}

export function and(...tests: RowTest[]): RowTest {
  return (table) => {
    const ts = tests.map((t) => t(table));
    // Two tests (the usual case) without an array walk per row: this runs once per row of a million-row table.
    if (ts.length === 2) {
      const [a, b] = ts;
      return mergeCodeTests(a, b, true) ?? ((p) => a(p) && b(p));
    }
    return (p) => {
      for (let i = 0; i < ts.length; i++) if (!ts[i](p)) return false;
      return true;
    };
  };
}

export function or(...tests: RowTest[]): RowTest {
  return (table) => {
    const ts = tests.map((t) => t(table));
    if (ts.length === 2) {
      const [a, b] = ts;
      return mergeCodeTests(a, b, false) ?? ((p) => a(p) || b(p));
    }
    return (p) => {
      for (let i = 0; i < ts.length; i++) if (ts[i](p)) return true;
      return false;
    };
  };
}
