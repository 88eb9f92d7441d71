/**
 * Scores detectors against the answer key of a labelled tenant (the rules of notes/labels.md): a finding matches a
 * label when the detector ids agree, the account agrees (for password-spray, the spraying IP instead) and the
 * finding's [first, last] overlaps the label's window. Only alerts (severity above informational) count.
 */
import type { ScenarioLabel, TenantLabels } from '../sources/synthetic/labels';
import { isAlert, type Finding } from './finding';

export interface DetectorScore {
  detector: string;
  /** Alert findings raised, and how many of them match an expect:'alert' label. */
  alerts: number;
  truePositives: number;
  /** truePositives / alerts; 1 when the detector raised nothing (it raised nothing false). */
  precision: number;
  /** expect:'alert' labels, and how many at least one alert matches. */
  labels: number;
  found: number;
  /** found / labels; 1 when there was nothing to find. */
  recall: number;
  missed: string[];
  falseAlerts: Finding[];
}

export interface Evaluation {
  detectors: DetectorScore[];
  /** Look-alikes (expect:'no-alert') that an alert matched: each one is a failure. */
  lookalikeFailures: { label: string; finding: Finding }[];
}

const ms = (iso: string): number => Date.parse(iso);

export function findingMatches(f: Finding, l: ScenarioLabel): boolean {
  if (f.detector !== l.detector) return false;
  if (l.detector === 'password-spray' && l.ipAddress) {
    if ((f.ipAddress ?? '') !== l.ipAddress) return false;
  } else if (l.userPrincipalName && (f.userPrincipalName ?? '').toLowerCase() !== l.userPrincipalName.toLowerCase()) {
    return false;
  }
  return ms(f.first) <= ms(l.last) && ms(f.last) >= ms(l.first);
}

export function evaluate(findings: Finding[], labels: TenantLabels): Evaluation {
  const alerts = findings.filter(isAlert);
  const wanted = labels.scenarios.filter((l) => l.expect === 'alert' && l.detector);
  const detectors = [...new Set([...wanted.map((l) => l.detector as string), ...alerts.map((f) => f.detector)])].sort();
  const scores = detectors.map((detector): DetectorScore => {
    const mine = alerts.filter((f) => f.detector === detector);
    const labelsOf = wanted.filter((l) => l.detector === detector);
    const falseAlerts = mine.filter((f) => !labelsOf.some((l) => findingMatches(f, l)));
    const missed = labelsOf.filter((l) => !mine.some((f) => findingMatches(f, l))).map((l) => l.id);
    const truePositives = mine.length - falseAlerts.length;
    return {
      detector,
      alerts: mine.length,
      truePositives,
      precision: mine.length ? truePositives / mine.length : 1,
      labels: labelsOf.length,
      found: labelsOf.length - missed.length,
      recall: labelsOf.length ? (labelsOf.length - missed.length) / labelsOf.length : 1,
      missed,
      falseAlerts,
    };
  });
  const lookalikeFailures: Evaluation['lookalikeFailures'] = [];
  for (const l of labels.scenarios.filter((x) => x.expect === 'no-alert')) {
    for (const f of alerts) if (findingMatches(f, l)) lookalikeFailures.push({ label: l.id, finding: f });
  }
  return { detectors: scores, lookalikeFailures };
}
