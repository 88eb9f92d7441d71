import { normalizeLogAnalyticsRow, RowRejection } from '../../src/sources/normalize/log-analytics-row';
import { parseTime, timeProblem } from '../../src/sources/time';

/** A SigninLogs row as the workspace returns it to a client library: dynamic columns as objects. */
const interactive = {
  Type: 'SigninLogs',
  TimeGenerated: new Date('2024-05-01T10:00:03.000Z'),
  CreatedDateTime: '2024-05-01T10:00:01.1234567Z',
  Id: 'aaaa-1',
  UserPrincipalName: 'Ann.Lee@Contoso.COM',
  UserDisplayName: 'Ann Lee',
  UserId: 'u-1',
  UserType: 'Member',
  IPAddress: '203.0.113.5',
  AutonomousSystemNumber: 8075,
  ResultType: 0,
  ConditionalAccessStatus: 'failure',
  IsInteractive: true,
  LocationDetails: { city: 'Azor', state: 'Tel Aviv', countryOrRegion: 'IL', geoCoordinates: { latitude: 32.02, longitude: 34.79 } },
  DeviceDetail: { deviceId: 'd-1', displayName: 'LAPTOP-1', operatingSystem: 'Windows 10', browser: 'Edge 90', isCompliant: true, isManaged: false, trustType: 'Azure AD joined' },
  Status: { errorCode: 0, additionalDetails: 'MFA requirement satisfied by claim in the token' },
  AuthenticationDetails: JSON.stringify([
    { authenticationMethod: 'Password', succeeded: true },
    { authenticationMethod: 'Mobile app notification', succeeded: false, authenticationStepResultDetail: 'MFA denied' },
    { authenticationMethod: 'Mobile app notification', succeeded: true },
    { authenticationMethod: 'Password', succeeded: true, authenticationStepResultDetail: 'MFA completed in Azure AD' },
  ]),
  ConditionalAccessPolicies: [
    { displayName: 'Block legacy', result: 'failure' },
    { displayName: 'Require MFA', result: 'success' },
    { displayName: 'Compliant device', result: 'failure' },
  ],
  MfaDetail: { authMethod: 'PhoneAppNotification' },
  ProcessingTimeInMilliseconds: '120',
};

/** The same kind of row from AADNonInteractiveUserSignInLogs: seven dynamic columns are JSON text there. */
const nonInteractive = {
  TimeGenerated: '2024-05-01T11:00:00+00:00',
  CreatedDateTime: '2024-05-01T10:59:58.12+00:00',
  Category: 'NonInteractiveUserSignInLogs',
  Id: 'bbbb-2',
  UserPrincipalName: 'bob@contoso.com',
  UserId: 'u-2',
  ResultType: '50173',
  AutonomousSystemNumber: '3320',
  IncomingTokenType: 'Primary Refresh Token',
  LocationDetails: '{"city":"Berlin","state":"Berlin","countryOrRegion":"DE","geoCoordinates":{}}',
  DeviceDetail: '{"deviceId":"","operatingSystem":"iOS 17","browser":"","isCompliant":false}',
  Status: '{"errorCode":50173,"failureReason":"The provided grant has expired"}',
  ConditionalAccessPolicies: '[]',
  MfaDetail: '{}',
  ProcessingTimeInMs: '33',
};

describe('normalizeLogAnalyticsRow', () => {
  test('SigninLogs row with dynamic objects', () => {
    const s = normalizeLogAnalyticsRow(interactive);
    expect(s.Type).toBe('SigninLogs');
    expect(s.IsInteractive).toBe(true);
    expect(s.Id).toBe('aaaa-1');
    expect(s.CreatedDateTime).toBe(Date.UTC(2024, 4, 1, 10, 0, 1, 123));
    expect(s.TimeGenerated).toBe(Date.UTC(2024, 4, 1, 10, 0, 3));
    expect(s.UserPrincipalName).toBe('ann.lee@contoso.com');
    expect(s.AutonomousSystemNumber).toBe('8075');
    expect(s.ResultType).toBe('0');
    expect([s.City, s.State, s.CountryOrRegion, s.Latitude, s.Longitude]).toEqual(['Azor', 'Tel Aviv', 'IL', 32.02, 34.79]);
    expect([s.DeviceId, s.DeviceDisplayName, s.OperatingSystem, s.Browser, s.IsCompliant, s.IsManaged, s.TrustType]).toEqual([
      'd-1', 'LAPTOP-1', 'Windows 10', 'Edge 90', true, false, 'Azure AD joined',
    ]);
    expect(s.AdditionalDetails).toBe('MFA requirement satisfied by claim in the token');
    expect(s.AuthenticationMethods).toBe('Password, Mobile app notification');
    expect(s.AuthenticationStepResultDetail).toBe('MFA completed in Azure AD');
    expect(s.ConditionalAccessPoliciesFailed).toBe('Block legacy; Compliant device');
    expect(s.MfaAuthMethod).toBe('PhoneAppNotification');
  });

  test('AADNonInteractiveUserSignInLogs row with JSON text columns', () => {
    const s = normalizeLogAnalyticsRow(nonInteractive);
    expect(s.Type).toBe('AADNonInteractiveUserSignInLogs');
    expect(s.IsInteractive).toBe(false);
    expect(s.CreatedDateTime).toBe(Date.UTC(2024, 4, 1, 10, 59, 58, 120));
    expect(s.ResultType).toBe('50173');
    expect(s.FailureReason).toBe('The provided grant has expired');
    expect(s.IncomingTokenType).toBe('primaryRefreshToken');
    expect([s.City, s.CountryOrRegion]).toEqual(['Berlin', 'DE']);
    expect(Number.isNaN(s.Latitude)).toBe(true);
    expect([s.OperatingSystem, s.IsCompliant, s.IsManaged]).toEqual(['iOS 17', false, null]);
    expect(s.ConditionalAccessPoliciesFailed).toBe('');
  });

  test('the table comes from Type, Category, IsInteractive, SignInEventTypes, then the hint', () => {
    const base = { Id: 'x', CreatedDateTime: '2024-01-01T00:00:00Z', UserPrincipalName: 'a@b.c' };
    expect(normalizeLogAnalyticsRow({ ...base, Type: 'AADNonInteractiveUserSignInLogs', IsInteractive: true }).Type).toBe('AADNonInteractiveUserSignInLogs');
    expect(normalizeLogAnalyticsRow({ ...base, Category: 'SignInLogs' }).Type).toBe('SigninLogs');
    expect(normalizeLogAnalyticsRow({ ...base, IsInteractive: 'FALSE' }).Type).toBe('AADNonInteractiveUserSignInLogs');
    expect(normalizeLogAnalyticsRow({ ...base, SignInEventTypes: '["nonInteractiveUser"]' }).Type).toBe('AADNonInteractiveUserSignInLogs');
    expect(normalizeLogAnalyticsRow(base, 'AADNonInteractiveUserSignInLogs').Type).toBe('AADNonInteractiveUserSignInLogs');
    expect(() => normalizeLogAnalyticsRow(base)).toThrow(/cannot tell the table/);
  });

  test('ResultType falls back to Status.errorCode; Refresh token display form is normalised', () => {
    const s = normalizeLogAnalyticsRow({ ...nonInteractive, ResultType: undefined, IncomingTokenType: 'Refresh token' });
    expect(s.ResultType).toBe('50173');
    expect(s.IncomingTokenType).toBe('refreshToken');
  });

  test('failed policies are found in JSON text too (the non-interactive table stores the list as text)', () => {
    const policies = JSON.stringify([
      { displayName: 'Require MFA', result: 'success' },
      { displayName: 'Block "legacy"; auth', result: 'failure' },
      { displayName: 'Report only', result: 'reportOnlyFailure' },
    ]);
    expect(normalizeLogAnalyticsRow({ ...nonInteractive, ConditionalAccessPolicies: policies }).ConditionalAccessPoliciesFailed).toBe('Block "legacy"; auth');
    const none = JSON.stringify([{ displayName: 'Report only', result: 'reportOnlyFailure' }]);
    expect(normalizeLogAnalyticsRow({ ...nonInteractive, ConditionalAccessPolicies: none }).ConditionalAccessPoliciesFailed).toBe('');
  });

  test('union exports: X_dynamic / X_string halves are read', () => {
    const s = normalizeLogAnalyticsRow({
      ...nonInteractive,
      LocationDetails: undefined,
      Status: '',
      LocationDetails_dynamic: '',
      LocationDetails_string: '{"city":"Oslo"}',
      Status_dynamic: { errorCode: 50126, failureReason: 'Invalid password' },
    });
    expect(s.City).toBe('Oslo');
    expect(s.FailureReason).toBe('Invalid password');
  });

  test.each([
    [{ ...interactive, Id: '' }, /no Id/],
    [{ ...interactive, CreatedDateTime: 'yesterday', TimeGenerated: undefined }, /CreatedDateTime "yesterday" is not a time/],
    [{ ...interactive, CreatedDateTime: undefined, TimeGenerated: undefined }, /no CreatedDateTime/],
    [{ ...interactive, Type: 'AuditLogs' }, /Type AuditLogs is not a user sign-in table/],
    [{ ...interactive, Type: 'AADServicePrincipalSignInLogs' }, /service-principal/],
    [{ ...interactive, UserPrincipalName: '', UserId: '', ServicePrincipalName: 'backup-app' }, /service-principal sign-in \(backup-app\)/],
  ])('rejects a row that is not a usable user sign-in (%#)', (row, reason) => {
    let caught: unknown;
    try {
      normalizeLogAnalyticsRow(row as Record<string, unknown>);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RowRejection);
    expect((caught as RowRejection).reason).toMatch(reason);
  });

  test('falls back to TimeGenerated when CreatedDateTime is absent', () => {
    const s = normalizeLogAnalyticsRow({ ...nonInteractive, CreatedDateTime: undefined });
    expect(s.CreatedDateTime).toBe(Date.UTC(2024, 4, 1, 11));
  });
});

describe('parseTime', () => {
  test.each([
    ['2021-04-28T14:08:45Z', Date.UTC(2021, 3, 28, 14, 8, 45)],
    ['2021-04-28T14:08:45.2213421+00:00', Date.UTC(2021, 3, 28, 14, 8, 45, 221)],
    ['2021-04-28T14:08:45.5', Date.UTC(2021, 3, 28, 14, 8, 45, 500)],
    ['2021-04-28T16:08:45+02:00', Date.UTC(2021, 3, 28, 14, 8, 45)],
    ['2021-04-28T14:08:45.1Z', Date.UTC(2021, 3, 28, 14, 8, 45, 100)],
    ['2021-04-28T14:08:45.12+00:00', Date.UTC(2021, 3, 28, 14, 8, 45, 120)],
    ['2021-04-28 14:08', Date.UTC(2021, 3, 28, 14, 8)],
    [' 2021-04-28T14:08:45Z ', Date.UTC(2021, 3, 28, 14, 8, 45)],
    ['4/28/2021, 2:08:45.221 PM', Date.UTC(2021, 3, 28, 14, 8, 45, 221)],
    ['4/28/2021, 12:05:00.000 AM', Date.UTC(2021, 3, 28, 0, 5, 0)],
    ['6/18/2024 8:36:22 AM', Date.UTC(2024, 5, 18, 8, 36, 22)],
  ])('%s', (text, ms) => expect(parseTime(text)).toBe(ms));

  test('absent or unreadable values are NaN', () => {
    for (const v of ['', 'soon', null, undefined, '2021-13-01T00:00:00Z', '2021-04-28T14:08:45.Z', '2021-04-28T14:08:45+0x:00', {}]) expect(parseTime(v)).toBeNaN();
    expect(parseTime(new Date(Date.UTC(2024, 0, 1)))).toBe(Date.UTC(2024, 0, 1));
  });

  test.each([
    ['2024-02-31T00:00:00Z', 'there is no day 31 in 2024-02'],
    ['2023-02-29', 'there is no day 29 in 2023-02'],
    ['2024-04-31T10:00:00.000Z', 'there is no day 31 in 2024-04'],
    ['2/30/2024, 1:00:00 PM', 'there is no day 30 in 2024-02'],
    ['0099-05-01T10:00:00Z', 'the year 0099 is outside 1970–9999'],
    ['0000-01-01T00:00:00Z', 'the year 0000 is outside 1970–9999'],
    ['1899-12-31', 'the year 1899 is outside 1970–9999'],
    ['2024-05-01T24:00:00Z', 'there is no time of day 24:00:00'],
    ['2024-05-01T10:00:60Z', 'there is no time of day 10:00:60'],
    ['2024-05-01T10:00:00+25:00', 'there is no UTC offset +25:00'],
    ['13:00', 'it is not an ISO 8601 or en-US date-time'],
  ])('%s is not a time, not rolled over: %s', (text, why) => {
    expect(parseTime(text)).toBeNaN();
    expect(timeProblem(text)).toBe(why);
  });

  test('numbers are not times: no source writes one, and seconds and milliseconds cannot be told apart', () => {
    for (const n of [1e20, 1714557600000, 1714557600, -1, Number.MAX_VALUE]) {
      expect(parseTime(n)).toBeNaN();
      expect(timeProblem(n)).toBe('it is a number, not a date-time text');
    }
    expect(parseTime(new Date(8.64e15 + 1))).toBeNaN();
    expect(parseTime(new Date(Date.UTC(10000, 0, 1)))).toBeNaN();
    expect(timeProblem('2024-02-29T12:00:00Z')).toBe('');
  });
});
