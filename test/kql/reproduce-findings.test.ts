/**
 * A report's "KQL to reproduce": each detector's twin over the loaded window, run by the local engine on the same
 * sign-ins, gives back every finding of the TypeScript run (src/kql/reproduce-findings.ts).
 */
import { detect } from '../../src/analyses/run-detectors';
import { loadedWindow, reproduceFindings } from '../../src/kql/reproduce-findings';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { tableFromRows } from '../../src/table/table-builder';

const { table } = syntheticTenant({ users: 12, days: 3, seed: 7 });
const run = detect(table);

test('the loaded window is the rows\' TimeGenerated range; none when a row has no TimeGenerated', () => {
  const t = table.column('TimeGenerated').values;
  const times = Array.from({ length: table.length }, (_, k) => t[table.position(k)]);
  expect(loadedWindow(table)).toBe(`${new Date(Math.min(...times)).toISOString()}/${new Date(Math.max(...times)).toISOString()}`);
  expect(loadedWindow(tableFromRows([{ Id: 'a', UserPrincipalName: 'a@b.c', CreatedDateTime: 1 }]))).toBeUndefined();
});

test('rows that all share one instant give a window a millisecond long (a timespan must not be empty)', () => {
  const at = Date.parse('2024-05-01T10:00:05.123Z');
  const one = tableFromRows([{ Id: 'a', UserPrincipalName: 'a@b.c', CreatedDateTime: at, TimeGenerated: at }]);
  expect(loadedWindow(one)).toBe('2024-05-01T10:00:05.123Z/2024-05-01T10:00:05.124Z');
  expect(reproduceFindings(one, detect(one), at).size).toBe(0);
});

test('every finding of every detector is given back by its twin, run offline on the same sign-ins', () => {
  const got = reproduceFindings(table, run, table.timeRange()!.last);
  expect(run.findings.filter((f) => f.severity !== 'informational').length).toBeGreaterThan(5);
  expect(new Set(run.findings.map((f) => f.detector)).size).toBeGreaterThanOrEqual(4);
  const summary = run.findings.map((f) => ({ detector: f.detector, user: f.userPrincipalName, reproduced: got.get(f)?.reproduced }));
  expect(summary).toEqual(run.findings.map((f) => ({ detector: f.detector, user: f.userPrincipalName, reproduced: true })));
  for (const f of run.findings) {
    const r = got.get(f)!;
    expect(r.kql).toContain(`TimeGenerated between (datetime(${loadedWindow(table)!.split('/')[0]})`);
    // The twin's rows name the finding's user (and IP) in at least one row.
    expect({ finding: f.summary, about: r.aboutFinding > 0 }).toEqual({ finding: f.summary, about: true });
  }
});

test('a finding the twin does not give back is said to be so', () => {
  const [f] = run.findings;
  const changed = { ...f, severity: f.severity === 'high' ? ('low' as const) : ('high' as const) };
  const got = reproduceFindings(table, { ...run, findings: [changed] }, 0);
  expect(got.get(changed)?.reproduced).toBe(false);
});
