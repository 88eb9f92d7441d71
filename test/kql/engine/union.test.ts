/**
 * union: legs in order, outer by default (columns of every leg), kind=inner (common columns), withsource= naming each
 * leg, and a column whose type differs between legs split into Name_type columns, the way SigninLogs and
 * AADNonInteractiveUserSignInLogs split LocationDetails into LocationDetails_dynamic / LocationDetails_string.
 */
import { kusto, refusal, table } from './kusto';

describe('union', () => {
  test('withsource with `as` names (docs: as-operator example)', () => {
    const q = `union withsource=TableName (range x from 1 to 2 step 1 | as T1), (range x from 1 to 2 step 1 | as T2)`;
    expect(kusto(q)).toEqual(table('TableName:string, x:long', [['T1', 1], ['T1', 2], ['T2', 1], ['T2', 2]]));
  });

  test('piped union: the input is the first leg (docs: as-operator example)', () => {
    const q = `range x from 1 to 2 step 1 | as T1 | union withsource=TableName (range x from 1 to 2 step 1 | as T2)`;
    expect(kusto(q)).toEqual(table('TableName:string, x:long', [['T1', 1], ['T1', 2], ['T2', 1], ['T2', 2]]));
  });

  test('outer union: columns of every leg, missing cells empty', () => {
    const q = `union (datatable(a:long, b:string)[1,'x']), (datatable(a:long, c:real)[2, 0.5])`;
    expect(kusto(q)).toEqual(table('a:long, b:string, c:real', [[1, 'x', null], [2, '', 0.5]]));
  });

  test('kind=inner is refused: the binder types it like outer, and answering with the outer columns would be wrong', () => {
    const q = `union kind=inner (datatable(a:long, b:string)[1,'x']), (datatable(a:long, c:real)[2, 0.5])`;
    expect(refusal(q)).toMatch(/union kind=inner is not supported/);
  });

  test('a column typed differently in two legs splits into Name_type columns', () => {
    const q = `union (datatable(Loc:dynamic, n:long)[dynamic({"city":"Oslo"}), 1]), (datatable(Loc:string, n:long)['{"city":"Bergen"}', 2])`;
    expect(kusto(q)).toEqual(
      table('Loc_dynamic:dynamic, Loc_string:string, n:long', [[{ city: 'Oslo' }, '', 1], [null, '{"city":"Bergen"}', 2]]),
    );
  });

  test('withsource names a leg by the table it reads through filters', () => {
    const q = `union withsource=Source (SigninLogs | where ResultType == "0"), AADNonInteractiveUserSignInLogs | project Source`;
    expect(kusto(q)).toEqual(table('Source:string', []));
  });

  test('withsource refuses a leg it cannot name rather than inventing a name', () => {
    expect(refusal(`union withsource=S (datatable(a:long)[1]), (datatable(a:long)[2])`)).toMatch(/withsource= cannot name this union leg.*as Name/);
  });
});
