/** loadSignIns: one entry point for the demo tenant, files and a workspace, each giving the same LoadResult. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSignIns } from '../../src/sources/open-source';
import { clientOptionsFor, fixtureServer, standInCredential, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import { FIXTURE_TIMESPAN, wireFixture } from './loopback/wire-fixture';

let server: LoopbackServer;
const savedWorkspace = process.env.SIGNINLAB_WORKSPACE_ID;
beforeAll(async () => {
  server = await fixtureServer();
});
afterAll(async () => {
  await server.close();
  if (savedWorkspace === undefined) delete process.env.SIGNINLAB_WORKSPACE_ID;
  else process.env.SIGNINLAB_WORKSPACE_ID = savedWorkspace;
});

const fixture = wireFixture();
const offered = fixture.SigninLogs.length + fixture.AADNonInteractiveUserSignInLogs.length;

test('with nothing configured, the demo tenant with its labels', async () => {
  delete process.env.SIGNINLAB_WORKSPACE_ID;
  const r = await loadSignIns();
  expect(r.source).toMatch(/^synthetic tenant \(25 users, 7 days from 2025-06-02.*seed 1\)$/);
  expect(r.labels?.scenarios.length).toBeGreaterThan(0);
  expect(r.rows.SigninLogs + r.rows.AADNonInteractiveUserSignInLogs).toBe(r.table.length);
  expect(r.offered).toBe(r.table.length);
});

test('files', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'signinlab-open-')), 'rows.jsonl');
  writeFileSync(file, fixture.SigninLogs.map((r) => JSON.stringify(r)).join('\n'));
  const r = await loadSignIns({ kind: 'files', paths: [file] });
  expect(r.source).toBe(`file ${file}`);
  expect(r.offered).toBe(fixture.SigninLogs.length);
  expect(r.labels).toBeUndefined();
});

test('a workspace, named by SIGNINLAB_WORKSPACE_ID when not given', async () => {
  process.env.SIGNINLAB_WORKSPACE_ID = WORKSPACE;
  const r = await loadSignIns({ kind: 'workspace', timespan: FIXTURE_TIMESPAN, credential: standInCredential(), ...(await clientOptionsFor(server)) });
  expect(r.source).toBe(`workspace ${WORKSPACE} (${FIXTURE_TIMESPAN}: 2024-05-01T00:00:00.000Z/2024-05-03T00:00:00.000Z)`);
  expect(r.offered).toBe(offered);
});
