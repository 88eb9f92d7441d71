/**
 * The real credential chain: DefaultAzureCredential, with the environment cleared of AZURE_* settings, falls back to
 * the Azure CLI; a stand-in `az` on PATH hands out a token, which must reach the server as the bearer token and appear
 * nowhere in the output. Runs in a child process because only a fresh process can be given its own PATH and
 * environment (jest's `process.env` is a copy the spawned `az` would not see).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fixtureServer, sharedCertificate, standInAzEnv, TOKEN, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import { FIXTURE_TIMESPAN, wireFixture } from './loopback/wire-fixture';

let server: LoopbackServer;
beforeAll(async () => {
  server = await fixtureServer();
});
afterAll(() => server.close());

function runChild(extraEnv: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return sharedCertificate().then(
    (cert) =>
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          ['-r', path.join(__dirname, 'child/register-ts.js'), path.join(__dirname, 'child/pull-with-default-credential.ts')],
          {
            timeout: 60_000,
            env: standInAzEnv('https://api.loganalytics.io', {
              SIGNINLAB_WORKSPACE_ID: WORKSPACE,
              SIGNINLAB_LOGS_ENDPOINT: server.endpoint,
              LOOPBACK_CA: cert.cert,
              PULL_TIMESPAN: FIXTURE_TIMESPAN,
              ...extraEnv,
            }),
          },
          (error, stdout, stderr) => (error ? reject(error) : resolve({ stdout, stderr })),
        );
      }),
  );
}

test('DefaultAzureCredential signs in through the Azure CLI and the pull completes', async () => {
  const before = server.requests.length;
  const { stdout, stderr } = await runChild({});
  const out = JSON.parse(stdout.trim());
  const fixture = wireFixture();
  expect(out.offered).toBe(fixture.SigninLogs.length + fixture.AADNonInteractiveUserSignInLogs.length);
  expect(out.source).toContain(`workspace ${WORKSPACE}`);
  const mine = server.requests.slice(before);
  expect(mine).toHaveLength(2);
  expect(mine.every((r) => r.authorized)).toBe(true);
  expect(stdout + stderr).not.toContain(TOKEN);
});

test('with nobody signed in, the error says to sign in and shows no token', async () => {
  const { stdout, stderr } = await runChild({ STANDIN_AZ_LOGGED_OUT: '1' });
  const out = JSON.parse(stdout.trim());
  expect(out.error).toBe('UserError');
  expect(out.message).toMatch(/no usable Azure credential for workspace 1111[\s\S]*Please run 'az login'/);
  expect(stdout + stderr).not.toContain(TOKEN);
});

