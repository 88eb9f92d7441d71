/**
 * join (every kind) and lookup. X and Y are the tables of Microsoft's join pages (learn.microsoft.com/kusto/query/
 * join-innerunique, join-inner, join-leftouter, join-fullouter, join-leftanti, join-rightanti, join-leftsemi); each
 * expected table is the page's Output. Kusto leaves the order of join rows open, so rows compare unordered.
 */
import { kusto, table, unordered } from './kusto';

const XY = `
let X = datatable(Key:string, Value1:long) ['a',1, 'b',2, 'b',3, 'c',4];
let Y = datatable(Key:string, Value2:long) ['b',10, 'c',20, 'c',30, 'd',40];`;

describe('join kinds (docs: join-* examples)', () => {
  test('innerunique (the default) keeps the first left row per key, then joins inner', () => {
    expect(unordered(kusto(`${XY} X | join Y on Key`))).toEqual(
      table('Key:string, Value1:long, Key1:string, Value2:long', [['b', 2, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30]]),
    );
  });

  test('innerunique: "Two possible outputs" example gives the first of them', () => {
    const q = `let t1 = datatable(key: long, value: string) [1, "val1.1", 1, "val1.2"];
      let t2 = datatable(key: long, value: string) [1, "val1.3", 1, "val1.4"];
      t1 | join kind = innerunique t2 on key`;
    expect(kusto(q)).toEqual(table('key:long, value:string, key1:long, value1:string', [[1, 'val1.1', 1, 'val1.3'], [1, 'val1.1', 1, 'val1.4']]));
  });

  test('inner keeps every left row that matches', () => {
    const q = `let X = datatable(Key:string, Value1:long) ['a',1, 'b',2, 'b',3, 'k',5, 'c',4];
      let Y = datatable(Key:string, Value2:long) ['b',10, 'c',20, 'c',30, 'd',40, 'k',50];
      X | join kind=inner Y on Key`;
    expect(unordered(kusto(q))).toEqual(
      unordered(table('Key:string, Value1:long, Key1:string, Value2:long', [
        ['b', 3, 'b', 10], ['b', 2, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30], ['k', 5, 'k', 50],
      ])),
    );
  });

  test('leftouter keeps unmatched left rows with empty right cells', () => {
    expect(unordered(kusto(`${XY} X | join kind=leftouter Y on Key`))).toEqual(
      unordered(table('Key:string, Value1:long, Key1:string, Value2:long', [
        ['a', 1, '', null], ['b', 2, 'b', 10], ['b', 3, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30],
      ])),
    );
  });

  test('fullouter keeps unmatched rows of both sides', () => {
    expect(unordered(kusto(`${XY} X | join kind=fullouter Y on Key`))).toEqual(
      unordered(table('Key:string, Value1:long, Key1:string, Value2:long', [
        ['b', 3, 'b', 10], ['b', 2, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30], ['', null, 'd', 40], ['a', 1, '', null],
      ])),
    );
  });

  test('rightouter keeps unmatched right rows', () => {
    expect(unordered(kusto(`${XY} X | join kind=rightouter Y on Key`))).toEqual(
      unordered(table('Key:string, Value1:long, Key1:string, Value2:long', [
        ['b', 2, 'b', 10], ['b', 3, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30], ['', null, 'd', 40],
      ])),
    );
  });

  test('leftanti: left rows without a match, left columns only', () => {
    expect(kusto(`${XY} X | join kind=leftanti Y on Key`)).toEqual(table('Key:string, Value1:long', [['a', 1]]));
  });

  test('rightanti: right rows without a match, right columns only (the page shows d, 40)', () => {
    expect(kusto(`${XY} X | join kind=rightanti Y on Key`)).toEqual(table('Key:string, Value2:long', [['d', 40]]));
  });

  test('leftsemi: left rows with a match, left columns only', () => {
    expect(kusto(`${XY} X | join kind=leftsemi Y on Key`)).toEqual(table('Key:string, Value1:long', [['b', 2], ['b', 3], ['c', 4]]));
  });

  test('rightsemi: right rows with a match', () => {
    expect(kusto(`${XY} X | join kind=rightsemi Y on Key`)).toEqual(table('Key:string, Value2:long', [['b', 10], ['c', 20], ['c', 30]]));
  });

  test('$left.A == $right.B keys, and several keys', () => {
    const q = `let L = datatable(User:string, Ip:string, N:long) ['a','1.1.1.1',1, 'a','2.2.2.2',2, 'b','1.1.1.1',3];
      let R = datatable(Upn:string, Ip:string) ['a','2.2.2.2', 'b','1.1.1.1'];
      L | join kind=inner R on $left.User == $right.Upn, Ip`;
    expect(unordered(kusto(q))).toEqual(
      unordered(table('User:string, Ip:string, N:long, Upn:string, Ip1:string', [['a', '2.2.2.2', 2, 'a', '2.2.2.2'], ['b', '1.1.1.1', 3, 'b', '1.1.1.1']])),
    );
  });

  test('null keys match nothing', () => {
    const q = `let L = datatable(K:long, A:string) [long(null),'x', 1,'y'];
      let R = datatable(K:long, B:string) [long(null),'p', 1,'q'];
      L | join kind=inner R on K`;
    expect(kusto(q)).toEqual(table('K:long, A:string, K1:long, B:string', [[1, 'y', 1, 'q']]));
  });
});

describe('lookup (docs: lookup-operator example)', () => {
  const FACT_DIM = `
    let FactTable=datatable(Row:string,Personal:string,Family:string) [
      "1", "Rowan", "Murphy", "2", "Ellis", "Turner", "3", "Ellis", "Turner", "4", "Maya", "Robinson", "5", "Quinn", "Campbell"];
    let DimTable=datatable(Personal:string,Family:string,Alias:string) [
      "Rowan", "Murphy", "rowanm", "Ellis", "Turner", "ellist", "Maya", "Robinson", "mayar", "Quinn", "Campbell", "quinnc"];`;

  test('leftouter (the default) adds the right columns once, keys not repeated', () => {
    expect(kusto(`${FACT_DIM} FactTable | lookup kind=leftouter DimTable on Personal, Family`)).toEqual(
      table('Row:string, Personal:string, Family:string, Alias:string', [
        ['1', 'Rowan', 'Murphy', 'rowanm'], ['2', 'Ellis', 'Turner', 'ellist'], ['3', 'Ellis', 'Turner', 'ellist'],
        ['4', 'Maya', 'Robinson', 'mayar'], ['5', 'Quinn', 'Campbell', 'quinnc'],
      ]),
    );
  });

  test('unmatched rows stay with empty right columns; kind=inner drops them', () => {
    const q = `let L = datatable(K:string, A:long) ['x',1, 'y',2]; let R = datatable(K:string, B:string) ['x','bx'];`;
    expect(kusto(`${q} L | lookup R on K`)).toEqual(table('K:string, A:long, B:string', [['x', 1, 'bx'], ['y', 2, '']]));
    expect(kusto(`${q} L | lookup kind=inner R on K`)).toEqual(table('K:string, A:long, B:string', [['x', 1, 'bx']]));
  });

  test('a constant right column (extend Flag = true) is null on unmatched rows', () => {
    const q = `let L = datatable(K:string)['x', 'y']; let R = datatable(K:string)['x'] | extend Flag = true, N = 1;`;
    expect(kusto(`${q} L | lookup kind=leftouter R on K`)).toEqual(table('K:string, Flag:bool, N:long', [['x', true, 1], ['y', null, null]]));
    expect(unordered(kusto(`${q} L | join kind=leftouter R on K | project K, Flag`))).toEqual(table('K:string, Flag:bool', [['x', true], ['y', null]]));
  });
});
