/**
 * Scores detectors against the answer key of a labelled tenant (the rules of notes/labels.md): a finding matches a
 * label when the detector ids agree, the account agrees (for password-spray, and for any label about a source rather
 * than an account, the source instead: see sourceMatches) and the finding's [first, last] overlaps the label's
 * window. Only alerts (severity above informational) count. Scores come per detector and per scenario kind.
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

/**
 * One scenario kind's score. An alert counts for the kind when it matches one of the kind's labels: right when the
 * label expects an alert, wrong when it expects none. Alerts that match no label at all belong to no kind (they
 * lower their detector's precision).
 */
export interface KindScore {
  kind: string;
  /** Alerts matching the kind's expect:'alert' labels, and those matching its expect:'no-alert' labels. */
  rightAlerts: number;
  wrongAlerts: number;
  /** rightAlerts / (rightAlerts + wrongAlerts); 1 when no alert touched the kind. */
  precision: number;
  /** expect:'alert' labels of the kind and how many at least one alert matches; recall 1 when there are none. */
  labels: number;
  found: number;
  recall: number;
  /** expect:'no-alert' labels of the kind, and how many an alert matched. */
  quietLabels: number;
  raised: number;
}

export interface Evaluation {
  detectors: DetectorScore[];
  kinds: KindScore[];
  /** Look-alikes (expect:'no-alert') that an alert matched: each one is a failure. */
  lookalikeFailures: { label: string; finding: Finding }[];
}

const ms = (iso: string): number => Date.parse(iso);

/**
 * Whether a finding is about a label's source (its address, or its ASN). A finding that names no such address can
 * still be about the source through its evidence: for a label that expects an alert, one row from the source is
 * enough (the attack was found); for a look-alike, every evidence row must come from it (a finding about something
 * else that merely cites a row of the look-alike, as context, has not raised the look-alike).
 */
function sourceMatches(f: Finding, l: ScenarioLabel): boolean {
  const addresses = new Set([l.ipAddress, ...(l.ipAddresses ?? [])].filter((a): a is string => !!a));
  if (f.ipAddress && addresses.has(f.ipAddress)) return true;
  if (f.ipAddresses?.some((a) => addresses.has(a))) return true;
  const asn = f.network?.asn || ((f as { autonomousSystemNumber?: unknown }).autonomousSystemNumber ?? f.evidence.autonomousSystemNumber);
  if (l.autonomousSystemNumber !== undefined && asn !== undefined && Number(asn) === l.autonomousSystemNumber) return true;
  const cited = f.evidence.rows.filter((r) => r.IPAddress !== undefined);
  const fromSource = cited.filter((r) => addresses.has(r.IPAddress!)).length;
  return l.expect === 'alert' ? fromSource > 0 : fromSource > 0 && fromSource === cited.length;
}

export function findingMatches(f: Finding, l: ScenarioLabel): boolean {
  if (f.detector !== l.detector) return false;
  const bySource = (l.detector === 'password-spray' || !l.userPrincipalName) && (l.ipAddress || l.ipAddresses?.length || l.autonomousSystemNumber !== undefined);
  if (bySource) {
    if (!sourceMatches(f, l)) return false;
  } else if (l.userPrincipalName && (f.userPrincipalName ?? '').toLowerCase() !== l.userPrincipalName.toLowerCase()) {
    return false;
  }
  // A second of slack: some export formats (Graph JSON, CSV) keep whole seconds of the labels' 7-digit times.
  return ms(f.first) <= ms(l.last) + 1000 && ms(f.last) >= ms(l.first) - 1000;
}

/** Precision and recall per scenario kind (see KindScore). */
export function scoreKinds(alerts: Finding[], labels: TenantLabels): KindScore[] {
  const kinds = [...new Set(labels.scenarios.map((l) => l.scenario))].sort();
  const expected = (f: Finding) => labels.scenarios.some((l) => l.expect === 'alert' && findingMatches(f, l));
  return kinds.map((kind): KindScore => {
    const mine = labels.scenarios.filter((l) => l.scenario === kind && l.detector);
    const loud = mine.filter((l) => l.expect === 'alert');
    const quiet = mine.filter((l) => l.expect === 'no-alert');
    let rightAlerts = 0, wrongAlerts = 0;
    for (const f of alerts) {
      if (loud.some((l) => findingMatches(f, l))) rightAlerts++;
      else if (quiet.some((l) => findingMatches(f, l)) && !expected(f)) wrongAlerts++;
    }
    const found = loud.filter((l) => alerts.some((f) => findingMatches(f, l))).length;
    const raised = quiet.filter((l) => alerts.some((f) => findingMatches(f, l) && !expected(f))).length;
    return {
      kind,
      rightAlerts,
      wrongAlerts,
      precision: rightAlerts + wrongAlerts ? rightAlerts / (rightAlerts + wrongAlerts) : 1,
      labels: loud.length,
      found,
      recall: loud.length ? found / loud.length : 1,
      quietLabels: quiet.length,
      raised,
    };
  });
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
    // An alert that another label expects (the same account's real legacy client, say) is no look-alike failure.
    for (const f of alerts) if (findingMatches(f, l) && !wanted.some((w) => findingMatches(f, w))) lookalikeFailures.push({ label: l.id, finding: f });
  }
  return { detectors: scores, kinds: scoreKinds(alerts, labels), lookalikeFailures };
}
