/**
 * summarize and its aggregates. Expected tables come from the summarize, arg_max and make_set pages of Microsoft's
 * documentation where an example runs on inline data (cited per test), otherwise from the documented definition.
 */
import { kusto, table, unordered } from './kusto';

describe('summarize', () => {
  test('groups by keys and by bin(); unnamed aggregates take Kusto names (count_, sum_a)', () => {
    const q = `datatable(a:long, b:string) [1,'x', 2,'y', 3,'x', 12,'x'] | summarize count(), sum(a) by b, bin(a, 10)`;
    expect(unordered(kusto(q))).toEqual(unordered(table('b:string, a:long, count_:long, sum_a:long', [['x', 0, 2, 4], ['y', 0, 1, 2], ['x', 10, 1, 12]])));
  });

  test('bin() of a datetime groups by day (docs: bin-function, 1970-05-11 13:45:07 bins to 1970-05-11)', () => {
    const q = `datatable(t:datetime)[datetime(1970-05-11 13:45:07), datetime(1970-05-11 23:59:59), datetime(1970-05-12 00:00:01)]
      | summarize n = count() by Day = bin(t, 1d)`;
    expect(kusto(q)).toEqual(table('Day:datetime, n:long', [['1970-05-11T00:00:00.000Z', 2], ['1970-05-12T00:00:00.000Z', 1]]));
  });

  test('no by over an empty table gives one row of default values (docs: summarize, "Default values of aggregations")', () => {
    // The page writes count(x); this parser types count's argument as a predicate, so count() stands in for it.
    expect(kusto(`datatable(x:long)[] | summarize count(), countif(x > 0), dcount(x), dcountif(x, x > 0)`)).toEqual(
      table('count_:long, countif_:long, dcount_x:long, dcountif_x:long', [[0, 0, 0, 0]]),
    );
    expect(kusto(`datatable(x:long)[] | summarize make_set(x), make_list(x)`)).toEqual(table('set_x:dynamic, list_x:dynamic', [[[], []]]));
    const r = kusto(`datatable(x:long)[] | summarize avg(x), max(x), min(x), stdev(x), sum(x), sumif(x, x > 0), variance(x)`);
    expect(r.rows[0][0]).toBeNaN();
    expect(r.rows[0].slice(1)).toEqual([null, null, 0, 0, 0, 0]);
  });

  test('a by key over an empty table gives no rows', () => {
    expect(kusto(`datatable(x:long, k:string)[] | summarize count() by k`)).toEqual(table('k:string, count_:long', []));
  });

  test('avg and sum ignore nulls; count() counts every row (docs: summarize examples)', () => {
    expect(kusto(`range x from 1 to 4 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize sum(y), avg(y)`)).toEqual(
      table('sum_y:real, avg_y:real', [[15, 5]]),
    );
    expect(kusto(`range x from 1 to 2 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize count()`)).toEqual(table('count_:long', [[2]]));
  });

  test('countif, dcount, dcountif, sumif, avgif, minif, maxif', () => {
    const q = `datatable(u:string, n:long, ok:bool) ['a',1,true, 'a',2,false, 'b',3,true, 'b',3,true, 'c',5,false]
      | summarize c = countif(ok), d = dcount(u), di = dcountif(u, ok), s = sumif(n, ok), a = avgif(n, ok), lo = minif(n, ok), hi = maxif(n, not(ok))`;
    expect(kusto(q)).toEqual(table('c:long, d:long, di:long, s:long, a:real, lo:long, hi:long', [[3, 3, 2, 7, 7 / 3, 1, 5]]));
  });

  test('min, max over strings and datetimes; stdev and variance (sample)', () => {
    const q = `datatable(s:string, t:datetime, x:real) ['b', datetime(2024-01-02), 2.0, 'a', datetime(2024-01-01), 4.0, 'c', datetime(2024-01-03), 6.0]
      | summarize min(s), max(s), min(t), max(t), stdev(x), variance(x)`;
    expect(kusto(q)).toEqual(
      table('min_s:string, max_s:string, min_t:datetime, max_t:datetime, stdev_x:real, variance_x:real', [
        ['a', 'c', '2024-01-01T00:00:00.000Z', '2024-01-03T00:00:00.000Z', 2, 4],
      ]),
    );
  });

  test('make_set flattens arrays and keeps distinct values (docs: make_set "Set from array column")', () => {
    const q = `datatable (Val: int, Arr1: dynamic) [1, dynamic(['A1', 'A2', 'A3']), 5, dynamic(['A2', 'C1']), 7, dynamic(['C2', 'A3']), 5, dynamic(['C2', 'A1'])]
      | summarize Val_set=make_set(Val), Arr1_set=make_set(Arr1)`;
    expect(kusto(q)).toEqual(table('Val_set:dynamic, Arr1_set:dynamic', [[[1, 5, 7], ['A1', 'A2', 'A3', 'C1', 'C2']]]));
  });

  test('make_list keeps every value in input order, make_set_if / make_list_if filter, maxSize caps', () => {
    const q = `datatable(k:string, v:long) ['a',3, 'a',1, 'a',3, 'b',2] | sort by v asc
      | summarize l = make_list(v), s = make_set_if(v, v > 1), li = make_list_if(v, v != 1), capped = make_list(v, 2) by k`;
    expect(unordered(kusto(q))).toEqual(unordered(table('k:string, l:dynamic, s:dynamic, li:dynamic, capped:dynamic', [['a', [1, 3, 3], [3], [3, 3], [1, 3]], ['b', [2], [2], [2], [2]]])));
  });

  test('arg_max(x, *) with nulls (docs: arg_max null-handling example)', () => {
    const q = `datatable(Fruit: string, Color: string, Version: int) [
        "Apple", "Red", 1, "Apple", "Green", int(null), "Banana", "Yellow", int(null), "Banana", "Green", int(null),
        "Pear", "Brown", 1, "Pear", "Green", 2]
      | summarize arg_max(Version, *) by Fruit`;
    expect(kusto(q)).toEqual(table('Fruit:string, Version:int, Color:string', [['Apple', 1, 'Red'], ['Banana', null, 'Yellow'], ['Pear', 2, 'Green']]));
  });

  test('arg_min with named columns; ties keep the first row', () => {
    const q = `datatable(u:string, t:long, ip:string) ['a',5,'x', 'a',2,'y', 'a',2,'z', 'b',9,'w']
      | summarize arg_min(t, ip) by u`;
    expect(kusto(q)).toEqual(table('u:string, t:long, ip:string', [['a', 2, 'y'], ['b', 9, 'w']]));
  });

  test('take_any prefers a non-empty value for one column (docs: take_any remarks); take_anyif filters', () => {
    const q = `datatable(k:string, v:string, n:long) ['a','',1, 'a','x',2, 'b','y',3]
      | summarize v = take_any(v), over1 = take_anyif(n, n > 1) by k`;
    expect(kusto(q)).toEqual(table('k:string, v:string, over1:long', [['a', 'x', 2], ['b', 'y', 3]]));
  });

  test('take_any of several columns picks them from one row', () => {
    const q = `datatable(k:string, a:long, b:string) ['k',1,'one', 'k',2,'two'] | summarize take_any(a, b) by k`;
    expect(kusto(q)).toEqual(table('k:string, a:long, b:string', [['k', 1, 'one']]));
  });

  test('aggregates inside expressions: array_length(make_set(x)), countif(...) > 0', () => {
    const q = `datatable(ip:string, u:string) ['1','a', '1','b', '1','a', '2','c']
      | summarize Accounts = array_length(make_set(u)), Many = countif(u != 'c') > 1, Ratio = todouble(count()) / dcount(u) by ip`;
    expect(kusto(q)).toEqual(table('ip:string, Accounts:long, Many:bool, Ratio:real', [['1', 2, true, 1.5], ['2', 1, false, 1]]));
  });

  test('count operator', () => {
    expect(kusto(`datatable(a:long)[1,2,3] | where a > 1 | count`)).toEqual(table('Count:long', [[2]]));
  });

  test('sum of all-null group is 0, as the default (nulls are ignored)', () => {
    expect(kusto(`datatable(k:string, x:long)['a', long(null)] | summarize sum(x), max(x) by k`)).toEqual(table('k:string, sum_x:long, max_x:long', [['a', 0, null]]));
  });
});
