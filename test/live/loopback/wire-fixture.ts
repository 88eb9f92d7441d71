/**
 * Rows of both sign-in tables as the Log Analytics API holds them: every column of each table (src/schema/columns.ts),
 * datetimes as 7-digit UTC text, dynamic cells as JSON text, absent strings as "". A few hundred rows over two days,
 * deterministic, with the awkward cases a pull must survive: rows exactly on bisection boundaries and 100 ns either side
 * of them, a burst sharing one timestamp, a UPN with quotes and a backslash, a repeated Id, and a service-principal row
 * the normalizer rejects. A password spray from one IP gives the analyses something to find.
 */
import { columnsOf } from '../../../src/schema/columns';
import type { TableName } from '../../../src/schema/table-names';

export type WireRow = Record<string, unknown>;
export type WireTables = Record<TableName, WireRow[]>;

export const FIXTURE_START = Date.parse('2024-05-01T00:00:00Z');
export const FIXTURE_END = Date.parse('2024-05-03T00:00:00Z');
export const FIXTURE_TIMESPAN = '2024-05-01T00:00:00Z/2024-05-03T00:00:00Z';
export const SPRAY_IP = '203.0.113.7';

export const USERS = [
  'Ann.Lee@Contoso.com',
  "o'brien@contoso.com",
  'bob@contoso.com',
  'carol@contoso.com',
  'dave@contoso.com',
  'erin@contoso.com',
  'frank@contoso.com',
  'x"y\\z@contoso.com',
] as const;
const HOME_IPS = ['198.51.100.10', '198.51.100.11', '198.51.100.12', '192.0.2.44'];

/** 7-digit UTC text for epoch ms plus extra 100 ns ticks, as the service writes TimeGenerated. */
export function wireTime(ms: number, ticks = 0): string {
  return new Date(ms).toISOString().replace('Z', '').replace(/\.(\d{3})$/, (_, d: string) => `.${d}${String(ticks).padStart(4, '0')}Z`);
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Event {
  ms: number;
  ticks: number;
  user: string;
  ip: string;
  ok: boolean;
  servicePrincipal?: boolean;
}

function emptyCell(type: string): unknown {
  switch (type) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'long':
    case 'int':
      return 0;
    case 'real':
      return null;
    case 'dynamic':
      return '[]';
    default:
      return null;
  }
}

function wireRow(table: TableName, e: Event, id: string): WireRow {
  const interactive = table === 'SigninLogs';
  const row: WireRow = {};
  for (const c of columnsOf(table)) row[c.name] = emptyCell(c.type);
  const location = { city: e.ip === SPRAY_IP ? 'Lagos' : 'Seattle', state: '', countryOrRegion: e.ip === SPRAY_IP ? 'NG' : 'US', geoCoordinates: { latitude: 47.6, longitude: -122.3 } };
  const device = { deviceId: '', displayName: '', operatingSystem: 'Windows 10', browser: 'Edge 124.0', isCompliant: false, isManaged: false, trustType: '' };
  const status = e.ok ? { errorCode: 0, additionalDetails: 'MFA requirement satisfied by claim in the token' } : { errorCode: 50126, failureReason: 'Invalid username or password or Invalid on-premise username or password.' };
  const steps = [{ authenticationStepDateTime: wireTime(e.ms), authenticationMethod: 'Password', succeeded: e.ok, authenticationStepResultDetail: e.ok ? 'Correct password' : 'Invalid username or password' }];
  Object.assign(row, {
    TenantId: '00000000-1111-2222-3333-444444444444',
    SourceSystem: 'Azure AD',
    TimeGenerated: wireTime(e.ms, e.ticks),
    CreatedDateTime: wireTime(e.ms - 2000),
    OperationName: 'Sign-in activity',
    Category: interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs',
    ResultType: e.ok ? '0' : '50126',
    ResultDescription: e.ok ? '' : 'Invalid username or password or Invalid on-premise username or password.',
    Id: id,
    CorrelationId: `c-${id}`,
    IsInteractive: interactive,
    Type: table,
    UserPrincipalName: e.servicePrincipal ? '' : e.user,
    UserDisplayName: e.servicePrincipal ? '' : e.user.split('@')[0],
    UserId: e.servicePrincipal ? '' : `uid-${USERS.indexOf(e.user as (typeof USERS)[number])}`,
    ServicePrincipalId: e.servicePrincipal ? 'sp-0001' : '',
    UserType: 'Member',
    IPAddress: e.ip,
    AutonomousSystemNumber: e.ip === SPRAY_IP ? '37148' : '8075',
    AppDisplayName: interactive ? 'Microsoft Office 365 Portal' : 'Microsoft Teams',
    AppId: interactive ? '00000006-0000-0ff1-ce00-000000000000' : '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
    ResourceDisplayName: 'Microsoft Graph',
    ClientAppUsed: 'Browser',
    UserAgent: 'Mozilla/5.0 <script>alert(1)</script>',
    ConditionalAccessStatus: 'notApplied',
    AuthenticationRequirement: 'singleFactorAuthentication',
    AuthenticationProtocol: 'none',
    IncomingTokenType: interactive ? 'none' : 'refreshToken',
    TokenIssuerType: 'AzureAD',
    SessionId: `s-${e.user.length}-${Math.floor(e.ms / 3_600_000)}`,
    UniqueTokenIdentifier: `t-${id}`,
    RiskLevelDuringSignIn: 'none',
    RiskLevelAggregated: 'none',
    RiskState: 'none',
    CrossTenantAccessType: 'none',
    LocationDetails: JSON.stringify(location),
    DeviceDetail: JSON.stringify(device),
    Status: JSON.stringify(status),
    AuthenticationDetails: JSON.stringify(steps),
    ConditionalAccessPolicies: JSON.stringify([{ id: 'p1', displayName: 'Require MFA "admins"', result: 'notApplied' }]),
    MfaDetail: interactive ? '{}' : '',
  });
  if (!interactive) row.SignInEventTypes = '["nonInteractiveUser"]';
  return row;
}

/** The fixture: both tables, in no particular order (the server must not rely on it). */
export function wireFixture(): WireTables {
  const rand = prng(20240501);
  const span = FIXTURE_END - FIXTURE_START;
  const events: Record<TableName, Event[]> = { SigninLogs: [], AADNonInteractiveUserSignInLogs: [] };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < 110; i++) {
    const user = pick(USERS);
    events.SigninLogs.push({ ms: FIXTURE_START + Math.floor(rand() * span), ticks: Math.floor(rand() * 10_000), user, ip: HOME_IPS[USERS.indexOf(user) % HOME_IPS.length], ok: rand() > 0.1 });
  }
  for (let i = 0; i < 200; i++) {
    const user = pick(USERS);
    events.AADNonInteractiveUserSignInLogs.push({ ms: FIXTURE_START + Math.floor(rand() * span), ticks: Math.floor(rand() * 10_000), user, ip: HOME_IPS[USERS.indexOf(user) % HOME_IPS.length], ok: true });
  }
  // A spray: one IP, every user, a wrong password, minutes apart.
  const sprayAt = Date.parse('2024-05-01T03:10:00Z');
  USERS.forEach((user, k) => events.SigninLogs.push({ ms: sprayAt + k * 45_000, ticks: 0, user, ip: SPRAY_IP, ok: false }));
  // Boundary rows: the first split of the two-day window is at 2024-05-02T00:00Z, the next ones at 12:00 of each day.
  for (const at of ['2024-05-02T00:00:00Z', '2024-05-01T12:00:00Z', '2024-05-02T12:00:00Z']) {
    const ms = Date.parse(at);
    for (const table of ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const) {
      events[table].push({ ms, ticks: 0, user: 'bob@contoso.com', ip: HOME_IPS[2], ok: true });
      events[table].push({ ms: ms - 1, ticks: 9999, user: 'carol@contoso.com', ip: HOME_IPS[3], ok: true });
      events[table].push({ ms, ticks: 1, user: 'dave@contoso.com', ip: HOME_IPS[0], ok: true });
    }
  }
  // A burst of refreshes sharing one timestamp.
  const burst = Date.parse('2024-05-01T18:30:00Z');
  for (let i = 0; i < 6; i++) events.AADNonInteractiveUserSignInLogs.push({ ms: burst, ticks: 1234, user: 'erin@contoso.com', ip: HOME_IPS[1], ok: true });
  // A service principal that reached the user table: the normalizer must reject it, visibly.
  events.AADNonInteractiveUserSignInLogs.push({ ms: burst + 60_000, ticks: 0, user: '', ip: HOME_IPS[0], ok: true, servicePrincipal: true });

  const out: WireTables = { SigninLogs: [], AADNonInteractiveUserSignInLogs: [] };
  for (const table of ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const) {
    events[table].forEach((e, i) => out[table].push(wireRow(table, e, `${table === 'SigninLogs' ? 'i' : 'n'}-${String(i).padStart(4, '0')}`)));
  }
  // The same event ingested twice (Log Analytics can), an hour apart: one copy must be counted as a duplicate.
  const again = { ...out.SigninLogs[5], TimeGenerated: wireTime(Date.parse(String(out.SigninLogs[5].TimeGenerated).slice(0, 23) + 'Z') + 3_600_000) };
  if (Date.parse(String(again.TimeGenerated).slice(0, 23) + 'Z') >= FIXTURE_END) again.TimeGenerated = wireTime(FIXTURE_START + 1000);
  out.SigninLogs.push(again);
  return out;
}
