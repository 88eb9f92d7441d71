import { resolve } from 'node:path';
import { loadFiles, loadText } from '../../src/sources/files/load-files';
import { expectAccounted, tempFiles } from './fixtures';

const SAMPLES = resolve(__dirname, '../fixtures/samples');

describe('Log Analytics "Export to CSV"', () => {
  test('the real union export sign-in_adelete.csv: 56 SigninLogs rows, ResultType 53×0, 2×16000, 1×50058', async () => {
    const r = await loadFiles([resolve(SAMPLES, 'sign-in_adelete.csv')]);
    expect(r.files[0].format).toBe('Log Analytics CSV');
    expect(r.rows).toEqual({ SigninLogs: 56, AADNonInteractiveUserSignInLogs: 0 });
    expect(r.rejected).toEqual([]);
    const byResult: Record<string, number> = {};
    for (const s of r.table) byResult[s.ResultType] = (byResult[s.ResultType] ?? 0) + 1;
    expect(byResult).toEqual({ '0': 53, '16000': 2, '50058': 1 });
    const first = r.table.row(0);
    // "4/28/2021, 2:08:45.221 PM" in a "CreatedDateTime [UTC]" column; JSON in LocationDetails_dynamic, multi-line AuthenticationDetails.
    expect(first.CreatedDateTime).toBe(Date.UTC(2021, 3, 28, 14, 8, 45, 221));
    expect([first.City, first.CountryOrRegion, first.Browser]).toEqual(['Azor', 'IL', 'Edge 90.0.818']);
    expect(first.AuthenticationMethods).toBe('Previously satisfied');
    expect(first.IsInteractive).toBe(true);
  });

  const header = 'Type,Id,CreatedDateTime [UTC],UserPrincipalName,IsInteractive,ResultType,Status_dynamic,Status_string,AuthenticationDetails,OperationName';
  const csv = [
    '\ufeff' + header,
    'SigninLogs,c1,"5/2/2024, 9:15:00.500 AM",Ann@contoso.com,TRUE,50126,"{""errorCode"":50126,""failureReason"":""Invalid password""}",,"[',
    '  {""authenticationMethod"": ""Password"", ""succeeded"": true}',
    ']",',
    'AADNonInteractiveUserSignInLogs,c2,"5/2/2024, 9:16:00.000 PM",ann@contoso.com,FALSE,0,,"{""errorCode"":0}",,',
    'AuditLogs,c3,"5/2/2024, 9:17:00.000 PM",,,,,,,Add user',
    'SigninLogs,c4,"5/2/2024, 9:18:00.000 PM",ann@contoso.com,TRUE',
    'SigninLogs,,"5/2/2024, 9:19:00.000 PM",ann@contoso.com,TRUE,0,,,,',
    '',
  ].join('\r\n');

  test('quirks: BOM, CRLF, multi-line quoted JSON, [UTC] suffix, 12-hour dates, TRUE/FALSE, X_dynamic/X_string, AuditLogs rows', async () => {
    const r = await loadText(csv, 'union.csv');
    expect(r.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 1 });
    expect(r.table.row(0)).toMatchObject({
      Id: 'c1',
      CreatedDateTime: Date.UTC(2024, 4, 2, 9, 15, 0, 500),
      UserPrincipalName: 'ann@contoso.com',
      IsInteractive: true,
      FailureReason: 'Invalid password',
      AuthenticationMethods: 'Password',
    });
    expect(r.table.row(1)).toMatchObject({ Id: 'c2', IsInteractive: false, CreatedDateTime: Date.UTC(2024, 4, 2, 21, 16) });
    // Line numbers are physical lines: the multi-line record took lines 2-4.
    expect(r.rejected).toEqual([
      { file: 'union.csv', line: 6, reason: 'Type AuditLogs is not a user sign-in table' },
      { file: 'union.csv', line: 7, reason: '5 fields where the header has 10' },
      { file: 'union.csv', line: 8, reason: 'no Id' },
    ]);
    expectAccounted(r);
  });
});

describe('Entra admin center CSV download', () => {
  const header =
    'Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Cross tenant access type,Incoming token type,' +
    'Authentication Protocol,Unique token identifier,Application,Application ID ,Resource,Resource ID ,IP address,Location,Status,' +
    'Sign-in error code,Failure reason,Client app,Device ID,Browser,Operating System,Compliant,Managed,Join Type,' +
    'Multifactor authentication result,Multifactor authentication auth method,Authentication requirement,Session ID,' +
    'Autonomous system  number,Token issuer type,Incoming token type,Latency,Conditional Access';
  const row1 =
    '2025-12-04T08:19:41Z,p1,Mozilla/5.0,corr-1,u-1,Ann Lee,Ann@Contoso.com,Member,none,,oAuth2,tok-1,Office 365,app-1,' +
    'Exchange,res-1,203.0.113.9,"Melbourne, Victoria, AU",Failure,50074,Strong authentication is required.,Browser,dev-1,Edge 120,' +
    'Windows 10,True,False,Azure AD joined,MFA required,,Single-factor authentication,sess-1,4826,AzureAD,Primary Refresh Token,120,Not applied';
  const row2 =
    '2025-12-04T08:20:00Z,p2,Mozilla/5.0,corr-2,u-1,Ann Lee,ann@contoso.com,Member,none,Refresh token,oAuth2,tok-2,Office 365,app-1,' +
    'Exchange,res-1,203.0.113.9,"Melbourne, Victoria, AU",Success,,,Browser,,,,,,,,,,sess-1,4826,AzureAD,,80,Success';

  test('display labels and values: trailing/double spaces, duplicated Incoming token type, Location, Status, CA', async () => {
    const r = await loadText([header, row1, row2].join('\n'), 'InteractiveSignIns_2025-12-04_2025-12-05.csv');
    expect(r.files[0].format).toBe('Entra admin center CSV');
    expect(r.rows).toEqual({ SigninLogs: 2, AADNonInteractiveUserSignInLogs: 0 });
    expect(r.table.row(0)).toMatchObject({
      Id: 'p1',
      CreatedDateTime: Date.UTC(2025, 11, 4, 8, 19, 41),
      UserPrincipalName: 'ann@contoso.com',
      UserDisplayName: 'Ann Lee',
      AppId: 'app-1',
      City: 'Melbourne',
      State: 'Victoria',
      CountryOrRegion: 'AU',
      ResultType: '50074',
      FailureReason: 'Strong authentication is required.',
      IsCompliant: true,
      IsManaged: false,
      TrustType: 'Azure AD joined',
      AutonomousSystemNumber: '4826',
      IncomingTokenType: 'primaryRefreshToken',
      AuthenticationRequirement: 'singleFactorAuthentication',
      ConditionalAccessStatus: 'notApplied',
    });
    expect(r.table.row(1)).toMatchObject({ ResultType: '0', IncomingTokenType: 'refreshToken', ConditionalAccessStatus: 'success' });
  });

  test('the table comes from the file name; "Date" works like "Date (UTC)"', async () => {
    const r = await loadText([header.replace('Date (UTC)', 'Date'), row1].join('\n'), 'NonInteractiveSignIns_2025-12-04_2025-12-05.csv');
    expect(r.rows).toEqual({ SigninLogs: 0, AADNonInteractiveUserSignInLogs: 1 });
    expect(r.table.get(0, 'IsInteractive')).toBe(false);
  });

  test('a download without a telling name is refused with advice', async () => {
    await expect(loadText([header, row1].join('\n'), 'export.csv')).rejects.toThrow(/export\.csv: .*InteractiveSignIns_/);
  });
});

describe('Entra admin center _AuthDetails_ companion', () => {
  test('its steps fill AuthenticationMethods of the sign-ins with the same Request ID, whatever the argument order', async () => {
    const signIns = [
      'Date (UTC),Request ID,User ID,Username,Status,Sign-in error code',
      '2025-12-04T08:19:41Z,p1,u-1,ann@contoso.com,Success,',
      '2025-12-04T08:25:00Z,p2,u-1,ann@contoso.com,Failure,500121',
    ].join('\n');
    const steps = [
      'Request ID,Authentication method,Authentication method detail,Succeeded,Result detail,Requirement',
      'p1,Password,Password in the cloud,True,Correct password,Primary authentication',
      'p1,Mobile app notification,,False,MFA denied; user declined the authentication,MFA',
      'p1,Mobile app notification,,True,MFA successfully completed,MFA',
      'p2,Password,,True,Correct password,Primary authentication',
      'p2,Text message,,False,Authentication in progress,MFA',
      ',Password,,True,,',
    ].join('\n');
    const t = tempFiles({
      'InteractiveSignIns_2025-12-04_2025-12-05.csv': signIns,
      'InteractiveSignIns_AuthDetails_2025-12-04_2025-12-05.csv': steps,
    });
    try {
      const r = await loadFiles([t.path('InteractiveSignIns_2025-12-04_2025-12-05.csv'), t.path('InteractiveSignIns_AuthDetails_2025-12-04_2025-12-05.csv')]);
      expect(r.files.map((f) => f.format)).toEqual(['Entra admin center AuthDetails CSV', 'Entra admin center CSV']);
      const byId = new Map([...r.table].map((s) => [s.Id, s]));
      expect(byId.get('p1')).toMatchObject({ AuthenticationMethods: 'Password, Mobile app notification', AuthenticationStepResultDetail: 'MFA successfully completed' });
      expect(byId.get('p2')).toMatchObject({ AuthenticationMethods: 'Password', AuthenticationStepResultDetail: 'Authentication in progress', ResultType: '500121' });
      expect(r.rejected).toEqual([{ file: t.path('InteractiveSignIns_AuthDetails_2025-12-04_2025-12-05.csv'), line: 7, reason: 'an authentication step without Request ID' }]);
      expectAccounted(r);
    } finally {
      t.cleanup();
    }
  });
});
