/** Small inline sign-in records in each source's shape, and a temp-dir helper, shared by the loader tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadResult } from '../../src/sources/files/load-files';

/** A Log Analytics row (SigninLogs shape unless overridden). */
export function laRow(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    TimeGenerated: '2024-05-01T10:00:05.1234567Z',
    CreatedDateTime: '2024-05-01T10:00:00Z',
    Type: 'SigninLogs',
    Id: id,
    UserPrincipalName: 'Ann@Contoso.com',
    UserId: 'u-ann',
    IPAddress: '203.0.113.5',
    ResultType: '0',
    LocationDetails: { city: 'Oslo', countryOrRegion: 'NO' },
    ...extra,
  };
}

/** A Graph beta signIn object. */
export function graphSignIn(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    createdDateTime: '2024-05-01T11:00:00Z',
    userPrincipalName: 'Bob@Contoso.com',
    userId: 'u-bob',
    userType: 'member',
    ipAddress: '198.51.100.7',
    isInteractive: true,
    signInEventTypes: ['interactiveUser'],
    autonomousSystemNumber: 3320,
    incomingTokenType: 'Primary Refresh Token',
    status: { errorCode: 50126, failureReason: 'Invalid username or password' },
    location: { city: 'Mombasa', state: 'Coast', countryOrRegion: 'KE', geoCoordinates: {} },
    deviceDetail: { deviceId: '', operatingSystem: 'Windows 10', browser: 'Chrome 99', isCompliant: false },
    appliedConditionalAccessPolicies: [{ displayName: 'Block KE', result: 'failure' }],
    authenticationDetails: [{ authenticationMethod: 'Password', succeeded: false, authenticationStepResultDetail: 'Invalid password' }],
    mfaDetail: null,
    ...extra,
  };
}

/** A diagnostic-settings record around a Graph-shaped sign-in. */
export function diagnosticRecord(id: string, category = 'NonInteractiveUserSignInLogs'): Record<string, unknown> {
  return {
    time: '2025-02-01T16:27:59.3432132Z',
    category,
    operationName: 'Sign-in activity',
    resultType: '50097',
    properties: {
      id,
      createdDateTime: '2025-02-01T16:26:24.6955459+00:00',
      userPrincipalName: 'carol@contoso.com',
      userId: 'u-carol',
      status: { errorCode: 50097, additionalDetails: 'MFA requirement satisfied by claim in the token' },
      location: { city: 'Chengdu', countryOrRegion: 'CN', geoCoordinates: { latitude: 30.65, longitude: 104.06 } },
      isInteractive: false,
      incomingTokenType: 'refreshToken',
    },
  };
}

/** A temporary directory with the given files; returns the directory and a cleanup. */
export function tempFiles(files: Record<string, string | Buffer>): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-load-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The invariant every load keeps: each row offered is loaded, a duplicate, or rejected. */
export function expectAccounted(r: LoadResult): void {
  expect(r.table.length + r.duplicates + r.rejected.length).toBe(r.offered);
  for (const f of r.files) expect(f.loaded + f.rejected).toBeLessThanOrEqual(f.offered);
}
