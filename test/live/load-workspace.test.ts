/**
 * loadWorkspace against the loopback Log Analytics server, through the real LogsQueryClient and its bearer-token
 * pipeline over TLS: every row of both tables arrives exactly once whatever the chunking, throttling and transient
 * failures are retried, partial answers are completed, and errors read clearly without the token.
 */
import { isUserError } from '../../src/errors';
import { loadWorkspace, type WorkspaceOptions } from '../../src/sources/live/load-workspace';
import type { PullProgress } from '../../src/sources/live/pull-table';
import { readPullQuery } from './loopback/read-pull-query';
import type { LoopbackServer, ServerOptions } from './loopback/log-analytics-server';
import { clientOptionsFor, fixtureServer, FORBIDDEN_WORKSPACE, OTHER_WORKSPACE, standInCredential, TOKEN, WORKSPACE } from './loopback/live-harness';
import { FIXTURE_TIMESPAN, SPRAY_IP, USERS, wireFixture } from './loopback/wire-fixture';

const servers: LoopbackServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function pull(server: Partial<ServerOptions>, options: Partial<WorkspaceOptions> = {}) {
  const s = await fixtureServer(server);
  servers.push(s);
  const waits: number[] = [];
  const result = await loadWorkspace({
    workspaceId: WORKSPACE,
    timespan: FIXTURE_TIMESPAN,
    credential: standInCredential(),
    ...(await clientOptionsFor(s)),
    retry: { baseDelayMs: 1, sleep: async (ms) => void waits.push(ms) },
    ...options,
  });
  return { result, server: s, waits };
}

async function failure(server: Partial<ServerOptions>, options: Partial<WorkspaceOptions> = {}): Promise<Error> {
  try {
    await pull(server, options);
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the pull to fail');
}

/** The server the last pull used. */
const lastServer = () => servers[servers.length - 1];

const fixture = wireFixture();
const allIds = new Set([...fixture.SigninLogs, ...fixture.AADNonInteractiveUserSignInLogs].map((r) => String(r.Id)));
const offered = fixture.SigninLogs.length + fixture.AADNonInteractiveUserSignInLogs.length;
/** One service-principal row is rejected; one SigninLogs row is ingested twice. */
const expectedIds = new Set([...allIds].filter((id) => id !== fixture.AADNonInteractiveUserSignInLogs.find((r) => r.ServicePrincipalId)!.Id));

function idsOf(result: { table: { length: number; get(k: number, f: 'Id'): string } }): string[] {
  return Array.from({ length: result.table.length }, (_, k) => result.table.get(k, 'Id'));
}

describe('loadWorkspace pulls every row exactly once', () => {
  test('in one answer per table when nothing is capped', async () => {
    const { result, server } = await pull({});
    expect(new Set(idsOf(result))).toEqual(expectedIds);
    expect(result.table.length).toBe(expectedIds.size);
    expect(result.rows).toEqual({ SigninLogs: fixture.SigninLogs.length - 1, AADNonInteractiveUserSignInLogs: fixture.AADNonInteractiveUserSignInLogs.length - 1 });
    expect({ offered: result.offered, duplicates: result.duplicates, rejected: result.rejected.length }).toEqual({ offered, duplicates: 1, rejected: 1 });
    expect(result.table.length + result.duplicates + result.rejected.length).toBe(result.offered);
    expect(result.rejected[0]).toEqual({ file: `AADNonInteractiveUserSignInLogs in workspace ${WORKSPACE}`, line: 0, reason: expect.stringMatching(/^Id "n-\d+": service-principal/) });
    expect(result.files.map((f) => [f.file.split(' ')[0], f.offered, f.loaded, f.rejected])).toEqual([
      ['SigninLogs', fixture.SigninLogs.length, fixture.SigninLogs.length - 1, 0],
      ['AADNonInteractiveUserSignInLogs', fixture.AADNonInteractiveUserSignInLogs.length, fixture.AADNonInteractiveUserSignInLogs.length - 1, 1],
    ]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests.every((r) => r.authorized && r.status === 200)).toBe(true);
  });

  test('bisecting windows whose answers come back partial, with no window asked twice or left out', async () => {
    const progress: PullProgress[] = [];
    const { result, server } = await pull({ rowCap: 40 }, { maxRowsPerQuery: 40, onProgress: (p) => progress.push(p) });
    expect(new Set(idsOf(result))).toEqual(expectedIds);
    expect(result.offered).toBe(offered);
    expect(result.duplicates).toBe(1);
    expect(result.queries.SigninLogs!.splits).toBeGreaterThan(0);
    expect(result.queries.AADNonInteractiveUserSignInLogs!.splits).toBeGreaterThan(2);
    // The windows whose answers were kept tile the timespan exactly, per table.
    for (const table of ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const) {
      const kept = progress.filter((p) => p.table === table && p.outcome === 'rows').map((p) => [p.window.start.getTime(), p.window.end.getTime()]);
      kept.sort((a, b) => a[0] - b[0]);
      expect(kept[0][0]).toBe(Date.parse('2024-05-01T00:00:00Z'));
      expect(kept[kept.length - 1][1]).toBe(Date.parse('2024-05-03T00:00:00Z'));
      for (let i = 1; i < kept.length; i++) expect(kept[i][0]).toBe(kept[i - 1][1]);
      expect(progress.filter((p) => p.table === table).at(-1)!.done).toBe(1);
    }
    // Every answer the server marked partial was split, never kept.
    expect(server.requests.filter((r) => r.rows === 40).length).toBeGreaterThan(0);
    expect(server.requests.every((r) => readPullQuery(r.query) !== undefined)).toBe(true);
  });

  test('distrusting an unmarked answer of exactly the cap', async () => {
    const { result } = await pull({ silentCap: 30 }, { maxRowsPerQuery: 30 });
    expect(new Set(idsOf(result))).toEqual(expectedIds);
    expect(result.queries.AADNonInteractiveUserSignInLogs!.splits).toBeGreaterThan(0);
  });

  test('normalizing dynamic cells from SigninLogs (objects) and JSON text from the other table alike', async () => {
    const { result } = await pull({});
    const rows = result.table.rows();
    const interactive = rows.find((r) => r.Type === 'SigninLogs' && r.IPAddress === SPRAY_IP)!;
    const refresh = rows.find((r) => r.Type === 'AADNonInteractiveUserSignInLogs')!;
    expect([interactive.City, interactive.CountryOrRegion, interactive.ResultType, interactive.FailureReason]).toEqual([
      'Lagos',
      'NG',
      '50126',
      'Invalid username or password or Invalid on-premise username or password.',
    ]);
    expect([refresh.City, refresh.OperatingSystem, refresh.IsInteractive, refresh.AuthenticationMethods]).toEqual(['Seattle', 'Windows 10', false, 'Password']);
    const boundary = rows.find((r) => r.Id === fixture.SigninLogs.find((w) => w.TimeGenerated === '2024-05-02T00:00:00.0000000Z')!.Id)!;
    expect(boundary.TimeGenerated).toBe(Date.parse('2024-05-02T00:00:00Z'));
  });
});

describe('loadWorkspace filters in the query', () => {
  test('by user, case-insensitively, with quotes and backslashes escaped', async () => {
    for (const user of ['ANN.LEE@contoso.com', USERS[7], USERS[1]]) {
      const { result, server } = await pull({ rowCap: 25 }, { user, maxRowsPerQuery: 25 });
      const expected = [...fixture.SigninLogs, ...fixture.AADNonInteractiveUserSignInLogs].filter((r) => String(r.UserPrincipalName).toLowerCase() === user.toLowerCase());
      expect(new Set(idsOf(result))).toEqual(new Set(expected.map((r) => String(r.Id))));
      expect(result.table.length).toBeGreaterThan(0);
      expect(server.requests.every((r) => readPullQuery(r.query)?.user === user)).toBe(true);
    }
  });

  test('by IP', async () => {
    const { result } = await pull({}, { ip: SPRAY_IP });
    expect(result.table.length).toBe(USERS.length);
    expect(result.table.rows().every((r) => r.IPAddress === SPRAY_IP && r.ResultType === '50126')).toBe(true);
  });

  test('only the tables asked for (the way round a workspace without the non-interactive table)', async () => {
    const { result } = await pull({}, { workspaceId: OTHER_WORKSPACE, tables: ['SigninLogs'] });
    expect(result.rows).toEqual({ SigninLogs: fixture.SigninLogs.length - 1, AADNonInteractiveUserSignInLogs: 0 });
  });

  test('asking the credential for the audience given (the SDK 1.0 ignores its own audience option)', async () => {
    const scopes: unknown[] = [];
    const credential = {
      async getToken(s: string | string[]) {
        scopes.push(s);
        return { token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    await pull({}, { credential, audience: 'https://api.loganalytics.us', tables: ['SigninLogs'] });
    expect(scopes).toContainEqual(['https://api.loganalytics.us/.default']);
    expect(scopes.flat().every((x) => x === 'https://api.loganalytics.us/.default')).toBe(true);
  });

  test('projecting only the columns each table has', async () => {
    const { server } = await pull({});
    const cols = server.requests.map((r) => readPullQuery(r.query)!);
    const interactive = cols.find((c) => c.table === 'SigninLogs')!.columns;
    const other = cols.find((c) => c.table === 'AADNonInteractiveUserSignInLogs')!.columns;
    expect(interactive).toEqual(expect.arrayContaining(['Id', 'TimeGenerated', 'LocationDetails', 'ServicePrincipalName']));
    expect(other).not.toContain('ServicePrincipalName');
    expect(other).toContain('SignInEventTypes');
    expect(interactive).not.toContain('ResourceId');
  });
});

describe('loadWorkspace retries, boundedly', () => {
  test('throttling as the service asks, and transient failures with backoff', async () => {
    const { result, server, waits } = await pull({
      faults: [{ kind: 'throttle', retryAfter: '7' }, { kind: 'status', status: 503 }, { kind: 'reset' }, { kind: 'status', status: 500 }],
    });
    expect(new Set(idsOf(result))).toEqual(expectedIds);
    expect(waits).toHaveLength(4);
    expect(waits[0]).toBe(7000);
    expect(server.requests.map((r) => r.status)).toEqual([429, 503, -1, 500, 200, 200]);
  });

  test('giving up after the last attempt with a clear message', async () => {
    const e = await failure({ faults: Array(10).fill({ kind: 'status', status: 502 }) }, { retry: { attempts: 3, baseDelayMs: 1, sleep: async () => undefined } });
    expect(isUserError(e)).toBe(true);
    expect(e.message).toMatch(/kept failing \(502\) after every retry/);
    expect(lastServer().requests.map((r) => r.status)).toEqual([502, 502, 502]);
  });

  test('refusing to wait longer than the cap a Retry-After asks for', async () => {
    const e = await failure({ faults: [{ kind: 'throttle', retryAfter: '3600' }] });
    expect(e.message).toMatch(/throttling the queries \(429\)/);
    expect(lastServer().requests).toHaveLength(1);
  });
});

describe('loadWorkspace errors read clearly and never show the token', () => {
  const cases: [string, Partial<ServerOptions>, Partial<WorkspaceOptions>, RegExp][] = [
    ['unknown workspace', {}, { workspaceId: '00000000-0000-0000-0000-000000000000' }, /was not found \(404\).*Workspace ID/],
    ['no permission', {}, { workspaceId: FORBIDDEN_WORKSPACE }, /no permission to query workspace 8888.*\(403\).*Log Analytics Reader/],
    ['rejected credentials', {}, { credential: standInCredential('expired-token-0123456789') }, /did not accept the credentials \(401/],
    ['missing table', {}, { workspaceId: OTHER_WORKSPACE }, /table AADNonInteractiveUserSignInLogs does not exist in workspace 9999.*diagnostic setting/],
    ['a single millisecond over the cap', { rowCap: 5 }, { maxRowsPerQuery: 5 }, /single millisecond .* still capped/],
    ['a workspace name instead of its id', {}, { workspaceId: 'contoso-sentinel' }, /not a Workspace ID/],
    ['a bad timespan', {}, { timespan: 'last week' }, /not an ISO 8601 duration/],
    ['an untrusted certificate', {}, { clientOptions: {} }, /cannot verify the TLS certificate of https:\/\/127\.0\.0\.1:\d+\/v1 \(\w*SELF_SIGNED/],
    ['nothing listening', {}, { endpoint: 'https://127.0.0.1:1/v1' }, /nothing answers at https:\/\/127\.0\.0\.1:1\/v1/],
  ];
  test.each(cases)('%s', async (_name, server, options, pattern) => {
    const e = await failure(server, options);
    expect(isUserError(e)).toBe(true);
    expect(e.message).toMatch(pattern);
    expect(e.message).not.toContain(TOKEN);
    expect(e.message).not.toContain('expired-token-0123456789');
    expect(JSON.stringify(e)).not.toContain(TOKEN);
  });

  test('a credential chain that cannot sign in', async () => {
    const credential = {
      async getToken(): Promise<never> {
        const e = new Error(`AzureCliCredential: Please run 'az login'. Bearer ${TOKEN}`);
        e.name = 'CredentialUnavailableError';
        throw e;
      },
    };
    const e = await failure({}, { credential });
    expect(e.message).toMatch(/no usable Azure credential .*az login/);
    expect(e.message).not.toContain(TOKEN);
  });
});
