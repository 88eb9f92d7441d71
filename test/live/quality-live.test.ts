/**
 * The detectors hold through the live path: a labelled tenant served by the loopback workspace (the real Monitor
 * client and credential chain, answers chunked by a row cap so the pull splits its window) is pulled, every detector
 * runs on the pulled table, and the findings are scored against the tenant's answer key, as quality-formats does for
 * every export format.
 */
import { runDetectors } from '../../src/analyses/run-detectors';
import { loadWorkspace } from '../../src/sources/live/load-workspace';
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { clientOptionsFor, fixtureServer, standInCredential, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import type { WireRow, WireTables } from './loopback/wire-fixture';
import { expectQuality } from '../findings/expect-quality';

let server: LoopbackServer | undefined;
afterAll(() => server?.close());

test('pulled from a workspace, every detector at precision and recall >= 0.95 and no look-alike raised', async () => {
  const generated = generateRows({ users: 18, days: 4, seed: 31 });
  const tables: WireTables = { SigninLogs: [], AADNonInteractiveUserSignInLogs: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const r of generated) {
    tables[r.Type as keyof WireTables].push(r as WireRow);
    const t = Date.parse(String(r.TimeGenerated));
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  const offered = tables.SigninLogs.length + tables.AADNonInteractiveUserSignInLogs.length;
  const rowCap = 5000;
  server = await fixtureServer({ rowCap }, tables);
  const timespan = `${new Date(first - 3_600_000).toISOString()}/${new Date(last + 3_600_000).toISOString()}`;
  const live = await loadWorkspace({ workspaceId: WORKSPACE, timespan, credential: standInCredential(), ...(await clientOptionsFor(server)), maxRowsPerQuery: rowCap });
  expect([live.offered, live.rejected.length, live.table.length]).toEqual([offered, 0, offered]);
  expect(live.queries.AADNonInteractiveUserSignInLogs!.splits).toBeGreaterThan(0);

  expectQuality(runDetectors(live.table), generated.labels);
});
