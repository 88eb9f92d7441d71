/**
 * The result row of token replay (one per user and foreign place) and the finding it becomes. IP-A is the user's own
 * place nearest in time (an interactive sign-in when there is one that day), IP-B the foreign place's first address.
 */
import type { EvidenceRow, Finding, Severity } from '../../findings/finding';
import { isoTime } from '../../iso-time';
import { NETWORK_CLASS_LABELS } from '../../networks/catalogue';
import { haversineKm } from '../../networks/geo';
import type { ReplayContext } from './context';
import { fingerprintText } from './context';
import type { Verdict } from './score';
import type { Signals } from './signals';

export interface TokenReplayRow {
  UserPrincipalName: string;
  /** IP-A: the user's own place nearest in time ("" when the user has none). */
  InteractiveIPAddress: string;
  /** IP-B: the foreign place's first address; RefreshIPAddresses lists them all, sorted (a carrier's rotate). */
  RefreshIPAddress: string;
  RefreshIPAddresses: string;
  /** ISO-8601 UTC of the IP-A row, and of the first and last foreign row. */
  InteractiveTime: string;
  FirstRefreshTime: string;
  LastRefreshTime: string;
  /** Foreign rows, and how many of them are interactive sign-ins. */
  RefreshCount: number;
  SignInsAtB: number;
  InteractiveCity: string;
  InteractiveCountryOrRegion: string;
  InteractiveAutonomousSystemNumber: string;
  InteractiveNetwork: string;
  RefreshCity: string;
  RefreshCountryOrRegion: string;
  RefreshAutonomousSystemNumber: string;
  /** "AS14061 (DigitalOcean, LLC)". */
  RefreshNetwork: string;
  /** microsoft, mobile, hosting, isp or unknown. */
  RefreshNetworkClass: string;
  /** The device(s) at IP-B: deviceId|OS family|browser family. */
  RefreshDevices: string;
  DistanceKm: number | null;
  GapMinutes: number | null;
  ImpliedSpeedKmh: number | null;
  IncomingTokenTypes: string;
  RefreshApps: string;
  SharedSessionKeys: string;
  Concurrent: boolean;
  Score: number;
  Severity: Severity;
  Reasons: string;
  CounterReasons: string;
}

const rounded = (x: number): number | null => (Number.isFinite(x) ? Math.round(x) : null);
/** Distinct non-empty values in code-unit order (as Kusto's array_sort_asc sorts them), so the twin's lists match. */
const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function replayRow(c: ReplayContext, s: Signals, v: Verdict): TokenReplayRow {
  const t = c.table;
  const get = (q: number, name: 'UserPrincipalName' | 'City' | 'CountryOrRegion' | 'AutonomousSystemNumber' | 'IncomingTokenType' | 'AppDisplayName') =>
    t.column(name).get(q) as string;
  const ipOf = (q: number) => c.ip.values[c.ip.codes[q]];
  const first = s.rows[0];
  const last = s.rows[s.rows.length - 1];
  const a = s.anchor;
  const placeA = a >= 0 ? c.networks.places[c.networks.placeOfIp[c.ip.codes[a]]] : undefined;
  const b = s.place;
  const carrierEnd = b.network.class === 'mobile' || placeA?.network.class === 'mobile';
  const km = placeA && !carrierEnd ? haversineKm(placeA.latitude, placeA.longitude, b.latitude, b.longitude) : NaN;
  const gapMs = a >= 0 ? Math.abs(c.time[a] - c.time[first]) : NaN;
  return {
    UserPrincipalName: get(first, 'UserPrincipalName'),
    InteractiveIPAddress: a >= 0 ? ipOf(a) : '',
    RefreshIPAddress: ipOf(first),
    RefreshIPAddresses: distinct(s.rows.map(ipOf)).slice(0, 20).join(', '),
    InteractiveTime: a >= 0 ? isoTime(c.time[a]) : '',
    FirstRefreshTime: isoTime(c.time[first]),
    LastRefreshTime: isoTime(c.time[last]),
    RefreshCount: s.rows.length,
    SignInsAtB: s.interactiveRows,
    InteractiveCity: a >= 0 ? get(a, 'City') : '',
    InteractiveCountryOrRegion: a >= 0 ? get(a, 'CountryOrRegion') : '',
    InteractiveAutonomousSystemNumber: a >= 0 ? get(a, 'AutonomousSystemNumber') : '',
    InteractiveNetwork: placeA ? c.classifier.label(placeA.network.asn) : '',
    RefreshCity: b.city,
    RefreshCountryOrRegion: b.countryOrRegion,
    RefreshAutonomousSystemNumber: b.network.asn,
    RefreshNetwork: c.classifier.label(b.network.asn),
    RefreshNetworkClass: b.network.class,
    RefreshDevices: distinct(s.rows.map((q) => fingerprintText(c, q))).slice(0, 5).join('; '),
    DistanceKm: rounded(km),
    GapMinutes: rounded(gapMs / 60_000),
    ImpliedSpeedKmh: rounded(km / Math.max(gapMs / 3_600_000, 1 / 60)),
    IncomingTokenTypes: distinct(s.rows.map((q) => get(q, 'IncomingTokenType'))).join(', '),
    RefreshApps: distinct(s.rows.map((q) => get(q, 'AppDisplayName'))).slice(0, 10).join(', '),
    SharedSessionKeys: distinct([...s.sharedKeys]).slice(0, 5).join(', '),
    Concurrent: s.concurrent,
    Score: v.score,
    Severity: v.severity,
    Reasons: v.reasons.join('; '),
    CounterReasons: v.counterReasons.join('; '),
  };
}

const placeText = (ip: string, network: string, netClass: string, city: string, country: string): string => {
  const where = [city, country].filter((x) => x).join(', ');
  const cls = (NETWORK_CLASS_LABELS as Record<string, string>)[netClass] ?? netClass;
  return `${ip} (${[network, cls, where].filter((x) => x).join('; ')})`;
};

/**
 * A row from the KQL twin names networks "AS<n>" only (the workspace has no registry names): the names added, so a
 * pushed-down finding reads like a local one. Rows that already carry names come back unchanged.
 */
export function withNetworkNames(r: TokenReplayRow, label: (asn: string) => string): TokenReplayRow {
  const named = (text: string) => (/^AS\d+$/.test(text) ? label(text) || text : text);
  const refresh = named(r.RefreshNetwork);
  const swap = (text: string) => (refresh === r.RefreshNetwork ? text : text.split(`${r.RefreshNetwork}, `).join(`${refresh}, `));
  return { ...r, RefreshNetwork: refresh, InteractiveNetwork: named(r.InteractiveNetwork), Reasons: swap(r.Reasons), CounterReasons: swap(r.CounterReasons) };
}

/** The "; "-joined list of a row column (a pushed-down row may carry null where a local one has ""). */
const list = (text: string | null | undefined): string[] => (text ? text.split('; ') : []);

/** A finding from a row; `evidence` is empty when the row came back from a workspace query. */
export function tokenReplayFinding(r: TokenReplayRow, evidence: EvidenceRow[], first: string, last: string): Finding {
  const b = placeText(r.RefreshIPAddress, r.RefreshNetwork, r.RefreshNetworkClass, r.RefreshCity, r.RefreshCountryOrRegion);
  const a = r.InteractiveIPAddress ? ` The user's own place nearest in time: ${r.InteractiveIPAddress}${r.InteractiveNetwork ? ` (${r.InteractiveNetwork})` : ''}.` : '';
  const what =
    r.Severity === 'informational'
      ? (list(r.CounterReasons)[0] ?? 'not alerted')
      : `token replay: ${list(r.Reasons).slice(0, 3).map((x) => x.replace(/^\+\d+ /, '')).join('; ')}`;
  const counter = list(r.CounterReasons);
  return {
    detector: 'token-replay',
    severity: r.Severity,
    userPrincipalName: r.UserPrincipalName,
    ipAddress: r.RefreshIPAddress,
    first,
    last,
    summary: `${r.RefreshCount} sign-in(s) of ${r.UserPrincipalName} from ${b}: ${what}.${a}`,
    reasons: list(r.Reasons),
    counterReasons: counter,
    network: { asn: r.RefreshAutonomousSystemNumber, name: r.RefreshNetwork, class: r.RefreshNetworkClass },
    evidence: {
      rows: evidence,
      rowCount: r.RefreshCount + (r.InteractiveIPAddress ? 1 : 0),
      interactiveIPAddress: r.InteractiveIPAddress,
      refreshIPAddress: r.RefreshIPAddress,
      refreshIPAddresses: r.RefreshIPAddresses,
      refreshNetwork: r.RefreshNetwork,
      refreshNetworkClass: r.RefreshNetworkClass,
      refreshDevices: r.RefreshDevices,
      distanceKm: r.DistanceKm,
      gapMinutes: r.GapMinutes,
      impliedSpeedKmh: r.ImpliedSpeedKmh,
      incomingTokenTypes: r.IncomingTokenTypes,
      sharedSessionKeys: r.SharedSessionKeys,
      concurrent: r.Concurrent,
      score: r.Score,
    },
  };
}
