/**
 * where, extend, project, project-away / -keep / -rename / -reorder, distinct, sort, top, take, and the null rules
 * of Kusto's "Null values" page (learn.microsoft.com/kusto/query/scalar-data-types/null-values).
 */
import { kusto, refusal, table } from './kusto';

const T = `datatable(a:long, b:string, c:real) [3,'x',0.5, 1,'y',1.5, 2,'x',long(null), long(null),'z',2.5]`;

describe('where and the null rules (docs: null-values)', () => {
  test('val > 3 is null for a null val; == / != against null follow the page', () => {
    const q = `datatable(val:int)[5, int(null)]
      | extend IsBiggerThan3 = val > 3 | extend IsBiggerThan3OrNull = val > 3 or isnull(val)
      | extend IsEqualToNull = val == int(null) | extend IsNotEqualToNull = val != int(null)`;
    expect(kusto(q)).toEqual(
      table('val:int, IsBiggerThan3:bool, IsBiggerThan3OrNull:bool, IsEqualToNull:bool, IsNotEqualToNull:bool', [
        [5, true, true, false, true],
        [null, null, true, null, null],
      ]),
    );
  });

  test('where drops rows whose predicate is null', () => {
    expect(kusto(`datatable(ival:int, sval:string)[5, "a", int(null), "b"] | where ival != 5`)).toEqual(table('ival:int, sval:string', [[null, 'b']]));
  });

  test('arithmetic with a null is null', () => {
    expect(kusto(`datatable(val:int)[5, int(null)] | extend Add = val + 10 | extend Multiply = val * 10`)).toEqual(
      table('val:int, Add:long, Multiply:long', [[5, 15, 50], [null, null, null]]),
    );
  });

  test('and / or are three-valued', () => {
    const q = `print a = bool(null) and false, b = bool(null) or true, c = bool(null) and true, d = not(bool(null))`;
    expect(kusto(q)).toEqual(table('a:bool, b:bool, c:bool, d:bool', [[false, true, null, null]]));
  });
});

describe('extend and project', () => {
  test('extend appends and replaces a column in place', () => {
    expect(kusto(`${T} | take 1 | extend d = a * 2, b = toupper(b)`)).toEqual(table('a:long, b:string, c:real, d:long', [[3, 'X', 0.5, 6]]));
  });

  test('an expression reading a column an earlier one of the same extend replaced is refused, not guessed', () => {
    expect(refusal(`${T} | extend b = toupper(b), e = strlen(b)`)).toMatch(/reads b, which this extend replaces/);
  });

  test('unnamed expressions take the binder\'s names (d_x for d.x, strlen_, Column1)', () => {
    expect(kusto(`print d = dynamic({"x": 1}) | extend d.x, strlen("abc"), 1 + 1`)).toEqual(
      table('d:dynamic, d_x:dynamic, strlen_:long, Column1:long', [[{ x: 1 }, 1, 3, 2]]),
    );
  });

  test('project keeps, renames and computes', () => {
    expect(kusto(`${T} | take 2 | project b, Twice = a * 2`)).toEqual(table('b:string, Twice:long', [['x', 6], ['y', 2]]));
  });

  test('project-rename (docs: project-rename example)', () => {
    expect(kusto(`print a='alpha', b='bravo', c='charlie' | project-rename new_a=a, new_b=b, new_c=c`)).toEqual(
      table('new_a:string, new_b:string, new_c:string', [['alpha', 'bravo', 'charlie']]),
    );
  });

  test('project-away and project-keep with wildcards', () => {
    expect(kusto(`print a1 = 1, a2 = 2, b = 3 | project-away a*`)).toEqual(table('b:long', [[3]]));
    expect(kusto(`print a1 = 1, a2 = 2, b = 3 | project-keep a*`)).toEqual(table('a1:long, a2:long', [[1, 2]]));
  });

  test('project-reorder (docs: project-reorder examples)', () => {
    expect(kusto(`print a='a', b='b', c='c' | project-reorder b`)).toEqual(table('b:string, a:string, c:string', [['b', 'a', 'c']]));
    expect(kusto(`print b = 'b', a2='a2', a3='a3', a1='a1' | project-reorder a* asc`)).toEqual(
      table('a1:string, a2:string, a3:string, b:string', [['a1', 'a2', 'a3', 'b']]),
    );
  });
});

describe('sort, top, take, distinct', () => {
  test('sort is descending by default, nulls last descending and first ascending', () => {
    expect(kusto(`${T} | sort by a | project a`)).toEqual(table('a:long', [[3], [2], [1], [null]]));
    expect(kusto(`${T} | sort by a asc | project a`)).toEqual(table('a:long', [[null], [1], [2], [3]]));
    expect(kusto(`${T} | order by a asc nulls last | project a`)).toEqual(table('a:long', [[1], [2], [3], [null]]));
  });

  test('several keys, stable', () => {
    expect(kusto(`${T} | sort by b asc, a desc | project b, a`)).toEqual(table('b:string, a:long', [['x', 3], ['x', 2], ['y', 1], ['z', null]]));
  });

  test('top n by key', () => {
    expect(kusto(`${T} | top 2 by c | project c`)).toEqual(table('c:real', [[2.5], [1.5]]));
    expect(kusto(`${T} | top 1 by a asc | project a`)).toEqual(table('a:long', [[null]]));
  });

  test('take / limit keep the first rows', () => {
    expect(kusto(`${T} | take 2 | project a`)).toEqual(table('a:long', [[3], [1]]));
    expect(kusto(`${T} | limit 10 | count`)).toEqual(table('Count:long', [[4]]));
  });

  test('distinct columns, and distinct *', () => {
    expect(kusto(`${T} | distinct b`)).toEqual(table('b:string', [['x'], ['y'], ['z']]));
    expect(kusto(`datatable(a:long, b:string)[1,'x', 1,'x', 2,'x'] | distinct *`)).toEqual(table('a:long, b:string', [[1, 'x'], [2, 'x']]));
  });
});
