/**
 * The third engine: Azure Data Explorer through Microsoft's azure-kusto-data client, against a loopback HTTPS server
 * speaking the documented v2 REST wire format. The client runs in a child process with the real credential chain
 * (DefaultAzureCredential, falling back to a stand-in `az`) and NODE_EXTRA_CA_CERTS trusting the loopback certificate.
 * Each test would fail if the request, the token, the frames or the type conversion broke.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { query } from '../../src/kql/engine/query';
import { analysisById } from '../../src/analyses/registry';
import { resolveParameters } from '../../src/analyses/analysis';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { sharedCertificate, TOKEN } from '../live/loopback/live-harness';
import { startAdxServer, type AdxServer } from './loopback/adx-server';

const DB = 'SecurityLogs';
// A tenant big enough for the twins to find something (checked below: the local answers are not empty).
const { table } = syntheticTenant({ users: 10, days: 3, seed: 7 });
const NOW = table.timeRange()!.last + 3_600_000;

let server: AdxServer;
let caFile: string;
beforeAll(async () => {
  const certificate = await sharedCertificate();
  server = await startAdxServer({ certificate, token: TOKEN, databases: { [DB]: table }, now: NOW, partial: /PARTIAL/ });
  caFile = path.join(mkdtempSync(path.join(tmpdir(), 'signinlab-adx-')), 'loopback-ca.pem');
  writeFileSync(caFile, certificate.cert);
});
afterAll(() => server.close());

type Step = { cli: string[] } | { pushdown: string; scope?: Record<string, string> };

function runSteps(steps: Step[], extraEnv: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(AZURE_|IDENTITY_|MSI_|SIGNINLAB_)/.test(k)) env[k] = v;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', path.join(__dirname, '../live/child/register-ts.js'), path.join(__dirname, 'child/adx-steps.ts')],
      {
        timeout: 110_000,
        env: {
          ...env,
          PATH: `${path.join(__dirname, '../live/stand-in-az')}${path.delimiter}${process.env.PATH}`,
          HOME: mkdtempSync(path.join(tmpdir(), 'signinlab-home-')),
          AZURE_TOKEN_CREDENTIALS: 'dev',
          NODE_EXTRA_CA_CERTS: caFile,
          STANDIN_AZ_TOKEN: TOKEN,
          // The client asks for the cluster's resource; with no auth metadata it is the public Kusto resource.
          STANDIN_AZ_RESOURCE: 'https://kusto.kusto.windows.net',
          SIGNINLAB_ADX_CLUSTER: server.url,
          SIGNINLAB_ADX_DATABASE: DB,
          ADX_STEPS: JSON.stringify(steps),
          ...extraEnv,
        },
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        if (stdout.includes(TOKEN) || stderr.includes(TOKEN)) return reject(new Error('the token appeared in the output'));
        resolve(lines);
      },
    );
  });
}

test('signinlab query --cluster --database: the query reaches /v2/rest/query with the token, the frames come back as rows', async () => {
  const before = server.requests.length;
  const q = 'union SigninLogs, AADNonInteractiveUserSignInLogs | summarize n = count(), First = min(CreatedDateTime), Apps = make_set(AppDisplayName) by Type | sort by Type asc';
  const [text, json] = await runSteps([
    { cli: ['query', '--cluster', server.url, '--database', DB, 'print x = 1, s = "a"'] },
    { cli: ['query', '--cluster', server.url, '--database', DB, '--json', q] },
  ]);
  expect(text).toEqual({ code: 0, stdout: 'x  s\n-  -\n1  a\n(1 row)\n', stderr: '' });
  expect(json.code).toBe(0);
  const out = JSON.parse(json.stdout as string);
  expect(out.engine).toBe(`Azure Data Explorer: database ${DB} on ${server.url}`);
  // The same query run locally gives the same rows: datetimes, longs and dynamic arrays survive the wire.
  const local = query(table, q, { now: NOW });
  expect(out.columns).toEqual(local.columns);
  expect(out.rows).toEqual(local.rows);
  const mine = server.requests.slice(before).filter((r) => r.path === '/v2/rest/query');
  expect(mine).toHaveLength(2);
  expect(mine.every((r) => r.authorized && r.db === DB)).toBe(true);
  expect(mine[1].csl).toBe(q);
});

test('twins run in the cluster by pushdown and return the rows the local engine gives', async () => {
  const scope = { timespan: 'P3D' };
  // token-replay's twin is run as a query (its findingsFromRows does not read the twin's current rows; see the report).
  const [spray, volume, replay] = await runSteps([
    { pushdown: 'password-spray', scope },
    { pushdown: 'volume-ratio', scope },
    { cli: ['query', '--cluster', server.url, '--database', DB, '--analysis', 'token-replay', '--timespan', 'P3D', '--json'] },
  ]);
  for (const [id, got] of [['password-spray', spray], ['volume-ratio', volume]] as const) {
    expect({ id, error: got.message }).toEqual({ id, error: undefined });
    const local = query(table, analysisById(id)!.kql({}, scope), { now: NOW });
    expect({ id, rows: got.rows }).toEqual({ id, rows: local.rows });
  }
  // Findings derived from the cluster's rows are those derived from the local rows.
  const sprayRows = query(table, analysisById('password-spray')!.kql({}, scope), { now: NOW }).rows;
  expect(sprayRows.length).toBeGreaterThan(0);
  const sprayAnalysis = analysisById('password-spray')!;
  expect(spray.findings).toBe(sprayAnalysis.findingsFromRows!(sprayRows, resolveParameters(sprayAnalysis.parameters, {})).length);
  const local = query(table, analysisById('token-replay')!.kql({}, scope), { now: NOW });
  expect(local.rows.length).toBeGreaterThan(0);
  expect(replay.code).toBe(0);
  expect(JSON.parse(replay.stdout as string).rows).toEqual(local.rows);
  const sent = server.requests.filter((r) => r.csl?.includes('// token-replay'));
  expect(sent.at(-1)!.csl).toContain('TimeGenerated > ago(3d)');
});

test('failures say what to do: unknown database, a refused query, a partial answer, nobody signed in', async () => {
  const [db, refused, partial] = await runSteps([
    { cli: ['query', '--cluster', server.url, '--database', 'NoSuchDb', 'print 1'] },
    { cli: ['query', '--cluster', server.url, '--database', DB, 'SigninLogs | wher x'] },
    { cli: ['query', '--cluster', server.url, '--database', DB, 'print PARTIAL = 1'] },
  ]);
  expect(db.code).toBe(2);
  expect(db.stderr).toMatch(/^signinlab: database NoSuchDb on https:\/\/127\.0\.0\.1:\d+ refused the query \(400\): .*Failed to resolve database 'NoSuchDb'/);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/refused the query \(400\)/);
  expect(partial.code).toBe(2);
  expect(partial.stderr).toMatch(/answered only in part, with errors \(a partial answer is not used\).*500000 records/);
  const [loggedOut] = await runSteps([{ cli: ['query', '--cluster', server.url, '--database', DB, 'print 1'] }], { STANDIN_AZ_LOGGED_OUT: '1' });
  expect(loggedOut.code).toBe(2);
  expect(loggedOut.stderr).toMatch(/no usable Azure credential for database SecurityLogs.*az login/);
});

test('a plain-http cluster URL is refused before any token is asked for', async () => {
  const [r] = await runSteps([{ cli: ['query', '--cluster', 'http://127.0.0.1:1', '--database', DB, 'print 1'] }]);
  expect(r).toEqual({ code: 2, stdout: '', stderr: 'signinlab: --cluster must be an https URL (tokens are sent only over TLS), got "http://127.0.0.1:1"\n' });
});
