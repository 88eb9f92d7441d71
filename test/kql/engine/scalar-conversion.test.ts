/** Casts and parse_json, with dynamic values. Expected values from each function's documented example. */
import { kusto, table } from './kusto';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('conversions', () => {
  test('tolong, toint (truncates: docs toint(2.3) is 2), todouble, toreal, tobool (docs: tobool examples)', () => {
    expect(one(`tolong("123") == 123, toint(2.3), todouble("1.5"), toreal("123.4") == 123.4, tobool("true"), tobool("false"), tobool(1), tobool(123), tolong("abc")`)).toEqual([
      true, 2, 1.5, true, true, false, true, true, null,
    ]);
  });

  test('todatetime and datetime literals (docs: todatetime examples)', () => {
    expect(one(`todatetime("2015-12-31 23:59:59.9"), todatetime('12-02-2022') == datetime('12-02-2022'), todatetime("not a date")`)).toEqual([
      '2015-12-31T23:59:59.900Z', true, null,
    ]);
  });

  test('totimespan (docs: totimespan example)', () => {
    const q = `let value=5; print minsStr=totimespan("0.00:03:00"), days=totimespan(4d), hour=totimespan(value * 1h), mins=totimespan(value * 2m), seconds=totimespan(5 * 4s), timespanMin=timespan(25min)`;
    expect(kusto(q)).toEqual(
      table('minsStr:timespan, days:timespan, hour:timespan, mins:timespan, seconds:timespan, timespanMin:timespan', [['00:03:00', '4.00:00:00', '05:00:00', '00:10:00', '00:00:20', '00:25:00']]),
    );
  });

  test('tostring of every type; datetimes and timespans in Kusto\'s own text', () => {
    expect(one(`tostring(123), tostring(1.5), tostring(true), tostring(10s), tostring(datetime(2023-08-30 23:00)), tostring(dynamic({"a":[1,"x"]})), tostring(dynamic("s")), tostring(int(null))`)).toEqual([
      '123', '1.5', 'true', '00:00:10', '2023-08-30T23:00:00.0000000Z', '{"a":[1,"x"]}', 's', '',
    ]);
  });

  test('parse_json: nested JSON text needs tostring first (docs: parse_json "Nested JSON parsing")', () => {
    const q = `let d='{"a":123, "b":"{\\\\"c\\\\":456}"}'; print d_b_c=parse_json(tostring(parse_json(d).b)).c`;
    expect(kusto(q)).toEqual(table('d_b_c:dynamic', [[456]]));
  });

  test('parse_json of a dynamic value leaves it as is; of text that is not JSON, a dynamic string', () => {
    expect(one(`parse_json(dynamic({"k":1})).k, parse_json("not json"), todynamic("[1,2]")[1], gettype(parse_json("[1]"))`)).toEqual([1, 'not json', 2, 'array']);
  });

  test('dynamic member access by name, index and negative index; absent members are null', () => {
    const q = `print o=dynamic({"a":123, "b":"hello", "c":[1,2,3], "d":{}}) | extend a=o.a, b=o["b"], c=o.c[-1], d=o.d, absent=o.zz.yy`;
    expect(kusto(q)).toEqual(table('o:dynamic, a:dynamic, b:dynamic, c:dynamic, d:dynamic, absent:dynamic', [[{ a: 123, b: 'hello', c: [1, 2, 3], d: {} }, 123, 'hello', 3, {}, null]]));
  });
});
