/** The charts take the analyses' result rows as they are: run each analysis on a small table and chart its rows. */
import { authMethods } from '../../src/analyses/auth-methods';
import { failureTriage } from '../../src/analyses/failure-triage';
import { legacyAuth } from '../../src/analyses/legacy-auth';
import { tokenReplay } from '../../src/analyses/token-replay';
import { userTimeline } from '../../src/analyses/user-timeline';
import { volumeRatio } from '../../src/analyses/volume-ratio';
import {
  authMethodsChart,
  compileSpec,
  failureCodesChart,
  legacyClientsChart,
  ratioChart,
  replayPairsChart,
  userTimelineChart,
  type VegaLiteSpec,
} from '../../src/charts';
import { tableFromRows } from '../../src/table/table-builder';
import type { SignIn } from '../../src/schema/fields';

const t0 = Date.UTC(2024, 4, 1, 8);
const rows: Partial<SignIn>[] = [];
let id = 0;
const add = (r: Partial<SignIn>) => rows.push({ Id: `r${id++}`, ResultType: '0', ...r });
add({ CreatedDateTime: t0, IsInteractive: true, UserPrincipalName: 'alice@contoso.com', IPAddress: '203.0.113.5', City: 'Oslo', Latitude: 59.9, Longitude: 10.7, AppDisplayName: 'Office 365', ClientAppUsed: 'Browser', MfaAuthMethod: 'Mobile app notification' });
for (let k = 0; k < 60; k++) {
  add({ CreatedDateTime: t0 + (k + 1) * 60_000, IsInteractive: false, UserPrincipalName: 'alice@contoso.com', IPAddress: '198.51.100.9', City: 'Lagos', Latitude: 6.5, Longitude: 3.4, AppDisplayName: 'Microsoft Teams', ClientAppUsed: 'Mobile Apps and Desktop clients', IncomingTokenType: 'refreshToken' });
}
add({ CreatedDateTime: t0 + 3_600_000, IsInteractive: true, UserPrincipalName: 'bob@contoso.com', IPAddress: '192.0.2.7', ClientAppUsed: 'IMAP4', ResultType: '50126', AppDisplayName: 'Office 365 Exchange Online' });
add({ CreatedDateTime: t0 + 3_700_000, IsInteractive: true, UserPrincipalName: 'bob@contoso.com', IPAddress: '192.0.2.7', ClientAppUsed: 'IMAP4', AppDisplayName: 'Office 365 Exchange Online' });
const table = tableFromRows(rows);

async function expectClean(spec: VegaLiteSpec): Promise<void> {
  expect((await compileSpec(spec)).warnings).toEqual([]);
}

/** The spec's inline data, or for a layered spec the layer drawing the rows (the first whose mark is not a guide: line, rule, area, text). */
function dataOf(spec: VegaLiteSpec): unknown[] {
  const s = spec as { data?: { values: unknown[] }; layer?: { mark: unknown; data: { values: unknown[] } }[] };
  if (s.data) return s.data.values;
  const main = s.layer?.find((l) => !['rule', 'line', 'area', 'text'].includes(typeof l.mark === 'string' ? l.mark : (l.mark as { type: string }).type));
  return main?.data.values ?? [];
}

test('volume-ratio rows → ratioChart', async () => {
  const result = volumeRatio.run(table);
  const spec = ratioChart(result.rows);
  await expectClean(spec);
  const finite = result.rows.filter((r) => r.Ratio !== null).length;
  expect(dataOf(spec).length).toBe(Math.min(finite, 30));
});

test('token-replay rows → replayPairsChart', async () => {
  const result = tokenReplay.run(table);
  const spec = replayPairsChart(result.rows);
  await expectClean(spec);
  const placed = result.rows.filter((r) => r.DistanceKm !== null && r.GapMinutes !== null).length;
  expect(dataOf(spec).length).toBe(placed);
});

test('legacy-auth rows → legacyClientsChart, summed per client', async () => {
  const result = legacyAuth.run(table);
  const spec = legacyClientsChart(result.rows);
  await expectClean(spec);
  const clients = new Set(result.rows.map((r) => r.ClientAppUsed));
  expect(dataOf(spec).length).toBe(clients.size);
});

test('failure-triage rows → failureCodesChart', async () => {
  const spec = failureCodesChart(failureTriage.run(table).rows);
  await expectClean(spec);
  expect(JSON.stringify(dataOf(spec))).toContain('"ResultType":"50126"');
});

test('auth-methods rows → authMethodsChart', async () => {
  const result = authMethods.run(table);
  const spec = authMethodsChart(result.rows);
  await expectClean(spec);
  expect(dataOf(spec).length).toBe(result.rows.length);
});

test('user-timeline rows → userTimelineChart', async () => {
  const result = userTimeline.run(table, { user: 'alice@contoso.com' });
  const spec = userTimelineChart(result.rows);
  await expectClean(spec);
  expect(dataOf(spec).length).toBe(result.rows.length);
});
