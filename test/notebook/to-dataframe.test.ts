import { toColumns, toDataFrame } from '../../src/table/to-dataframe';
import { tableFromRows } from '../../src/table/table-builder';

const t = Date.UTC(2024, 4, 1, 8, 30);
const table = tableFromRows([
  { Id: 'a', CreatedDateTime: t, IsInteractive: true, UserPrincipalName: 'alice@contoso.com', Latitude: 59.9 },
  { Id: 'b', CreatedDateTime: NaN, IsInteractive: false, UserPrincipalName: 'bob@contoso.com' },
]);

describe('toColumns', () => {
  test('a SignInTable gives ISO times, null for absent numbers and times', () => {
    const { columns, data } = toColumns(table, { columns: ['Id', 'CreatedDateTime', 'Latitude', 'Type', 'IsInteractive'] });
    expect(columns).toEqual(['Id', 'CreatedDateTime', 'Latitude', 'Type', 'IsInteractive']);
    expect(data).toEqual([
      ['a', '2024-05-01T08:30:00.000Z', 59.9, 'SigninLogs', true],
      ['b', null, null, 'AADNonInteractiveUserSignInLogs', false],
    ]);
  });

  test('limit keeps the first rows; unknown fields are refused', () => {
    expect(toColumns(table, { columns: ['Id'], limit: 1 }).data).toEqual([['a']]);
    expect(() => toColumns(table, { columns: ['Nope'] })).toThrow('unknown sign-in field "Nope"');
  });

  test('plain rows: union of keys, Dates and time fields as ISO, NaN and Infinity as null, objects as JSON', () => {
    const rows = [
      { UserPrincipalName: 'a', Ratio: Infinity, first: new Date(t) },
      { UserPrincipalName: 'b', Ratio: NaN, CreatedDateTime: t, extra: { k: 1 } },
    ];
    expect(toColumns(rows)).toEqual({
      columns: ['UserPrincipalName', 'Ratio', 'first', 'CreatedDateTime', 'extra'],
      data: [
        ['a', null, '2024-05-01T08:30:00.000Z', null, null],
        ['b', null, null, '2024-05-01T08:30:00.000Z', '{"k":1}'],
      ],
    });
  });

  test('an AnalysisResult converts its rows', () => {
    const result = { id: 'x', parameters: {}, rows: [{ IPAddress: '1.2.3.4', Count: 3 }], findings: [], warnings: [] };
    expect(toColumns(result)).toEqual({ columns: ['IPAddress', 'Count'], data: [['1.2.3.4', 3]] });
  });
});

describe('toDataFrame', () => {
  test('builds a danfo DataFrame with the columns and values', () => {
    const df = toDataFrame(table, { columns: ['Id', 'UserPrincipalName'] });
    expect(df.columns).toEqual(['Id', 'UserPrincipalName']);
    expect(df.values).toEqual([
      ['a', 'alice@contoso.com'],
      ['b', 'bob@contoso.com'],
    ]);
  });

  test('an empty input keeps its column names', () => {
    const df = toDataFrame([], { columns: ['UserPrincipalName', 'Count'] });
    expect(df.shape).toEqual([0, 2]);
    expect(df.columns).toEqual(['UserPrincipalName', 'Count']);
  });
});
