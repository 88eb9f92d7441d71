/** mv-apply. Expected tables are the Output of the mv-apply page's examples (learn.microsoft.com/kusto/query/mv-apply-operator). */
import { kusto, refusal, table } from './kusto';

const data = (to: number) => `let _data = range x from 1 to ${to} step 1 | summarize l=make_list(x) by xMod2 = x % 2;\n_data`;

describe('mv-apply (docs: mv-apply-operator examples)', () => {
  test('getting the largest element from the array', () => {
    expect(kusto(`${data(8)} | mv-apply element=l to typeof(long) on (top 1 by element)`)).toEqual(
      table('xMod2:long, l:dynamic, element:long', [[1, [1, 3, 5, 7], 7], [0, [2, 4, 6, 8], 8]]),
    );
  });

  test('calculating the sum of the largest two elements (the expanded column leaves the output)', () => {
    expect(kusto(`${data(8)} | mv-apply l to typeof(long) on (top 2 by l | summarize SumOfTop2=sum(l))`)).toEqual(
      table('xMod2:long, SumOfTop2:long', [[1, 12], [0, 14]]),
    );
  });

  test('select elements in arrays: two arrays expanded together', () => {
    const q = `datatable (Val:int, Arr1:dynamic, Arr2:dynamic)
      [1, dynamic(['A1', 'A2', 'A3']), dynamic([10, 30, 7]), 7, dynamic(['B1', 'B2', 'B5']), dynamic([15, 11, 50]),
       3, dynamic(['C1', 'C2', 'C3', 'C4']), dynamic([6, 40, 20, 8])]
      | mv-apply NewArr1=Arr1, NewArr2=Arr2 to typeof(long) on (top 2 by NewArr2 | summarize NewArr1=make_list(NewArr1), NewArr2=make_list(NewArr2))`;
    expect(kusto(q)).toEqual(
      table('Val:int, Arr1:dynamic, Arr2:dynamic, NewArr1:dynamic, NewArr2:dynamic', [
        [1, ['A1', 'A2', 'A3'], [10, 30, 7], ['A2', 'A1'], [30, 10]],
        [7, ['B1', 'B2', 'B5'], [15, 11, 50], ['B5', 'B1'], [50, 15]],
        [3, ['C1', 'C2', 'C3', 'C4'], [6, 40, 20, 8], ['C2', 'C3'], [40, 20]],
      ]),
    );
  });

  test('with_itemindex for working with a subset of the array', () => {
    const q = `${data(10)} | mv-apply with_itemindex=index element=l to typeof(long) on (where index >= 3) | project index, element`;
    expect(kusto(q)).toEqual(table('index:long, element:long', [[3, 7], [4, 9], [3, 8], [4, 10]]));
  });

  test('a summarize after a filter that keeps nothing still gives its row; a let-bound value is read inside', () => {
    const q = `let big = toscalar(print 5); datatable(k:string, xs:dynamic)['a', dynamic([1, 2]), 'b', dynamic([7])]
      | mv-apply x = xs to typeof(long) on (where x > big | summarize n = count())`;
    expect(kusto(q)).toEqual(table('k:string, xs:dynamic, n:long', [['a', [1, 2], 0], ['b', [7], 1]]));
  });

  test('an empty array under a subquery that makes rows from nothing is refused (Kusto leaves it open)', () => {
    const q = `datatable(k:string, xs:dynamic)['a', dynamic([1]), 'b', dynamic([])]\n| mv-apply x = xs on (summarize n = count())`;
    expect(refusal(q)).toMatch(/^KQL 2:3: mv-apply over a row whose arrays are empty/);
    expect(kusto(`datatable(k:string, xs:dynamic)['a', dynamic([1]), 'b', dynamic([])] | mv-apply x = xs on (where x == 1)`).rows).toEqual([['a', [1], 1]]);
  });
});
