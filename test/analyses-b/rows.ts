/** Inline sign-in rows for the analyses-B tests: only the fields a test cares about, times as ISO text. */
import type { SignIn } from '../../src/schema/fields';
import { tableFromRows } from '../../src/table/table-builder';
import type { SignInTable } from '../../src/table/signin-table';

export type TestRow = Omit<Partial<SignIn>, 'CreatedDateTime'> & { at: string };

/** A table of rows; Ids are r1, r2... unless given; interactive unless said otherwise. */
export function table(rows: TestRow[]): SignInTable {
  return tableFromRows(
    rows.map(({ at, ...r }, i) => ({
      Id: `r${i + 1}`,
      IsInteractive: true,
      ResultType: '0',
      ...r,
      CreatedDateTime: Date.parse(at),
    })),
  );
}

/** `n` rows made by `f(i)`. */
export function times<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}
