/** Functions over dynamic arrays and bags. Expected values are the documented examples of each page. */
import { kusto, table } from './kusto';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('dynamic functions', () => {
  test('array_length (docs: array_length example); null for a non-array', () => {
    expect(one(`array_length(dynamic([1, 2, 3, "four"])), array_length(parse_json('{"a":1}')), array_length(dynamic([]))`)).toEqual([4, null, 0]);
  });

  test('pack_array (docs: pack_array examples, timespans as their text)', () => {
    expect(kusto(`range x from 1 to 3 step 1 | extend y = tostring(x * 2) | extend z = (x * 2) * 1s | project pack_array(x, y, z)`)).toEqual(
      table('Column1:dynamic', [[[1, '2', '00:00:02']], [[2, '4', '00:00:04']], [[3, '6', '00:00:06']]]),
    );
  });

  test('strcat_array (docs: strcat_array examples)', () => {
    expect(one(`strcat_array(dynamic([1, 2, 3]), "->"), strcat_array(dynamic([1, 2, 3]), '"')`)).toEqual(['1->2->3', '1"2"3']);
  });

  test('bag_keys (docs: bag_keys example)', () => {
    const q = `datatable(index:long, d:dynamic) [1, dynamic({'a':'b', 'c':123}), 2, dynamic({'a':'b', 'c':{'d':123}}), 3, dynamic({'a':'b', 'c':[{'d':123}]}),
      4, dynamic(null), 5, dynamic({}), 6, dynamic('a'), 7, dynamic([])] | extend keys = bag_keys(d) | project index, keys`;
    expect(kusto(q)).toEqual(table('index:long, keys:dynamic', [[1, ['a', 'c']], [2, ['a', 'c']], [3, ['a', 'c']], [4, null], [5, []], [6, null], [7, null]]));
  });

  test('set_difference (docs: set_difference examples)', () => {
    const q = `range x from 1 to 3 step 1 | extend y = x * 2 | extend z = y * 2 | extend w = z * 2
      | extend a1 = pack_array(x,y,x,z), a2 = pack_array(x, y), a3 = pack_array(x,y,w) | project set_difference(a1, a2, a3)`;
    expect(kusto(q)).toEqual(table('Column1:dynamic', [[[4]], [[8]], [[12]]]));
    expect(one(`set_difference(dynamic([1,2,3]), dynamic([1,2,3]))`)).toEqual([[]]);
  });

  test('set_union, set_intersect, set_has_element', () => {
    expect(one(`set_union(dynamic([1,2]), dynamic([2,3])), set_intersect(dynamic([1,2,3]), dynamic([3,2,9])), set_has_element(dynamic(["a","b"]), "b")`)).toEqual([
      [1, 2, 3], [2, 3], true,
    ]);
  });

  test('array_sort_asc (docs: array_sort_asc "Names" example) and desc, nulls last', () => {
    const q = `let Names = "John,Paul,Jane,Kao"; print result = strcat_array(array_sort_asc(split(Names, ",")), ","), d = array_sort_desc(dynamic([1, null, 3, 2]))`;
    expect(kusto(q)).toEqual(table('result:string, d:dynamic', [['Jane,John,Kao,Paul', [3, 2, 1, null]]]));
  });

  test('bag_pack, bag_has_key, array_concat, array_slice, array_index_of', () => {
    expect(one(`bag_pack("a", 1, "b", "x"), bag_has_key(dynamic({"k":1}), "k"), array_concat(dynamic([1]), dynamic([2,3])), array_slice(dynamic([1,2,3,4]), 1, 2), array_index_of(dynamic(["a","b"]), "b")`)).toEqual([
      { a: 1, b: 'x' }, true, [1, 2, 3], [2, 3], 1,
    ]);
  });
});
