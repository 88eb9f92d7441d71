/** mv-expand. Expected tables are the Output of the mv-expand page's examples (learn.microsoft.com/kusto/query/mv-expand-operator). */
import { kusto, table } from './kusto';

describe('mv-expand (docs: mv-expand-operator examples)', () => {
  test('single column, array expansion', () => {
    expect(kusto(`datatable (a: int, b: dynamic) [1, dynamic([10, 20]), 2, dynamic(['a', 'b'])] | mv-expand b`)).toEqual(
      table('a:int, b:dynamic', [[1, 10], [1, 20], [2, 'a'], [2, 'b']]),
    );
  });

  test('single column, bag expansion into one-entry bags', () => {
    const q = `datatable (a: int, b: dynamic) [1, dynamic({"prop1": "a1", "prop2": "b1"}), 2, dynamic({"prop1": "a2", "prop2": "b2"})] | mv-expand b`;
    expect(kusto(q)).toEqual(table('a:int, b:dynamic', [[1, { prop1: 'a1' }], [1, { prop2: 'b1' }], [2, { prop1: 'a2' }], [2, { prop2: 'b2' }]]));
  });

  test('kind=array: bag entries as [key, value]', () => {
    const q = `datatable (a: int, b: dynamic) [1, dynamic({"prop1": "a1", "prop2": "b1"})] | mv-expand kind=array b | extend key = b[0], val=b[1]`;
    expect(kusto(q)).toEqual(table('a:int, b:dynamic, key:dynamic, val:dynamic', [[1, ['prop1', 'a1'], 'prop1', 'a1'], [1, ['prop2', 'b1'], 'prop2', 'b1']]));
  });

  test('two columns expand zipped; the shorter gives null', () => {
    const q = `datatable (a: int, b: dynamic, c: dynamic)[1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 4, 3])] | mv-expand b, c`;
    expect(kusto(q)).toEqual(table('a:int, b:dynamic, c:dynamic', [[1, { prop1: 'a' }, 5], [1, { prop2: 'b' }, 4], [1, null, 3]]));
  });

  test('one after the other gives the Cartesian product', () => {
    const q = `datatable (a: int, b: dynamic, c: dynamic)[1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 6])] | mv-expand b | mv-expand c`;
    expect(kusto(q)).toEqual(
      table('a:int, b:dynamic, c:dynamic', [[1, { prop1: 'a' }, 5], [1, { prop1: 'a' }, 6], [1, { prop2: 'b' }, 5], [1, { prop2: 'b' }, 6]]),
    );
  });

  // The page's getschema shows ColumnOrdinal as int; Microsoft's binder (whose schema the engine reports) types it long.
  test('to typeof(int) types the column (docs: "Convert output", checked with getschema)', () => {
    const q = `datatable (a: string, b: dynamic, c: dynamic)["Constant", dynamic([1, 2, 3, 4]), dynamic([6, 7, 8, 9])] | mv-expand b, c to typeof(int) | getschema`;
    expect(kusto(q)).toEqual(
      table('ColumnName:string, ColumnOrdinal:long, DataType:string, ColumnType:string', [
        ['a', 0, 'System.String', 'string'], ['b', 1, 'System.Object', 'dynamic'], ['c', 2, 'System.Int32', 'int'],
      ]),
    );
  });

  test('with_itemindex (docs: "Using with_itemindex")', () => {
    expect(kusto(`range x from 1 to 4 step 1 | summarize x = make_list(x) | mv-expand with_itemindex=Index x`)).toEqual(
      table('x:dynamic, Index:long', [[1, 0], [2, 1], [3, 2], [4, 3]]),
    );
  });

  test('a null value gives one row, an empty array none (docs: "Returns"); Name = expression adds a column; limit caps', () => {
    const q = `datatable(k:string, d:dynamic) ['n', dynamic(null), 'e', dynamic([]), 'x', dynamic([1,2,3])]
      | mv-expand Item = d to typeof(long) limit 2 | project k, Item`;
    expect(kusto(q)).toEqual(table('k:string, Item:long', [['n', null], ['x', 1], ['x', 2]]));
  });

  test('to typeof(string) over split(): the auth-methods twin pattern', () => {
    const q = `print Methods = "Password, Text message" | mv-expand Method = split(Methods, ", ") to typeof(string) | project Method`;
    expect(kusto(q)).toEqual(table('Method:string', [['Password'], ['Text message']]));
  });
});
