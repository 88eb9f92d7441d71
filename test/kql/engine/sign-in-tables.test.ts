/**
 * SigninLogs and AADNonInteractiveUserSignInLogs served from a loaded SignInTable: normalized fields read as they are,
 * LocationDetails / DeviceDetail / Status rebuilt whole and AuthenticationDetails / ConditionalAccessPolicies rebuilt
 * from their digests (dynamic in SigninLogs, JSON text in the non-interactive table, as in a workspace), everything
 * else absent. The fields' own KQL extractions (src/schema/fields.ts) must give back the loaded values from either
 * table.
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
  AuthenticationMethods: 'Password, Mobile app notification', AuthenticationStepResultDetail: 'MFA successfully completed',
  ConditionalAccessPoliciesFailed: 'Block legacy; Require MFA',
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
    expect(signInColumns('SigninLogs').filter((c) => c.source.kind === 'rebuilt').map((c) => c.name)).toEqual([
      'AuthenticationDetails', 'ConditionalAccessPolicies', 'DeviceDetail', 'LocationDetails', 'Status',
    ]);
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
        if (f.from.column === 'MfaDetail') {
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

  test('AuthenticationDetails and ConditionalAccessPolicies are rebuilt from their digests, and the result says what they lack', () => {
    // AuthenticationDetails is JSON text in both tables (as in Log Analytics); ConditionalAccessPolicies dynamic in SigninLogs.
    const r = query(signIns, `SigninLogs | project AuthenticationDetails = parse_json(AuthenticationDetails), ConditionalAccessPolicies`, { now: NOW });
    expect(r.rows[0]).toEqual({
      AuthenticationDetails: [
        { authenticationMethod: 'Password', succeeded: true },
        { authenticationMethod: 'Mobile app notification', succeeded: true },
        { authenticationStepResultDetail: 'MFA successfully completed' },
      ],
      ConditionalAccessPolicies: [
        { displayName: 'Block legacy', result: 'failure' },
        { displayName: 'Require MFA', result: 'failure' },
      ],
    });
    expect(r.notes).toHaveLength(2);
    expect(r.notes[0]).toMatch(/^AuthenticationDetails is rebuilt .*failed steps .* not kept/);
    expect(r.notes[1]).toMatch(/^ConditionalAccessPolicies is rebuilt .*only the failed policies/);
    // A query that does not read them has no such note, even when its rows pass through filters and joins.
    expect(query(signIns, `SigninLogs | project Id`, { now: NOW }).notes).toEqual([]);
    expect(query(signIns, `SigninLogs | where Id != "x" | join kind=inner (SigninLogs | where Id != "y") on Id | summarize count() by UserPrincipalName`, { now: NOW }).notes).toEqual([]);
    // Read through its dictionary (a function over its distinct values), it is noted.
    expect(query(signIns, `SigninLogs | where Id != "x" | summarize count() by tostring(AuthenticationDetails)`, { now: NOW }).notes).toHaveLength(1);
    // The non-interactive table holds the same as JSON text; rows without a digest hold [].
    const ni = query(tableFromRows([{ ...rows[1], AuthenticationMethods: '', AuthenticationStepResultDetail: '', ConditionalAccessPoliciesFailed: '' }]),
      `AADNonInteractiveUserSignInLogs | project AuthenticationDetails, ConditionalAccessPolicies`, { now: NOW });
    expect(ni.rows[0]).toEqual({ AuthenticationDetails: '[]', ConditionalAccessPolicies: '[]' });
  });

  test('pinned (docs/kql-differences.md): a policy name with a double quote is cut at the quote by the field\'s regular expression, as in a workspace', () => {
    const quoted = tableFromRows([{ ...rows[0], ConditionalAccessPoliciesFailed: 'Require MFA "all"; Block legacy' }]);
    const kql = FIELDS.find((f) => f.name === 'ConditionalAccessPoliciesFailed')!.kql;
    expect(query(quoted, `SigninLogs | project X = ${kql}`, { now: NOW }).rows[0].X).toBe('Require MFA \\; Block legacy');
  });

  test('a key of a rebuilt column reads its field in place, dictionary-coded, the same as from the built value', () => {
    const direct = kusto(`SigninLogs | project C = tostring(LocationDetails.city), G = LocationDetails.geoCoordinates, L = todouble(LocationDetails.geoCoordinates.latitude), E = Status.errorCode, X = LocationDetails.nope`, signIns);
    expect(direct).toEqual(table('C:string, G:dynamic, L:real, E:dynamic, X:dynamic', [['Oslo', { latitude: 59.91, longitude: 10.75 }, 59.91, 0, null]]));
    // The same keys read from the whole value (packed first, so no shortcut applies).
    const built = kusto(`SigninLogs | extend V = pack_array(LocationDetails, Status) | project C = tostring(V[0].city), G = V[0].geoCoordinates, L = todouble(V[0].geoCoordinates.latitude), E = V[1].errorCode, X = V[0].nope`, signIns);
    expect(built.rows).toEqual(direct.rows);
    const ni = kusto(`AADNonInteractiveUserSignInLogs | project C = parse_json(LocationDetails).city, G = parse_json(LocationDetails).geoCoordinates, E = parse_json(Status).errorCode`, signIns);
    expect(ni.rows).toEqual([[null, null, 50126]]);
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
