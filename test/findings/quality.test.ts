/**
 * Detector quality against the generator's labelled tenants: precision and recall per detector, printed as a table,
 * and no look-alike raised as an alert. Several seeds and sizes, small enough for a minute on two cores.
 */
import { evaluate, type DetectorScore } from '../../src/findings/evaluate';
import { runDetectors } from '../../src/analyses/run-detectors';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';

const TENANTS = [
  { users: 25, days: 7, seed: 1 },
  { users: 20, days: 5, seed: 2 },
  { users: 15, days: 6, seed: 3 },
];

const totals = new Map<string, { alerts: number; tp: number; labels: number; found: number }>();
const failures: string[] = [];
const falseAlerts: string[] = [];
const missed: string[] = [];

beforeAll(() => {
  for (const options of TENANTS) {
    const { table, labels } = syntheticTenant(options);
    const e = evaluate(runDetectors(table), labels);
    const tag = `seed ${options.seed} (${options.users} users, ${options.days} days)`;
    for (const d of e.detectors) add(d);
    for (const d of e.detectors) {
      for (const f of d.falseAlerts) falseAlerts.push(`${tag}: ${f.detector} ${f.severity} ${f.summary}`);
      for (const id of d.missed) missed.push(`${tag}: ${id}`);
    }
    for (const x of e.lookalikeFailures) failures.push(`${tag}: ${x.label} raised as ${x.finding.severity}: ${x.finding.summary}`);
  }
  const lines = ['detector            alerts  true  precision  labels  found  recall'];
  for (const [detector, t] of [...totals].sort()) {
    const precision = t.alerts ? t.tp / t.alerts : 1;
    const recall = t.labels ? t.found / t.labels : 1;
    lines.push(
      `${detector.padEnd(19)} ${String(t.alerts).padStart(6)} ${String(t.tp).padStart(5)} ${precision.toFixed(3).padStart(10)} ` +
        `${String(t.labels).padStart(7)} ${String(t.found).padStart(6)} ${recall.toFixed(3).padStart(7)}`,
    );
  }
  console.log([...lines, ...falseAlerts.map((s) => `false alert: ${s}`), ...missed.map((s) => `missed: ${s}`)].join('\n'));
});

function add(d: DetectorScore): void {
  const t = totals.get(d.detector) ?? { alerts: 0, tp: 0, labels: 0, found: 0 };
  t.alerts += d.alerts;
  t.tp += d.truePositives;
  t.labels += d.labels;
  t.found += d.found;
  totals.set(d.detector, t);
}

const DETECTORS = ['token-replay', 'high-volume-ratio', 'password-spray', 'legacy-auth', 'ca-blocked', 'mfa-abandoned'];

describe('detector quality on labelled synthetic tenants', () => {
  test.each(DETECTORS)('%s: precision and recall >= 0.95', (detector) => {
    const t = totals.get(detector);
    expect(t).toBeDefined(); // every detector has planted scenarios to find
    expect(t!.labels).toBeGreaterThan(0);
    expect(t!.found / t!.labels).toBeGreaterThanOrEqual(0.95);
    expect(t!.alerts ? t!.tp / t!.alerts : 1).toBeGreaterThanOrEqual(0.95);
  });

  test('no look-alike is raised as an alert', () => {
    expect(failures).toEqual([]);
  });
});
