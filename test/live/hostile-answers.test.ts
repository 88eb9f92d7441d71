/**
 * A workspace, or something posing as one, that answers badly: it never answers, answers with an HTML page or JSON of
 * another shape, leaves out the columns asked for, or echoes the bearer token back. Each is one clear UserError
 * naming the workspace, through the real LogsQueryClient over TLS, and no message ever holds a string the credential
 * handed out, whatever its shape.
 */
import { isUserError } from '../../src/errors';
import { loadWorkspace, type WorkspaceOptions } from '../../src/sources/live/load-workspace';
import { pushdown } from '../../src/sources/live/pushdown';
import { passwordSpray } from '../../src/analyses/password-spray';
import type { Fault, LoopbackServer } from './loopback/log-analytics-server';
import { clientOptionsFor, fixtureServer, standInCredential, TOKEN, WORKSPACE } from './loopback/live-harness';
import { FIXTURE_TIMESPAN } from './loopback/wire-fixture';

const servers: LoopbackServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function failure(faults: Fault[], options: Partial<WorkspaceOptions> = {}, token = TOKEN): Promise<Error> {
  const s = await fixtureServer({ faults, token });
  servers.push(s);
  try {
    await loadWorkspace({
      workspaceId: WORKSPACE,
      timespan: FIXTURE_TIMESPAN,
      tables: ['SigninLogs'],
      credential: standInCredential(token),
      ...(await clientOptionsFor(s)),
      retry: { attempts: 1 },
      ...options,
    });
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the pull to fail');
}

function expectClean(e: Error, token = TOKEN): void {
  expect(isUserError(e)).toBe(true);
  expect(e.message).not.toContain(token);
  expect(e.message).not.toContain(encodeURIComponent(token));
  expect(e.message.split('\n')).toHaveLength(1);
  expect(e.message).not.toMatch(/Cannot read properties|undefined/);
}

describe('a client-side timeout', () => {
  test('a service that accepts the connection and never answers: one clear line after --timeout seconds', async () => {
    const e = await failure([{ kind: 'hang' }], { timeoutSeconds: 1 });
    expectClean(e);
    expect(e.message).toMatch(/^workspace 1111.* did not answer within 1 s \(client-side timeout, SigninLogs\): .*raise --timeout/);
  });

  test('SIGNINLAB_QUERY_TIMEOUT sets it too, and a nonsense value is refused', async () => {
    process.env.SIGNINLAB_QUERY_TIMEOUT = '1';
    try {
      expect((await failure([{ kind: 'hang' }])).message).toMatch(/did not answer within 1 s/);
      process.env.SIGNINLAB_QUERY_TIMEOUT = 'soon';
      expect((await failure([])).message).toMatch(/query timeout must be a number of seconds/);
    } finally {
      delete process.env.SIGNINLAB_QUERY_TIMEOUT;
    }
  });
});

describe('malformed answers', () => {
  test('an HTML page (a proxy or captive portal) is named as such', async () => {
    const page = '<!DOCTYPE html><html><head><title>Sign in to continue</title></head><body>Corporate proxy</body></html>';
    const e = await failure([{ kind: 'raw', status: 200, contentType: 'text/html; charset=utf-8', body: page }]);
    expectClean(e);
    expect(e.message).toMatch(/answered with something that is not a Log Analytics query result \(HTTP 200, text\/html; charset=utf-8, starting "<!DOCTYPE html><html><head><title>Sign in to continue/);
    expect(e.message).toMatch(/check --endpoint/);
  });

  test.each([
    ['JSON of another shape', '{"value": []}'],
    ['a table without its column list', '{"tables": [{"name": "PrimaryResult", "rows": [[1, 2]]}]}'],
    ['rows that are not lists', '{"tables": [{"name": "PrimaryResult", "columns": [{"name": "Id", "type": "string"}], "rows": [5]}]}'],
  ])('%s', async (_name, body) => {
    const e = await failure([{ kind: 'raw', status: 200, contentType: 'application/json', body }]);
    expectClean(e);
    expect(e.message).toMatch(/^workspace 1111.* answered with something that is not a Log Analytics query result/);
  });

  test('an answer without the columns the pull asked for', async () => {
    const body = JSON.stringify({ tables: [{ name: 'PrimaryResult', columns: [{ name: 'UserPrincipalName', type: 'string' }], rows: [['ana@contoso.com']] }] });
    const e = await failure([{ kind: 'raw', status: 200, contentType: 'application/json', body }]);
    expectClean(e);
    expect(e.message).toMatch(/lacks the columns Id, TimeGenerated that the query asked for/);
  });

  test('pushdown gets the same treatment', async () => {
    const s = await fixtureServer({ faults: [{ kind: 'raw', status: 200, contentType: 'text/html', body: '<html>nope</html>' }] });
    servers.push(s);
    const e = await pushdown(passwordSpray, { workspaceId: WORKSPACE, credential: standInCredential(), ...(await clientOptionsFor(s)), retry: { attempts: 1 } }).catch((x: Error) => x);
    expectClean(e as Error);
    expect((e as Error).message).toMatch(/not a Log Analytics query result \(HTTP 200, text\/html/);
  });
});

describe('no string from the credential is ever printed', () => {
  test.each([
    ['an opaque token', `opaque-${'a1b2c3d4'.repeat(6)}`],
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5sb2dhbmFseXRpY3MuaW8ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'],
    ['a token with characters a URL encodes', `t0k3n+/=${'x'.repeat(24)}`],
  ])('%s echoed in the error body is redacted', async (_name, token) => {
    const e = await failure([{ kind: 'echo-token' }], {}, token);
    expectClean(e, token);
    expect(e.message).toMatch(/refused the query on SigninLogs \(400\): BadArgumentError: Token \[redacted\] is not valid for this resource \(raw: \[redacted\]\)/);
    for (const part of token.split('.')) if (part.length >= 16) expect(e.message).not.toContain(part);
  });
});
