/**
 * The same sign-ins give the same findings whether they are pulled from a workspace or loaded from a file: the rows are
 * served by the loopback workspace (through the real client, chunked by a small row cap) and written as JSON Lines for
 * loadFiles, then every detector runs on both tables.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings/finding';
import { runDetectors } from '../../src/analyses/run-detectors';
import { loadFiles } from '../../src/sources/files/load-files';
import { loadWorkspace } from '../../src/sources/live/load-workspace';
import { SyntheticRows } from '../../src/sources/synthetic/generate-rows';
import { clientOptionsFor, fixtureServer, standInCredential, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import { FIXTURE_TIMESPAN, wireFixture, type WireRow, type WireTables } from './loopback/wire-fixture';

const servers: LoopbackServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

/** Findings in a canonical order, so two loads whose rows came in different orders compare equal. */
function canonical(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify(f)).sort();
}

async function bothWays(tables: WireTables, timespan: string, rowCap: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'signinlab-parity-'));
  const file = path.join(dir, 'rows.jsonl');
  writeFileSync(file, [...tables.SigninLogs, ...tables.AADNonInteractiveUserSignInLogs].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const fromFile = await loadFiles([file]);
  const server = await fixtureServer({ rowCap }, tables);
  servers.push(server);
  const live = await loadWorkspace({
    workspaceId: WORKSPACE,
    timespan,
    credential: standInCredential(),
    ...(await clientOptionsFor(server)),
    maxRowsPerQuery: rowCap,
  });
  return { fromFile, live };
}

test('the fixture workspace: same rows, same findings (a password spray among them)', async () => {
  const { fromFile, live } = await bothWays(wireFixture(), FIXTURE_TIMESPAN, 40);
  expect(live.rows).toEqual(fromFile.rows);
  expect([live.offered, live.duplicates, live.rejected.length]).toEqual([fromFile.offered, fromFile.duplicates, fromFile.rejected.length]);
  const a = runDetectors(fromFile.table);
  const b = runDetectors(live.table);
  expect(a.some((f) => f.detector === 'password-spray')).toBe(true);
  expect(canonical(b)).toEqual(canonical(a));
});

test('a synthetic tenant with planted attacks: same findings from a chunked pull as from its file', async () => {
  const rows: WireTables = { SigninLogs: [], AADNonInteractiveUserSignInLogs: [] };
  for (const r of new SyntheticRows({ users: 10, days: 2, seed: 7 })) rows[r.Type as keyof WireTables].push(r as WireRow);
  const { fromFile, live } = await bothWays(rows, '2025-05-31T00:00:00Z/2025-06-08T00:00:00Z', 2000);
  expect(live.offered).toBe(rows.SigninLogs.length + rows.AADNonInteractiveUserSignInLogs.length);
  expect(live.rows).toEqual(fromFile.rows);
  expect(live.queries.AADNonInteractiveUserSignInLogs!.splits).toBeGreaterThan(0);
  const a = runDetectors(fromFile.table);
  const b = runDetectors(live.table);
  expect(new Set(a.map((f) => f.detector)).size).toBeGreaterThan(1);
  expect(canonical(b)).toEqual(canonical(a));
});
