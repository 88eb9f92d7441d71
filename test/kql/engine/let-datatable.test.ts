/** let (scalars, tables, functions with scalar and tabular parameters and defaults), datatable, print, range, as, toscalar. */
import { kusto, table } from './kusto';

describe('let', () => {
  test('scalars and tables', () => {
    const q = `let threshold = 2; let T = datatable(a:long)[1, 2, 3]; T | where a >= threshold`;
    expect(kusto(q)).toEqual(table('a:long', [[2], [3]]));
  });

  test('a lambda, with a default argument', () => {
    expect(kusto(`let f = (x:long, y:long = 10) { x * y }; print f(2), f(2, 3)`)).toEqual(table('print_0:long, print_1:long', [[20, 6]]));
  });

  test('lambdas calling lambdas and reading outer lets (the token-replay twin pattern)', () => {
    const q = `let far = 100.0;
      let placed = (lat: real, lon: real) { isnotnull(lat) and isnotnull(lon) and not(lat == 0 and lon == 0) };
      let km = (lat1: real, lon1: real, lat2: real, lon2: real) { iff(placed(lat1, lon1) and placed(lat2, lon2), geo_distance_2points(lon1, lat1, lon2, lat2) / 1000.0, real(null)) };
      datatable(a:real, b:real, c:real, d:real)[0.0, 0.0, 1.0, 1.0, 59.91, 10.75, 60.39, 5.32]
      | extend Km = round(km(a, b, c, d)), Far = km(a, b, c, d) > far`;
    expect(kusto(q)).toEqual(table('a:real, b:real, c:real, d:real, Km:real, Far:bool', [[0, 0, 1, 1, null, null], [59.91, 10.75, 60.39, 5.32, 305, true]]));
  });

  test('a function with a tabular parameter', () => {
    const q = `let above = (T:(a:long), n:long) { T | where a > n }; let D = datatable(a:long, z:string)[1,'p', 5,'q']; above(D, 2)`;
    expect(kusto(q)).toEqual(table('a:long, z:string', [[5, 'q']]));
  });

  test('a function returning a table, called with no arguments', () => {
    expect(kusto(`let rows = () { datatable(x:long)[7] }; rows() | extend y = x + 1`)).toEqual(table('x:long, y:long', [[7, 8]]));
  });

  test('a let-bound table used twice is one result (self join)', () => {
    const q = `let T = datatable(k:string, v:long)['a',1, 'b',2]; T | join kind=inner (T | project k, w = v * 10) on k | project k, v, w`;
    expect(kusto(q)).toEqual(table('k:string, v:long, w:long', [['a', 1, 10], ['b', 2, 20]]));
  });

  test('toscalar()', () => {
    const q = `let biggest = toscalar(datatable(a:long)[4, 9, 2] | summarize max(a)); print biggest, half = biggest / 2`;
    expect(kusto(q)).toEqual(table('print_0:long, half:long', [[9, 4]]));
  });

  test('as names a result that later operators read', () => {
    const q = `datatable(k:string)['a', 'b'] | as Keys | where k == 'a' | join kind=inner (Keys) on k`;
    expect(kusto(q)).toEqual(table('k:string, k1:string', [['a', 'a']]));
  });
});

describe('datatable, print, range', () => {
  test('datatable of every scalar type (docs: datatable-operator, types as in scalar-data-types)', () => {
    const q = `datatable(b:bool, i:int, l:long, r:real, d:datetime, t:timespan, s:string, g:guid, x:dynamic)
      [true, int(1), 2, 0.5, datetime(2024-05-01 10:00), 90m, 'text', guid(74be27de-1e4e-49d9-b579-fe0b331d3642), dynamic({"k":[1]})]`;
    expect(kusto(q)).toEqual(
      table('b:bool, i:int, l:long, r:real, d:datetime, t:timespan, s:string, g:guid, x:dynamic', [
        [true, 1, 2, 0.5, '2024-05-01T10:00:00.000Z', '01:30:00', 'text', '74be27de-1e4e-49d9-b579-fe0b331d3642', { k: [1] }],
      ]),
    );
  });

  test('null literals of each type (docs: null-values "Null literals")', () => {
    const q = `print bool(null), datetime(null), dynamic(null), guid(null), int(null), long(null), real(null), double(null), timespan(null)`;
    expect(kusto(q).rows).toEqual([[null, null, null, null, null, null, null, null, null]]);
  });

  test('range over numbers and datetimes', () => {
    expect(kusto(`range x from 1 to 10 step 4`)).toEqual(table('x:long', [[1], [5], [9]]));
    expect(kusto(`range d from datetime(2024-01-01) to datetime(2024-01-03) step 1d`)).toEqual(
      table('d:datetime', [['2024-01-01T00:00:00.000Z'], ['2024-01-02T00:00:00.000Z'], ['2024-01-03T00:00:00.000Z']]),
    );
  });
});
