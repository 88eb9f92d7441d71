/** iff, case, coalesce, isempty / isnull, in / !in / in~, has_any / has_all, between. */
import { kusto, table } from './kusto';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('conditional functions', () => {
  test('case (docs: case example)', () => {
    const q = `range Size from 1 to 15 step 2 | extend bucket = case(Size <= 3, "Small", Size <= 10, "Medium", "Large")`;
    expect(kusto(q).rows.map((r) => r[1])).toEqual(['Small', 'Small', 'Medium', 'Medium', 'Medium', 'Large', 'Large', 'Large']);
  });

  test('iff, and iff with a null condition takes the else branch', () => {
    expect(one(`iff(1 > 0, "yes", "no"), iff(bool(null), 1, 2), iff(true, 1, 2.5)`)).toEqual(['yes', 2, 1]);
  });

  test('coalesce (docs: coalesce example); the first non-empty string', () => {
    expect(one(`coalesce(tolong("not a number"), tolong("42"), 33), coalesce("", "b")`)).toEqual([42, 'b']);
  });

  test('isempty (docs: isempty table), isnotempty, isnull, isnotnull', () => {
    expect(one(`isempty(""), isempty("x"), isempty(parse_json("")), isempty(parse_json("[]")), isempty(parse_json("{}")), isnotempty("x"), isnull(long(null)), isnotnull(0)`)).toEqual([
      true, false, true, false, false, true, true, true,
    ]);
  });
});

describe('set membership', () => {
  test('in is case-sensitive, in~ is not; a dynamic array in the list counts element by element (docs: in-operator)', () => {
    expect(one(`"georgia" in ("FLORIDA", "georgia"), "GEORGIA" in ("FLORIDA", "georgia"), "GEORGIA" in~ ("FLORIDA", "georgia"), "GEORGIA" in~ (dynamic(["FLORIDA", "georgia"])), 5 !in (1, 2)`)).toEqual([
      true, false, true, true, true,
    ]);
  });

  test('in over a let-bound dynamic array (the twins: Code in (failureCodes))', () => {
    const q = `let failureCodes = dynamic(["50126", "50053"]); datatable(Code:string)["0", "50126"] | where Code in (failureCodes)`;
    expect(kusto(q)).toEqual(table('Code:string', [['50126']]));
  });

  test('in over a tabular expression (docs: in-operator "tabular expression")', () => {
    const q = `let large_states = datatable(State:string, Population:long)['TEXAS', 29000000, 'VERMONT', 640000] | where Population > 5000000 | project State;
      datatable(State:string)['texas', 'TEXAS', 'VERMONT'] | where State in~ (large_states)`;
    expect(kusto(q)).toEqual(table('State:string', [['texas'], ['TEXAS']]));
    const q2 = `let big = datatable(k:long)[1, 2]; datatable(k:long)[1, 3] | where k !in (big)`;
    expect(kusto(q2)).toEqual(table('k:long', [[3]]));
  });

  test('has_any and has_all over terms (docs: has_any examples with a list and a dynamic array)', () => {
    const q = `let areas = dynamic(['south', 'north']);
      datatable(State:string)['NORTH CAROLINA', 'SOUTH DAKOTA', 'NEW YORK', 'SOUTHERN'] | where State has_any (areas)`;
    expect(kusto(q)).toEqual(table('State:string', [['NORTH CAROLINA'], ['SOUTH DAKOTA']]));
    expect(one(`"NEW YORK" has_any ("CAROLINA", "DAKOTA", "NEW"), "NEW YORK" has_all ("new", "york"), "NEW YORK" has_all ("new", "jersey")`)).toEqual([true, true, false]);
  });
});
