/**
 * The detectors hold through the live path: a labelled tenant served by the loopback workspace (the real Monitor
 * client and credential chain, answers chunked by a row cap so the pull splits its window) is pulled, every detector
 * runs on the pulled table, and the findings are scored against the tenant's answer key, as quality-formats does for
 * every export format.
 */
import { runDetectors } from '../../src/analyses/run-detectors';
import { evaluate } from '../../src/findings/evaluate';
import { loadWorkspace } from '../../src/sources/live/load-workspace';
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { clientOptionsFor, fixtureServer, standInCredential, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import type { WireRow, WireTables } from './loopback/wire-fixture';

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

  const e = evaluate(runDetectors(live.table), generated.labels);
  expect(e.detectors.map((d) => d.detector)).toEqual(expect.arrayContaining(['token-replay', 'password-spray', 'legacy-auth', 'high-volume-ratio']));
  for (const d of e.detectors) {
    const s = { detector: d.detector, precision: d.precision, recall: d.recall, falseAlerts: d.falseAlerts.map((f) => f.summary), missed: d.missed };
    expect({ ...s, ok: s.precision >= 0.95 && s.recall >= 0.95 }).toMatchObject({ detector: d.detector, ok: true });
  }
  expect(e.lookalikeFailures.map((x) => `${x.label}: ${x.finding.summary}`)).toEqual([]);
});
