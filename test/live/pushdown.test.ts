/**
 * pushdown runs an analysis's KQL twin in the workspace and gives rows of the local run's shape, with findings from
 * findingsFromRows. The loopback server cannot execute KQL, so it checks it received exactly the twin's text and
 * answers what a workspace would: the local run's rows, encoded on the wire (datetimes as 7-digit text, sets as JSON).
 */
import type { Analysis } from '../../src/analyses/analysis';
import { passwordSpray } from '../../src/analyses/password-spray';
import { isUserError } from '../../src/errors';
import { loadText } from '../../src/sources/files/load-files';
import { pushdown } from '../../src/sources/live/pushdown';
import type { LoopbackServer, ServerOptions } from './loopback/log-analytics-server';
import { clientOptionsFor, fixtureServer, standInCredential, TOKEN, WORKSPACE } from './loopback/live-harness';
import { onTheWire } from './loopback/on-the-wire';
import { FIXTURE_TIMESPAN, wireFixture } from './loopback/wire-fixture';

const servers: LoopbackServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));


async function localRun() {
  const fixture = wireFixture();
  const rows = [...fixture.SigninLogs, ...fixture.AADNonInteractiveUserSignInLogs];
  const { table } = await loadText(rows.map((r) => JSON.stringify(r)).join('\n'), 'fixture.jsonl');
  return passwordSpray.run(table, { minAccounts: 4 });
}

async function withServer(extra: Partial<ServerOptions>) {
  const server = await fixtureServer(extra);
  servers.push(server);
  return { server, options: { workspaceId: WORKSPACE, credential: standInCredential(), ...(await clientOptionsFor(server)) } };
}

test('password-spray pushed down: the same rows and findings as the local run', async () => {
  const local = await localRun();
  expect(local.findings.length).toBeGreaterThan(0);
  const scope = { timespan: FIXTURE_TIMESPAN, ip: '203.0.113.7' };
  const expectedQuery = passwordSpray.kql({ minAccounts: 4 }, scope);
  const { server, options } = await withServer({ answer: (q) => (q === expectedQuery ? onTheWire(local.rows as unknown as Record<string, unknown>[]) : undefined) });
  const pushed = await pushdown(passwordSpray, { ...options, overrides: { minAccounts: 4 }, scope });
  expect(pushed.rows).toEqual(local.rows);
  expect(pushed.parameters).toEqual(local.parameters);
  expect(pushed.findings).toEqual(local.findings.map((f) => ({ ...f, evidence: { ...f.evidence, rows: [] } })));
  expect(pushed.warnings).toEqual([]);
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0].timespan).toBe('2024-05-01T00:00:00.000Z/2024-05-03T00:00:00.000Z');
});

const countOnly: Analysis<{ top: number }, { UserPrincipalName: string; SignIns: number }> = {
  id: 'count-only',
  title: 'Sign-ins per user',
  question: 'Who signs in most?',
  tables: ['SigninLogs'],
  parameters: { top: { default: 10, description: 'Users to show.', source: 'test' } },
  run: () => {
    throw new Error('not used');
  },
  kql: (o) => `SigninLogs | summarize SignIns = count() by UserPrincipalName | top ${o?.top ?? 10} by SignIns`,
};

test('an analysis without findingsFromRows gives rows and a warning saying so', async () => {
  const { server, options } = await withServer({
    answer: () => ({ name: 'PrimaryResult', columns: [{ name: 'UserPrincipalName', type: 'string' }, { name: 'SignIns', type: 'long' }], rows: [['ann@contoso.com', 12]] }),
  });
  const pushed = await pushdown(countOnly, { ...options, timespan: 'P1D' });
  // A duration goes to the service as is: its clock, not ours, ends the window.
  expect(server.requests[0].timespan).toBe('P1D');
  expect(pushed.rows).toEqual([{ UserPrincipalName: 'ann@contoso.com', SignIns: 12 }]);
  expect(pushed.findings).toEqual([]);
  expect(pushed.warnings).toEqual([expect.stringMatching(/count-only cannot derive findings from its result rows/)]);
});

test('a query the workspace refuses reads as a UserError without the token', async () => {
  const { options } = await withServer({});
  const e = await pushdown(countOnly, options).catch((x: Error) => x);
  expect(isUserError(e)).toBe(true);
  expect((e as Error).message).toMatch(/refused the query \(400\): BadArgumentError: .* SyntaxError/);
  expect((e as Error).message).not.toContain(TOKEN);
});

test('a partial answer is an error, never a short result', async () => {
  const { options } = await withServer({
    answerPartially: true,
    answer: () => ({ name: 'PrimaryResult', columns: [{ name: 'UserPrincipalName', type: 'string' }, { name: 'SignIns', type: 'long' }], rows: [['ann@contoso.com', 12]] }),
  });
  const e = await pushdown(countOnly, options).catch((x: Error) => x);
  expect(isUserError(e)).toBe(true);
  expect((e as Error).message).toMatch(/count-only: the workspace answered only in part \(There were some errors.*\); narrow the timespan/);
});
