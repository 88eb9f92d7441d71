/** The public API: query(table, kql`...`), rows, toDataFrame, render as a chart spec or ignored with a reason. */
import { compileSpec } from '../../../src/charts/render-svg';
import { kql } from '../../../src/kql/template';
import { query, toDataFrame } from '../../../src/index';
import { tableFromRows } from '../../../src/table/table-builder';

const signIns = tableFromRows([
  { Type: 'SigninLogs', IsInteractive: true, Id: 'a', UserPrincipalName: 'alice@contoso.com', CreatedDateTime: Date.parse('2024-05-01T08:00:00Z'), ResultType: '0' },
  { Type: 'AADNonInteractiveUserSignInLogs', IsInteractive: false, Id: 'b', UserPrincipalName: 'alice@contoso.com', CreatedDateTime: Date.parse('2024-05-01T09:00:00Z'), ResultType: '0' },
  { Type: 'AADNonInteractiveUserSignInLogs', IsInteractive: false, Id: 'c', UserPrincipalName: 'bob@contoso.com', CreatedDateTime: Date.parse('2024-05-01T09:30:00Z'), ResultType: '50126' },
]);

describe('query()', () => {
  test('takes a kql`` template whose values are escaped literals', () => {
    const upn = 'alice@contoso.com" or true or "';
    expect(query(signIns, kql`union SigninLogs, AADNonInteractiveUserSignInLogs | where UserPrincipalName == ${upn} | count`).rows).toEqual([{ Count: 0 }]);
    expect(query(signIns, kql`union SigninLogs, AADNonInteractiveUserSignInLogs | where UserPrincipalName == ${'alice@contoso.com'} | count`).rows).toEqual([{ Count: 2 }]);
  });

  test('rows are plain objects: datetimes as ISO text, as the analyses give them', () => {
    const r = query(signIns, 'SigninLogs | project Id, CreatedDateTime, Age = datetime(2024-05-01T10:00:00Z) - CreatedDateTime');
    expect(r.rows).toEqual([{ Id: 'a', CreatedDateTime: '2024-05-01T08:00:00.000Z', Age: '02:00:00' }]);
    expect(r.columns).toEqual([{ name: 'Id', type: 'string' }, { name: 'CreatedDateTime', type: 'datetime' }, { name: 'Age', type: 'timespan' }]);
  });

  test('toDataFrame(result.rows) gives a DataFrame of the rows', () => {
    const r = query(signIns, 'union SigninLogs, AADNonInteractiveUserSignInLogs | summarize n = count() by UserPrincipalName | sort by n desc');
    const df = toDataFrame(r.rows, { columns: r.columns.map((c) => c.name) });
    expect(df.columns).toEqual(['UserPrincipalName', 'n']);
    expect(df.values).toEqual([['alice@contoso.com', 2], ['bob@contoso.com', 1]]);
  });

  test('render columnchart returns a Vega-Lite spec that compiles without warnings', async () => {
    const r = query(signIns, 'union SigninLogs, AADNonInteractiveUserSignInLogs | summarize SignIns = count() by UserPrincipalName | render columnchart with (title="Sign-ins per user")');
    expect(r.render).toEqual({ visualization: 'columnchart', drawn: true });
    expect(r.chart).toMatchObject({ mark: { type: 'bar' }, title: 'Sign-ins per user', encoding: { x: { field: 'UserPrincipalName' }, y: { field: 'SignIns' } } });
    expect(r.rows).toHaveLength(2);
    expect((await compileSpec(r.chart!)).warnings).toEqual([]);
  });

  test('render timechart puts the datetime column on x and splits series by a string column', async () => {
    const r = query(signIns, 'union SigninLogs, AADNonInteractiveUserSignInLogs | summarize n = count() by bin(CreatedDateTime, 1h), Type | render timechart');
    expect(r.chart).toMatchObject({ mark: { type: 'line' }, encoding: { x: { field: 'CreatedDateTime', type: 'temporal' }, y: { field: 'n' }, color: { field: 'Type' } } });
    expect((await compileSpec(r.chart!)).warnings).toEqual([]);
  });

  test('render table is ignored and says so; the rows are still returned', () => {
    const r = query(signIns, 'SigninLogs | project Id | render table');
    expect(r.chart).toBeUndefined();
    expect(r.render).toEqual({ visualization: 'table', drawn: false, reason: 'render table has no chart here; the rows are returned as a table' });
    expect(r.notes).toContain('render table has no chart here; the rows are returned as a table');
    expect(r.rows).toEqual([{ Id: 'a' }]);
  });
});
