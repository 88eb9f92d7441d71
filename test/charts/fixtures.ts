/** Small inline inputs for every chart, shared by the golden, compile and render tests. */
import { tableFromRows } from '../../src/table/table-builder';
import {
  authMethodsChart,
  failureCodesChart,
  legacyClientsChart,
  ratioChart,
  replayPairsChart,
  replayMapChart,
  signInMapChart,
  userTimelineChart,
  volumeChart,
  type VegaLiteSpec,
} from '../../src/charts';

const t0 = Date.UTC(2024, 4, 1, 8, 0, 0);
const min = 60_000;

export const timelineTable = tableFromRows([
  { Id: 'a1', CreatedDateTime: t0, IsInteractive: true, UserPrincipalName: 'alice@contoso.com', IPAddress: '203.0.113.5', AppDisplayName: 'Office 365', ResultType: '0', City: 'Oslo', CountryOrRegion: 'NO', Latitude: 59.91, Longitude: 10.75 },
  { Id: 'a2', CreatedDateTime: t0 + 5 * min, IsInteractive: false, UserPrincipalName: 'alice@contoso.com', IPAddress: '203.0.113.5', AppDisplayName: 'Office 365', ResultType: '0', City: 'Oslo', CountryOrRegion: 'NO', Latitude: 59.91, Longitude: 10.75 },
  { Id: 'a3', CreatedDateTime: t0 + 65 * min, IsInteractive: false, UserPrincipalName: 'alice@contoso.com', IPAddress: '198.51.100.9', AppDisplayName: 'Microsoft Teams', ResultType: '0', City: 'Lagos', CountryOrRegion: 'NG', Latitude: 6.45, Longitude: 3.39 },
  { Id: 'a4', CreatedDateTime: t0 + 26 * 60 * min, IsInteractive: true, UserPrincipalName: 'alice@contoso.com', IPAddress: '198.51.100.9', AppDisplayName: 'Office 365', ResultType: '50126', City: 'Lagos', CountryOrRegion: 'NG', Latitude: 6.45, Longitude: 3.39 },
]);

/** Every chart with a small input: name → spec. Names are the golden file names. */
export function allCharts(): Record<string, VegaLiteSpec> {
  return {
    'volume-hourly': volumeChart(timelineTable),
    'volume-daily-log': volumeChart(
      [
        { TimeGenerated: '2024-05-01T00:00:00Z', Type: 'SigninLogs', SignIns: 12 },
        { TimeGenerated: '2024-05-01T00:00:00Z', Type: 'AADNonInteractiveUserSignInLogs', SignIns: 940 },
        { TimeGenerated: Date.UTC(2024, 4, 2), Type: 'SigninLogs', SignIns: 9 },
        { TimeGenerated: Date.UTC(2024, 4, 2), Type: 'AADNonInteractiveUserSignInLogs', SignIns: 1210 },
      ],
      { bin: 'day', log: true },
    ),
    'ratio-per-user': ratioChart([
      { UserPrincipalName: 'alice@contoso.com', Interactive: 4, NonInteractive: 2400, Ratio: 600, Assessment: 'suspicious' },
      { UserPrincipalName: 'bob@contoso.com', Interactive: 20, NonInteractive: 800, Ratio: 40, Assessment: 'normal' },
      { UserPrincipalName: 'svc@contoso.com', Interactive: 0, NonInteractive: 90, Ratio: null, Assessment: 'too few events' },
      { UserPrincipalName: 'carol@contoso.com', Interactive: 10, NonInteractive: 1200, Ratio: 120, Assessment: 'elevated' },
    ]),
    'replay-pairs': replayPairsChart([
      { UserPrincipalName: 'alice@contoso.com', DistanceKm: 5200, GapMinutes: 12, IncomingTokenTypes: 'refreshToken', Score: 9, Severity: 'high', InteractiveIPAddress: '203.0.113.5', RefreshIPAddress: '198.51.100.9', InteractiveCity: 'Oslo', RefreshCity: 'Lagos' },
      { UserPrincipalName: 'bob@contoso.com', DistanceKm: 40, GapMinutes: 90, IncomingTokenTypes: 'primaryRefreshToken', Score: 1 },
      { UserPrincipalName: 'carol@contoso.com', DistanceKm: null, GapMinutes: 3, IncomingTokenTypes: '' },
    ]),
    'legacy-clients': legacyClientsChart([
      { ClientAppUsed: 'IMAP4', Successes: 3, Failures: 120 },
      { ClientAppUsed: 'Authenticated SMTP', Successes: 0, Failures: 44 },
      { ClientAppUsed: 'Exchange ActiveSync', Successes: 17, Failures: 2 },
      { ClientAppUsed: 'IMAP4', Successes: 1, Failures: 0 },
    ]),
    'failure-codes': failureCodesChart([
      { ResultType: '0', SignIns: 900 },
      { ResultType: '50126', SignIns: 120 },
      { ResultType: 50126, SignIns: 30 },
      { ResultType: '50074', SignIns: 60 },
      { ResultType: '999999', SignIns: 2 },
    ]),
    'auth-methods': authMethodsChart([
      { Type: 'SigninLogs', AuthenticationMethod: 'Password', SignIns: 40 },
      { Type: 'SigninLogs', AuthenticationMethod: 'Mobile app notification', SignIns: 25 },
      { Type: 'AADNonInteractiveUserSignInLogs', AuthenticationMethod: 'Previously satisfied', SignIns: 3000 },
      { Type: 'AADNonInteractiveUserSignInLogs', AuthenticationMethod: '', SignIns: 12 },
    ]),
    'user-timeline-ip': userTimelineChart(timelineTable),
    'user-timeline-app': userTimelineChart(timelineTable.rows(), { y: 'AppDisplayName' }),
    'sign-in-map': signInMapChart(timelineTable),
    'replay-map': replayMapChart(
      [
        { UserPrincipalName: 'alice@contoso.com', InteractiveIPAddress: '203.0.113.5', RefreshIPAddress: '198.51.100.9', InteractiveCity: 'Oslo', RefreshCity: 'Lagos', DistanceKm: 5900, GapMinutes: 60, Score: 80, Severity: 'high' },
        { UserPrincipalName: 'alice@contoso.com', InteractiveIPAddress: '203.0.113.5', RefreshIPAddress: '192.0.2.1', DistanceKm: null, GapMinutes: 5, Severity: 'informational' },
      ],
      timelineTable,
    ),
  };
}

/** A spec as its golden file holds it: the inline world topology (100 KB from world-atlas) named, not copied. */
export function forGolden(spec: VegaLiteSpec): unknown {
  return JSON.parse(JSON.stringify(spec), (key, value) =>
    key === 'values' && value && typeof value === 'object' && !Array.isArray(value) && (value as { type?: string }).type === 'Topology'
      ? '(world-atlas countries-110m.json)'
      : value,
  );
}
