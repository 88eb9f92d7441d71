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
import { readFileSync } from 'node:fs';
import { query } from '../../src/kql/engine/query';
import { collect, detect, planDetectors } from '../../src/analyses/run-detectors';
import { analysisById } from '../../src/analyses/registry';
import { resolveParameters } from '../../src/analyses/analysis';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { sharedCertificate, standInAzEnv, TOKEN } from '../live/loopback/live-harness';
import { startAdxServer, type AdxServer } from './loopback/adx-server';

const DB = 'SecurityLogs';
// A tenant big enough for the twins to find something (checked below: the local answers are not empty).
const { table } = syntheticTenant({ users: 10, days: 3, seed: 7 });
const NOW = table.timeRange()!.last + 3_600_000;
const ROW_LIMIT = 4000;
/** An interval holding every row of the tenant, for pulls (a cluster pull's window is in its queries). */
const SPAN = `${new Date(table.timeRange()!.first - 3_600_000).toISOString()}/${new Date(NOW).toISOString()}`;

let server: AdxServer;
let caFile: string;
beforeAll(async () => {
  const certificate = await sharedCertificate();
  // A result limit well under one table's rows: a pull must halve its windows until each answer is whole.
  server = await startAdxServer({ certificate, token: TOKEN, databases: { [DB]: table }, now: NOW, partial: /PARTIAL/, rowLimit: ROW_LIMIT });
  caFile = path.join(mkdtempSync(path.join(tmpdir(), 'signinlab-adx-')), 'loopback-ca.pem');
  writeFileSync(caFile, certificate.cert);
});
afterAll(() => server.close());

type Step = { cli: string[] } | { pushdown: string; scope?: Record<string, string> };

function runSteps(steps: Step[], extraEnv: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', path.join(__dirname, '../live/child/register-ts.js'), path.join(__dirname, 'child/adx-steps.ts')],
      {
        timeout: 110_000,
        // The client asks for the cluster's resource; with no auth metadata it is the public Kusto resource.
        env: standInAzEnv('https://kusto.kusto.windows.net', {
          NODE_EXTRA_CA_CERTS: caFile,
          SIGNINLAB_ADX_CLUSTER: server.url,
          SIGNINLAB_ADX_DATABASE: DB,
          ADX_STEPS: JSON.stringify(steps),
          ...extraEnv,
        }),
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
  const ids = ['password-spray', 'volume-ratio', 'token-replay'];
  const got = await runSteps([
    ...ids.map((id) => ({ pushdown: id, scope })),
    { cli: ['query', '--cluster', server.url, '--database', DB, '--analysis', 'token-replay', '--timespan', 'P3D', '--json'] },
  ]);
  ids.forEach((id, i) => {
    expect({ id, error: got[i].message }).toEqual({ id, error: undefined });
    const a = analysisById(id)!;
    const local = query(table, a.kql({}, scope), { now: NOW }).rows;
    expect(local.length).toBeGreaterThan(0);
    expect({ id, rows: got[i].rows }).toEqual({ id, rows: local });
    // Findings derived from the cluster's rows are those derived from the local rows.
    expect({ id, findings: got[i].findings }).toEqual({ id, findings: a.findingsFromRows!(local, resolveParameters(a.parameters, {})).length });
  });
  const replay = got[ids.length];
  expect(replay.code).toBe(0);
  expect(JSON.parse(replay.stdout as string).rows).toEqual(query(table, analysisById('token-replay')!.kql({}, scope), { now: NOW }).rows);
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

describe('load, findings and report read a cluster like a workspace (--cluster URL --database DB)', () => {
  test('load pulls both tables whole, halving windows the cluster cut at its result limit; every row arrives once', async () => {
    const before = server.requests.length;
    const [r] = await runSteps([{ cli: ['load', '--cluster', server.url, '--database', DB, '--timespan', SPAN, '--json'] }]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout as string);
    expect(out.rows).toEqual(table.counts());
    expect({ duplicates: out.duplicates, rejected: out.rejected, offered: out.offered }).toEqual({ duplicates: 0, rejected: [], offered: table.length });
    const pulls = server.requests.slice(before).filter((q) => q.csl?.startsWith('AADNonInteractiveUserSignInLogs\n| where TimeGenerated >= datetime('));
    // More non-interactive rows than the limit: the first window was cut and halved, so more than one query was sent.
    expect(table.counts().AADNonInteractiveUserSignInLogs).toBeGreaterThan(ROW_LIMIT);
    expect(pulls.length).toBeGreaterThan(2);
    expect(server.requests.slice(before).every((q) => q.path !== '/v2/rest/query' || (q.authorized && q.db === DB))).toBe(true);
  });

  test('findings over the pulled rows are the findings over the same sign-ins loaded here', async () => {
    const [r] = await runSteps([{ cli: ['findings', '--cluster', server.url, '--database', DB, '--timespan', SPAN, '--json'] }]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const got = JSON.parse(r.stdout as string).findings as { detector: string; severity: string; summary: string }[];
    const local = detect(table).findings;
    expect(local.filter((f) => f.severity !== 'informational').length).toBeGreaterThan(0);
    const brief = (f: { detector: string; severity: string; summary: string }) => `${f.detector} ${f.severity} ${f.summary}`;
    expect(got.map(brief)).toEqual(local.map(brief));
  });

  test('findings --pushdown runs every detector\'s twin in the cluster: the findings of the local engine\'s twin rows', async () => {
    const before = server.requests.length;
    const [r] = await runSteps([{ cli: ['findings', '--cluster', server.url, '--database', DB, '--pushdown', '--json'] }]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout as string);
    expect(out.pushdown).toBe(true);
    const scope = { timespan: 'P7D' };
    const local = collect(
      planDetectors().map((p) => {
        const rows = query(table, p.analysis.kql(p.overrides, scope), { now: NOW }).rows;
        const findings = p.analysis.findingsFromRows ? p.analysis.findingsFromRows(rows, resolveParameters(p.analysis.parameters, p.overrides)) : [];
        return { ...p, result: { id: p.analysis.id, parameters: {}, rows, findings, warnings: [] } };
      }),
    ).findings;
    expect(local.length).toBeGreaterThan(0);
    expect(out.findings.map((f: { summary: string }) => f.summary)).toEqual(local.map((f) => f.summary));
    // One twin per detector went to the cluster, each narrowed to the last 7 days of the cluster's clock.
    const sent = server.requests.slice(before).filter((q) => q.path === '/v2/rest/query');
    expect(sent).toHaveLength(planDetectors().length);
    expect(sent.every((q) => q.csl?.includes('TimeGenerated > ago(7d)'))).toBe(true);
  });

  test('report --cluster writes the case from the database, naming it as the source', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'signinlab-adx-report-')), 'case.md');
    const [r] = await runSteps([{ cli: ['report', '--cluster', server.url, '--database', DB, '--timespan', SPAN, '--no-charts', '--out', out] }]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^wrote .*case\\.md \\(markdown\\): \\d+ findings, \\d+ alerts, from ${table.length} sign-ins`));
    // (Markdown escapes the URL's colon and the parentheses.)
    expect(readFileSync(out, 'utf8').replace(/\\/g, '')).toContain(`**Data source**: database ${DB} on ${server.url} (${SPAN.replace(/Z$/, '')}`);
  });

  test('files, a workspace or a plain-http URL with --cluster are refused in one line', async () => {
    const [files, both, http] = await runSteps([
      { cli: ['findings', 'signins.json', '--cluster', server.url, '--database', DB] },
      { cli: ['load', '--workspace', '00000000-0000-0000-0000-000000000000', '--cluster', server.url, '--database', DB] },
      { cli: ['report', '--cluster', 'http://127.0.0.1:1', '--database', DB, '--out', 'x.md'] },
    ]);
    expect(files).toEqual({ code: 2, stdout: '', stderr: 'signinlab: give files or --cluster, not both: --cluster reads the database instead of files\n' });
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'signinlab: give --workspace or --cluster, not both\n' });
    expect(http).toEqual({ code: 2, stdout: '', stderr: 'signinlab: --cluster must be an https URL (tokens are sent only over TLS), got "http://127.0.0.1:1"\n' });
  });
});
