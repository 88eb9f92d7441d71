/**
 * `signinlab query --workspace`: the query goes to the Log Analytics loopback server (the documented wire format, see
 * test/live/loopback) through the real client and credential chain, in a child process; the answer is printed as
 * rows with datetimes as ISO text, like the local engine's.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureServer, sharedCertificate, standInAzEnv, TOKEN, WORKSPACE } from '../../live/loopback/live-harness';
import type { LoopbackServer } from '../../live/loopback/log-analytics-server';

const QUERY = 'SigninLogs | summarize n = count(), First = min(TimeGenerated) by ResultType';
let server: LoopbackServer;
let caFile: string;
beforeAll(async () => {
  server = await fixtureServer({
    answer: (q) =>
      q === QUERY
        ? { name: 'PrimaryResult', columns: [{ name: 'ResultType', type: 'string' }, { name: 'n', type: 'long' }, { name: 'First', type: 'datetime' }], rows: [['0', 3, '2024-05-01T08:00:00.1230000Z']] }
        : undefined,
  });
  caFile = path.join(mkdtempSync(path.join(tmpdir(), 'signinlab-query-ws-')), 'ca.pem');
  writeFileSync(caFile, (await sharedCertificate()).cert);
});
afterAll(() => server.close());

function steps(argvs: string[][]): Promise<{ code: number; stdout: string; stderr: string }[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', path.join(__dirname, '../../live/child/register-ts.js'), path.join(__dirname, '../../adx/child/adx-steps.ts')],
      {
        timeout: 90_000,
        env: standInAzEnv('https://api.loganalytics.io', {
          NODE_EXTRA_CA_CERTS: caFile,
          SIGNINLAB_LOGS_ENDPOINT: server.endpoint,
          ADX_STEPS: JSON.stringify(argvs.map((cli) => ({ cli }))),
        }),
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        if ((stdout + stderr).includes(TOKEN)) return reject(new Error('the token appeared in the output'));
        resolve(stdout.trim().split('\n').map((l) => JSON.parse(l)));
      },
    );
  });
}

test('the query runs in the workspace; datetimes come back as ISO text', async () => {
  const before = server.requests.length;
  const [json, refused] = await steps([
    ['query', '--workspace', WORKSPACE, '--timespan', 'P1D', '--json', QUERY],
    ['query', '--workspace', WORKSPACE, 'SigninLogs | nonsense'],
  ]);
  expect(json.code).toBe(0);
  const out = JSON.parse(json.stdout);
  expect(out.engine).toBe(`Log Analytics workspace ${WORKSPACE}`);
  expect(out.rows).toEqual([{ ResultType: '0', n: 3, First: '2024-05-01T08:00:00.123Z' }]);
  expect(out.columns).toEqual([{ name: 'ResultType' }, { name: 'n' }, { name: 'First' }]);
  const sent = server.requests.slice(before);
  expect(sent[0]).toMatchObject({ query: QUERY, timespan: 'P1D', authorized: true });
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/^signinlab: workspace 1111.* refused the query/);
});
