/**
 * How a token-replay candidate is scored, and why.
 *
 * A candidate is one user and one "foreign" IP (IP-B): successful non-interactive refreshes from an address the user did
 * not sign in from interactively, around an interactive sign-in from another address (IP-A). Most candidates are
 * innocent: a phone hopping between carrier gateways, a VPN that tunnels the browser but not the Office apps, a laptop
 * that travelled with its owner. So the score adds evidence that only a second party explains, and damps what a
 * single traveller or network explains:
 *
 * - distance between the two IPs' logged coordinates. Below `minDistanceKm` nothing separates a replay from a
 *   split-tunnel VPN or from the imprecision of IP geolocation (carrier gateways often resolve to a city hundreds of km
 *   away), so such a candidate is informational whatever else it shows;
 * - implied speed between the nearest IP-A and IP-B events above an airliner's (`maxTravelKmh`): one person cannot be
 *   in both places;
 * - concurrency: IP-A still active while IP-B refreshes: the legitimate session goes on beside the foreign one;
 * - a shared SessionId or UniqueTokenIdentifier between IP-B's refreshes and the user's other rows: the foreign
 *   refresh continues the victim's own session, which is what a stolen token looks like;
 * - the token presented: a primary refresh token gives SSO to every app, so its replay ranks highest;
 * - a different country or autonomous system (the same ASN at both ends points to one network operator: a carrier,
 *   a corporate proxy with egress points in several countries);
 * - travel: when the user also signed in interactively near IP-B (within `travelWindowHours`) and IP-A is not active at the same
 *   time, the user moved; the candidate is informational.
 */
import type { Severity } from '../../findings/finding';

export interface ReplayFeatures {
  /** km between IP-A and IP-B, NaN when either has no coordinates. */
  distanceKm: number;
  /** km/h implied by the nearest IP-A and IP-B events, NaN when the distance is unknown. */
  impliedSpeedKmh: number;
  differentCountry: boolean | null;
  differentAsn: boolean | null;
  concurrent: boolean;
  sessionLinked: boolean;
  primaryRefreshToken: boolean;
  refreshToken: boolean;
  nearKnownLocation: boolean;
}

export interface ReplayScoreParams {
  minDistanceKm: number;
  farDistanceKm: number;
  maxTravelKmh: number;
}

export interface ReplayScore {
  score: number;
  severity: Severity;
  reasons: string[];
}

/** Score bands. A candidate that clears the distance gate and nothing else scores 30: a low alert to look at. */
export const SCORE_BANDS: readonly (readonly [number, Severity])[] = [
  [70, 'high'],
  [50, 'medium'],
  [30, 'low'],
];

export function scoreReplay(f: ReplayFeatures, p: ReplayScoreParams): ReplayScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  const knownDistance = Number.isFinite(f.distanceKm);
  if (knownDistance && f.distanceKm >= p.minDistanceKm) {
    add(30, `${Math.round(f.distanceKm)} km apart (>= ${p.minDistanceKm})`);
    if (f.distanceKm >= p.farDistanceKm) add(10, `very far apart (>= ${p.farDistanceKm} km)`);
  } else if (!knownDistance && f.differentCountry === true) {
    add(25, 'no coordinates, but different countries');
  }
  if (f.differentCountry === true) add(10, 'different country');
  if (f.differentAsn === true) add(10, 'different autonomous system');
  if (f.differentAsn === false) add(-15, 'same autonomous system at both ends');
  if (f.impliedSpeedKmh > p.maxTravelKmh) add(15, `impossible travel (${Math.round(f.impliedSpeedKmh)} km/h)`);
  if (f.concurrent) add(15, 'IP-A active while IP-B refreshes');
  if (f.sessionLinked) add(15, "IP-B refreshes continue the user's session (shared SessionId/UniqueTokenIdentifier)");
  if (f.primaryRefreshToken) add(15, 'primary refresh token presented');
  else if (f.refreshToken) add(5, 'refresh token presented');
  score = Math.max(0, Math.min(100, score));

  let severity: Severity = SCORE_BANDS.find(([min]) => score >= min)?.[1] ?? 'informational';
  if (knownDistance && f.distanceKm < p.minDistanceKm) {
    severity = 'informational';
    reasons.push(`capped: under ${p.minDistanceKm} km (VPN split tunnel, carrier switch or geolocation error look the same)`);
  } else if (!knownDistance && f.differentCountry !== true) {
    severity = 'informational';
    reasons.push('capped: no coordinates and no country difference to go on');
  } else if (f.nearKnownLocation && !f.concurrent) {
    severity = 'informational';
    reasons.push('capped: the user also signed in interactively near IP-B and IP-A went quiet (travel)');
  }
  return { score, severity, reasons };
}
