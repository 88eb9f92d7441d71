/**
 * The quality bar of one labelled tenant, however its rows arrived (an export format, a workspace pull): every detector
 * at precision and recall >= 0.95, the main detectors all scored, and no look-alike raised as an alert. A failure names
 * the detector with its false alerts and misses.
 */
import { evaluate } from '../../src/findings/evaluate';
import type { TenantLabels } from '../../src/sources/synthetic/labels';
import type { Finding } from '../../src/findings/finding';

export function expectQuality(findings: Finding[], labels: TenantLabels): void {
  const e = evaluate(findings, labels);
  for (const d of e.detectors) {
    const s = { detector: d.detector, precision: d.precision, recall: d.recall, falseAlerts: d.falseAlerts.map((f) => f.summary), missed: d.missed };
    expect({ ...s, ok: s.precision >= 0.95 && s.recall >= 0.95 }).toMatchObject({ detector: d.detector, ok: true });
  }
  expect(e.detectors.map((d) => d.detector)).toEqual(expect.arrayContaining(['token-replay', 'password-spray', 'legacy-auth', 'high-volume-ratio']));
  expect(e.lookalikeFailures.map((x) => `${x.label}: ${x.finding.summary}`)).toEqual([]);
}
