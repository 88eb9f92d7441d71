/**
 * The command line against a workspace, end to end, as a user runs it: the built `bin/signinlab.js` in a fresh process,
 * DefaultAzureCredential falling back to a stand-in `az` on PATH, the loopback certificate trusted through
 * NODE_EXTRA_CA_CERTS, SIGNINLAB_LOGS_ENDPOINT pointing at the loopback server. `npm test` builds dist/ first.
 */
import { execFile } from 'node:child_process';
import { relateFindings } from '../../src/findings/relate-findings';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { passwordSpray } from '../../src/analyses/password-spray';
import { DETECTORS } from '../../src/analyses/registry';
import { loadText } from '../../src/sources/files/load-files';
import { fixtureServer, sharedCertificate, standInAzEnv, TOKEN, WORKSPACE } from './loopback/live-harness';
import { onTheWire } from './loopback/on-the-wire';
import type { LoopbackServer } from './loopback/log-analytics-server';
import { FIXTURE_TIMESPAN, SPRAY_IP, wireFixture } from './loopback/wire-fixture';

const root = path.resolve(__dirname, '../..');
let server: LoopbackServer;
let caFile: string;
let home: string;
beforeAll(async () => {
  server = await fixtureServer();
  home = mkdtempSync(path.join(tmpdir(), 'signinlab-cli-ws-'));
  caFile = path.join(home, 'loopback-ca.pem');
  writeFileSync(caFile, (await sharedCertificate()).cert);
});
afterAll(() => server.close());

function cli(args: string[], endpoint = server.endpoint): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'bin/signinlab.js'), ...args],
      {
        timeout: 90_000,
        env: standInAzEnv('https://api.loganalytics.io', { HOME: home, NODE_EXTRA_CA_CERTS: caFile, SIGNINLAB_LOGS_ENDPOINT: endpoint }),
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('load --workspace pulls every row of both tables', async () => {
  const r = await cli(['load', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--json']);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout);
  const fixture = wireFixture();
  expect(out.rows.SigninLogs + out.rows.AADNonInteractiveUserSignInLogs + out.duplicates + out.rejected.length).toBe(
    fixture.SigninLogs.length + fixture.AADNonInteractiveUserSignInLogs.length,
  );
  expect(out.rows.SigninLogs).toBeGreaterThan(0);
  expect(out.rows.AADNonInteractiveUserSignInLogs).toBeGreaterThan(0);
  expect(r.stdout + r.stderr).not.toContain(TOKEN);
});

test('findings --workspace equals findings from the same rows in a file', async () => {
  const fixture = wireFixture();
  const file = path.join(home, 'rows.jsonl');
  writeFileSync(file, [...fixture.SigninLogs, ...fixture.AADNonInteractiveUserSignInLogs].map((x) => JSON.stringify(x)).join('\n') + '\n');
  const [live, local] = await Promise.all([
    cli(['findings', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--json']),
    cli(['findings', file, '--json']),
  ]);
  const a = JSON.parse(live.stdout);
  const b = JSON.parse(local.stdout);
  expect(a.findings.length).toBeGreaterThan(0);
  expect(a.findings.some((f: { detector: string; ipAddress?: string }) => f.detector === 'password-spray' && f.ipAddress === SPRAY_IP)).toBe(true);
  expect(a.findings).toEqual(b.findings);
  expect(a.rows).toEqual(b.rows);
});

test('findings --pushdown runs each detector as KQL in the workspace and reads findings from its rows', async () => {
  // The loopback server cannot run KQL: it answers the password-spray twin (checked by its exact text) with the rows
  // the local analysis gives on the same fixture, and every other twin with no rows.
  const fixture = wireFixture();
  const { table } = await loadText([...fixture.SigninLogs, ...fixture.AADNonInteractiveUserSignInLogs].map((x) => JSON.stringify(x)).join('\n'), 'f.jsonl');
  const local = passwordSpray.run(table);
  expect(local.findings.length).toBeGreaterThan(0);
  const sprayQuery = passwordSpray.kql({}, { timespan: FIXTURE_TIMESPAN });
  const seen: string[] = [];
  const pushServer = await fixtureServer({
    answer: (q) => {
      seen.push(q);
      return q === sprayQuery ? onTheWire(local.rows as unknown as Record<string, unknown>[]) : { name: 'PrimaryResult', columns: [{ name: 'x', type: 'string' }], rows: [] };
    },
  });
  try {
    const r = await cli(['findings', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--pushdown', '--json'], pushServer.endpoint);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.pushdown).toBe(true);
    expect(seen).toContain(sprayQuery);
    expect(seen).toHaveLength(DETECTORS.length);
    // The same findings as the local run, through the same detect loop (ids, relations), without evidence rows.
    expect(out.findings).toEqual(relateFindings(local.findings.map((f) => ({ ...f, evidence: { ...f.evidence, rows: [] } }))));
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  } finally {
    await pushServer.close();
  }
});

test('report --workspace writes the write-up of the pulled rows', async () => {
  const out = path.join(home, 'report.md');
  const r = await cli(['report', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--no-charts', '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^wrote .*report\.md \(markdown\)/);
  const text = readFileSync(out, 'utf8');
  expect(text).toContain(`workspace ${WORKSPACE}`);
  expect(text).toContain(SPRAY_IP);
  expect(text).not.toContain(TOKEN);
});

test('a workspace option with files is refused in one line, exit 2', async () => {
  const r = await cli(['findings', 'x.jsonl', '--timespan', 'P1D']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^signinlab: --timespan narrow a workspace query/);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
});

test('--save writes the pull (rows + manifest: workspace, window, KQL sent, time); it re-runs offline and the report names it', async () => {
  const saved = path.join(home, 'pulls', 'case-7.jsonl');
  const pull = await cli(['load', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--save', saved, '--json']);
  expect(pull.code).toBe(0);
  expect(pull.stderr).toContain(`saved the pull to ${saved} and ${saved}.pull.json`);
  const manifest = JSON.parse(readFileSync(`${saved}.pull.json`, 'utf8'));
  const fixture = wireFixture();
  expect(manifest).toMatchObject({
    format: 'signinlab pull manifest 1',
    file: saved,
    workspaceId: WORKSPACE,
    timespan: FIXTURE_TIMESPAN,
    window: { start: expect.stringMatching(/^\d{4}-/), end: expect.stringMatching(/^\d{4}-/) },
    rows: { SigninLogs: fixture.SigninLogs.length, AADNonInteractiveUserSignInLogs: fixture.AADNonInteractiveUserSignInLogs.length },
  });
  expect(Date.now() - Date.parse(manifest.pulledAt)).toBeLessThan(10 * 60_000);
  // The rows were streamed to FILE.partial as they came, then put in place: the digest is the file's, nothing is left over.
  expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(manifest.sha256);
  expect(readFileSync(saved, 'utf8').trimEnd().split('\n')).toHaveLength(fixture.SigninLogs.length + fixture.AADNonInteractiveUserSignInLogs.length);
  expect(existsSync(`${saved}.partial`)).toBe(false);
  for (const table of ['SigninLogs', 'AADNonInteractiveUserSignInLogs']) {
    expect(manifest.queries[table].length).toBeGreaterThan(0);
    expect(manifest.queries[table][0]).toMatch(new RegExp(`^${table}\\n\\| where TimeGenerated >= datetime\\(`));
  }
  // offline, on the saved file: the same findings as the live pull
  const [live, offline] = await Promise.all([
    cli(['findings', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--json']),
    cli(['findings', saved, '--json']),
  ]);
  const ids = (r: { stdout: string }) => (JSON.parse(r.stdout).findings as { detector: string; ipAddress?: string; userPrincipalName?: string; severity: string }[]).map((f) => `${f.detector} ${f.severity} ${f.userPrincipalName ?? ''} ${f.ipAddress ?? ''}`).sort();
  expect(ids(offline)).toEqual(ids(live));
  expect(JSON.parse(offline.stdout).rows).toEqual(JSON.parse(pull.stdout).rows);
  // the report on the saved file names the pull beside its fingerprint; a changed file is called out
  const report = path.join(home, 'case-7.md');
  expect((await cli(['report', saved, '--no-charts', '--out', report])).code).toBe(0);
  const md = readFileSync(report, 'utf8');
  expect(md).toContain('### Pulled from a workspace');
  expect(md).toContain(WORKSPACE);
  expect(md).toContain(`**File unchanged since the pull**: yes \\(SHA-256 ${manifest.sha256}\\)`);
  expect(md).toContain('**KQL sent**: SigninLogs: ');
  writeFileSync(saved, readFileSync(saved, 'utf8').split('\n').slice(1).join('\n'));
  expect((await cli(['report', saved, '--no-charts', '--out', report])).code).toBe(0);
  expect(readFileSync(report, 'utf8')).toContain('**File unchanged since the pull**: NO');
  // --save only records workspace pulls
  const refused = await cli(['findings', saved, '--save', path.join(home, 'x.jsonl')]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('--save narrow');
}, 180_000);

test('a workspace that never answers: --timeout ends the command with one line, and the process exits', async () => {
  const stuck = await fixtureServer({ faults: Array.from({ length: 10 }, () => ({ kind: 'hang' as const })) });
  try {
    const saved = path.join(home, 'stuck', 'pull.jsonl');
    const r = await cli(['load', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--timeout', '1', '--save', saved], stuck.endpoint);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^signinlab: workspace 1111.* did not answer within 1 s \(client-side timeout, SigninLogs\)/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    // A failed pull saves nothing: no rows file, no manifest, no partial file.
    expect([saved, `${saved}.pull.json`, `${saved}.partial`].filter((f) => existsSync(f))).toEqual([]);
  } finally {
    await stuck.close();
  }
});

test('--save to a path that cannot be written fails in one line before any query is sent', async () => {
  const before = server.requests.length;
  const r = await cli(['load', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--save', path.join(caFile, 'pull.jsonl')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^signinlab: .*loopback-ca\.pem\/pull\.jsonl: cannot write: /);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(server.requests.length).toBe(before);
});

test('a server error text with terminal escapes is printed inert', async () => {
  const body = JSON.stringify({ error: { code: 'BadArgumentError', message: 'bad \u001b]52;c;ZXZpbA==\u0007 and \u001b[2J' } });
  const evil = await fixtureServer({ faults: [{ kind: 'raw', status: 400, contentType: 'application/json', body }] });
  try {
    const r = await cli(['load', '--workspace', WORKSPACE, '--timespan', FIXTURE_TIMESPAN, '--tables', 'SigninLogs'], evil.endpoint);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refused the query on SigninLogs \(400\): BadArgumentError: bad \\x1b\]52;c;ZXZpbA==\\x07 and \\x1b\[2J/);
    expect(r.stderr.trimEnd()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  } finally {
    await evil.close();
  }
});
