/**
 * SigninLogs and AADNonInteractiveUserSignInLogs served from a loaded SignInTable: normalized fields read as they are,
 * LocationDetails / DeviceDetail / Status rebuilt (dynamic in SigninLogs, JSON text in the non-interactive table, as
 * in a workspace), everything else absent. The fields' own KQL extractions (src/schema/fields.ts) must give back the
 * loaded values from either table.
 */
import { query } from '../../../src/kql/engine/query';
import { signInColumns } from '../../../src/kql/engine/sources/sign-in-columns';
import { FIELDS, type SignIn } from '../../../src/schema/fields';
import { tableFromRows } from '../../../src/table/table-builder';
import { syntheticTenant } from '../../../src/sources/synthetic/synthetic-tenant';
import { kusto, NOW, refusal, table } from './kusto';

const base = {
  UserPrincipalName: 'alice@contoso.com', IPAddress: '203.0.113.7', ResultType: '0', AppDisplayName: 'Teams',
  City: 'Oslo', State: 'Oslo', CountryOrRegion: 'NO', Latitude: 59.91, Longitude: 10.75,
  DeviceId: 'dev-1', OperatingSystem: 'Windows 10', Browser: 'Edge 120', IsCompliant: true, IsManaged: null, TrustType: 'Azure AD joined',
} satisfies Partial<SignIn>;

const rows: Partial<SignIn>[] = [
  { ...base, Type: 'SigninLogs', IsInteractive: true, Id: 'i1', CreatedDateTime: Date.parse('2024-05-01T08:00:00Z') },
  {
    ...base, Type: 'AADNonInteractiveUserSignInLogs', IsInteractive: false, Id: 'n1', CreatedDateTime: Date.parse('2024-05-01T08:05:00Z'),
    ResultType: '50126', FailureReason: 'Invalid username or password.', City: '', Latitude: NaN, Longitude: NaN,
  },
];
const signIns = tableFromRows(rows);

describe('columns served from the loaded sign-ins', () => {
  test('every column of both tables is served in its real type (the binder binds against the real schema)', () => {
    const cols = kusto(`SigninLogs | getschema | project ColumnName, ColumnType`, signIns).rows;
    expect(cols).toContainEqual(['LocationDetails', 'dynamic']);
    expect(cols).toContainEqual(['TenantId', 'string']);
    const ni = kusto(`AADNonInteractiveUserSignInLogs | getschema | project ColumnName, ColumnType`, signIns).rows;
    expect(ni).toContainEqual(['LocationDetails', 'string']);
    expect(signInColumns('SigninLogs').filter((c) => c.source.kind === 'rebuilt').map((c) => c.name)).toEqual(['DeviceDetail', 'LocationDetails', 'Status']);
  });

  test('rebuilt LocationDetails, DeviceDetail, Status: a bag in SigninLogs (empty keys left out)', () => {
    expect(kusto(`SigninLogs | project LocationDetails, DeviceDetail, Status`, signIns)).toEqual(
      table('LocationDetails:dynamic, DeviceDetail:dynamic, Status:dynamic', [[
        { city: 'Oslo', state: 'Oslo', countryOrRegion: 'NO', geoCoordinates: { latitude: 59.91, longitude: 10.75 } },
        { deviceId: 'dev-1', operatingSystem: 'Windows 10', browser: 'Edge 120', isCompliant: true, trustType: 'Azure AD joined' },
        { errorCode: 0 },
      ]]),
    );
  });

  test('the same columns are JSON text in AADNonInteractiveUserSignInLogs: dot access needs parse_json there', () => {
    const r = kusto(`AADNonInteractiveUserSignInLogs | project Status, Code = toint(parse_json(Status).errorCode), City = tostring(parse_json(LocationDetails).city)`, signIns);
    expect(r).toEqual(table('Status:string, Code:int, City:string', [['{"errorCode":50126,"failureReason":"Invalid username or password."}', 50126, '']]));
  });

  test('after a union the type-split columns appear as X_dynamic / X_string, each filled by its own table', () => {
    const r = kusto(`union SigninLogs, AADNonInteractiveUserSignInLogs | project Type, D = isnotnull(LocationDetails_dynamic), S = isnotempty(LocationDetails_string)`, signIns);
    expect(r).toEqual(table('Type:string, D:bool, S:bool', [['SigninLogs', true, false], ['AADNonInteractiveUserSignInLogs', false, true]]));
  });

  test('every field\'s KQL extraction (src/schema/fields.ts) gives the loaded value back from both tables', () => {
    for (const t of ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const) {
      const k = t === 'SigninLogs' ? 0 : 1;
      for (const f of FIELDS) {
        if (f.from.column === 'AuthenticationDetails' || f.from.column === 'ConditionalAccessPolicies' || f.from.column === 'MfaDetail') {
          expect(() => query(signIns, `${t} | project X = ${f.kql}`, { now: NOW })).toThrow(/is not in the loaded data/);
          continue;
        }
        const got = query(signIns, `${t} | project X = ${f.kql}`, { now: NOW }).rows[0].X;
        const want = signIns.get(k, f.name);
        const absent = typeof want === 'number' && Number.isNaN(want);
        const expected = absent ? null : f.kind === 'time' ? new Date(want as number).toISOString() : want;
        expect({ field: f.name, table: t, value: got }).toEqual({ field: f.name, table: t, value: expected });
      }
    }
  });

  test('a column only passed through to the output comes out empty, with a note naming it', () => {
    const r = query(signIns, `SigninLogs | project Id, TenantId`, { now: NOW });
    expect(r.rows).toEqual([{ Id: 'i1', TenantId: '' }]);
    expect(r.notes.join(' ')).toMatch(/shown empty: TenantId/);
  });

  test('computing with an absent column refuses', () => {
    expect(refusal(`SigninLogs | where isnotempty(MfaDetail)`, signIns)).toMatch(/MfaDetail of SigninLogs is not in the loaded data.*authDetail/);
  });
});

describe('over a synthetic tenant', () => {
  const { table: tenant } = syntheticTenant({ users: 6, days: 2, seed: 3 });

  test('summarize count() by UserPrincipalName, Type agrees with the table\'s own counts', () => {
    const r = query(tenant, `union SigninLogs, AADNonInteractiveUserSignInLogs | summarize count() by UserPrincipalName, Type`, { now: NOW });
    const total = r.rows.reduce((n, row) => n + (row.count_ as number), 0);
    expect(total).toBe(tenant.length);
    const interactive = r.rows.filter((row) => row.Type === 'SigninLogs').reduce((n, row) => n + (row.count_ as number), 0);
    expect(interactive).toBe(tenant.counts().SigninLogs);
    const alice = tenant.row(0).UserPrincipalName;
    const mine = r.rows.filter((row) => row.UserPrincipalName === alice).reduce((n, row) => n + (row.count_ as number), 0);
    expect(mine).toBe(tenant.forUser(alice).length);
  });

  test('IsInteractive agrees with the table each row is served from', () => {
    const r = query(tenant, `union withsource=T SigninLogs, AADNonInteractiveUserSignInLogs | summarize n = count() by T, IsInteractive`, { now: NOW });
    for (const row of r.rows) expect(row.IsInteractive).toBe(row.T === 'SigninLogs');
  });
});
