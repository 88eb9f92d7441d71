/**
 * Detector quality against the generator's labelled tenants: precision and recall per detector and per scenario kind,
 * printed as tables, and no look-alike raised as an alert. Several seeds and sizes (15 to 60 people), each tenant
 * laid out differently by its seed, small enough for a couple of minutes on two cores.
 */
import { evaluate, type DetectorScore, type KindScore } from '../../src/findings/evaluate';
import { runDetectors } from '../../src/analyses/run-detectors';
import { ATTACK_KINDS, SCENARIO_KINDS } from '../../src/sources/synthetic/labels';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';

const TENANTS = [
  { users: 25, days: 7, seed: 1 },
  { users: 20, days: 5, seed: 2 },
  { users: 15, days: 6, seed: 3 },
  { users: 60, days: 4, seed: 4 },
  { users: 40, days: 5, seed: 5 },
];

const totals = new Map<string, { alerts: number; tp: number; labels: number; found: number }>();
const kinds = new Map<string, { right: number; wrong: number; labels: number; found: number; quiet: number; raised: number }>();
const failures: string[] = [];
const falseAlerts: string[] = [];
const missed: string[] = [];

const ratio = (a: number, b: number) => (b ? a / b : 1);
const pad = (v: number | string, n: number) => String(v).padStart(n);

beforeAll(() => {
  for (const options of TENANTS) {
    const { table, labels } = syntheticTenant(options);
    const e = evaluate(runDetectors(table), labels);
    const tag = `seed ${options.seed} (${options.users} users, ${options.days} days)`;
    for (const d of e.detectors) add(d);
    for (const k of e.kinds) addKind(k);
    for (const d of e.detectors) {
      for (const f of d.falseAlerts) falseAlerts.push(`${tag}: ${f.detector} ${f.severity} ${f.summary}`);
      for (const id of d.missed) missed.push(`${tag}: ${id}`);
    }
    for (const x of e.lookalikeFailures) failures.push(`${tag}: ${x.label} raised as ${x.finding.severity}: ${x.finding.summary}`);
  }
  const lines = ['detector            alerts  true  precision  labels  found  recall'];
  for (const [detector, t] of [...totals].sort()) {
    lines.push(
      `${detector.padEnd(19)} ${pad(t.alerts, 6)} ${pad(t.tp, 5)} ${pad(ratio(t.tp, t.alerts).toFixed(3), 10)} ` +
        `${pad(t.labels, 7)} ${pad(t.found, 6)} ${pad(ratio(t.found, t.labels).toFixed(3), 7)}`,
    );
  }
  lines.push('', 'scenario kind                     right wrong  precision  labels  found  recall  quiet raised');
  for (const [kind, k] of [...kinds].sort()) {
    lines.push(
      `${kind.padEnd(32)} ${pad(k.right, 6)} ${pad(k.wrong, 5)} ${pad(ratio(k.right, k.right + k.wrong).toFixed(3), 10)} ` +
        `${pad(k.labels, 7)} ${pad(k.found, 6)} ${pad(ratio(k.found, k.labels).toFixed(3), 7)} ${pad(k.quiet, 6)} ${pad(k.raised, 6)}`,
    );
  }
  console.log([...lines, ...falseAlerts.map((s) => `false alert: ${s}`), ...missed.map((s) => `missed: ${s}`), ...failures.map((s) => `look-alike raised: ${s}`)].join('\n'));
});

function add(d: DetectorScore): void {
  const t = totals.get(d.detector) ?? { alerts: 0, tp: 0, labels: 0, found: 0 };
  t.alerts += d.alerts;
  t.tp += d.truePositives;
  t.labels += d.labels;
  t.found += d.found;
  totals.set(d.detector, t);
}

function addKind(k: KindScore): void {
  const t = kinds.get(k.kind) ?? { right: 0, wrong: 0, labels: 0, found: 0, quiet: 0, raised: 0 };
  t.right += k.rightAlerts;
  t.wrong += k.wrongAlerts;
  t.labels += k.labels;
  t.found += k.found;
  t.quiet += k.quietLabels;
  t.raised += k.raised;
  kinds.set(k.kind, t);
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

  test.each([...SCENARIO_KINDS])('%s: planted, found (recall >= 0.95), and alerts on it right (precision >= 0.95)', (kind) => {
    const k = kinds.get(kind);
    expect(k).toBeDefined(); // every kind is planted in these tenants
    expect(k!.labels + k!.quiet).toBeGreaterThan(0);
    if ((ATTACK_KINDS as readonly string[]).includes(kind)) expect(k!.labels).toBeGreaterThan(0);
    expect(ratio(k!.found, k!.labels)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(k!.right, k!.right + k!.wrong)).toBeGreaterThanOrEqual(0.95);
  });

  test('no look-alike is raised as an alert', () => {
    expect(failures).toEqual([]);
  });
});
