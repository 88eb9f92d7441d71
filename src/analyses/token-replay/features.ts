/** From a candidate (user, IP-A, IP-B) to the facts the score weighs and the result row an analyst reads. */
import { normalizeTokenType } from '../../schema/token-types';
import type { SignInTable } from '../../table/signin-table';
import { haversineKm, hasCoordinates } from '../../networks/geo';
import type { Candidate } from './candidates';
import type { ReplayFeatures } from './score';

export interface FeatureParams {
  travelWindowHours: number;
  minDistanceKm: number;
  concurrencyMinutes: number;
}

/** Facts about a candidate beyond the scored features, for the row and the evidence. */
export interface CandidateFacts extends ReplayFeatures {
  ipA: string;
  ipB: string;
  gapMinutes: number;
  tokenTypes: string[];
  apps: string[];
  sharedSessionKeys: string[];
  first: number;
  last: number;
}

export function candidateFacts(table: SignInTable, c: Candidate, p: FeatureParams): CandidateFacts {
  const ip = table.column('IPAddress');
  const time = table.column('CreatedDateTime').values;
  const lat = table.column('Latitude').values;
  const lon = table.column('Longitude').values;
  const inter = table.column('IsInteractive').values;
  const session = table.column('SessionId');
  const uti = table.column('UniqueTokenIdentifier');
  const pos = (k: number) => table.position(k);
  const pa = pos(c.anchor);
  const ipA = ip.codes[pa];
  const bTimes = c.refreshes.map((k) => time[pos(k)]);
  const firstB = bTimes[0];
  const lastB = bTimes[bTimes.length - 1];

  const placed = c.refreshes.map(pos).find((q) => hasCoordinates(lat[q], lon[q]));
  const latB = placed === undefined ? NaN : lat[placed];
  const lonB = placed === undefined ? NaN : lon[placed];
  const distanceKm = haversineKm(lat[pa], lon[pa], latB, lonB);

  const firstNonEmpty = (name: 'CountryOrRegion' | 'AutonomousSystemNumber' | 'City') =>
    c.refreshes.map((k) => table.get(k, name)).find((v) => v !== '') ?? '';
  const differs = (a: string, b: string): boolean | null => (a && b ? a !== b : null);
  const countryB = firstNonEmpty('CountryOrRegion');
  const asnB = firstNonEmpty('AutonomousSystemNumber');

  // The nearest IP-A and IP-B events give the time the user would have had to travel.
  const aTimes = c.userRows.filter((k) => ip.codes[pos(k)] === ipA).map((k) => time[pos(k)]);
  let gapMs = Infinity;
  for (let i = 0, j = 0; i < aTimes.length && j < bTimes.length; ) {
    gapMs = Math.min(gapMs, Math.abs(aTimes[i] - bTimes[j]));
    if (aTimes[i] < bTimes[j]) i++;
    else j++;
  }
  const hours = Math.max(gapMs, 60_000) / 3_600_000;
  const concurrencyMs = p.concurrencyMinutes * 60_000;
  const concurrent = aTimes.some((t) => t >= firstB - concurrencyMs && t <= lastB + concurrencyMs);

  // Session keys the user used from other addresses, and which of them reappear at IP-B.
  const otherSessions = new Set<number>();
  const otherTokens = new Set<string>();
  for (const k of c.userRows) {
    const q = pos(k);
    if (ip.codes[q] === c.ipB) continue;
    if (session.codes[q] !== 0) otherSessions.add(session.codes[q]);
    if (uti.values[q]) otherTokens.add(uti.values[q]);
  }
  const shared = new Set<string>();
  for (const k of c.refreshes) {
    const q = pos(k);
    if (session.codes[q] !== 0 && otherSessions.has(session.codes[q])) shared.add(`SessionId ${session.values[session.codes[q]]}`);
    if (uti.values[q] && otherTokens.has(uti.values[q])) shared.add(`UniqueTokenIdentifier ${uti.values[q]}`);
  }

  const tokenTypes = [...new Set(c.refreshes.map((k) => table.get(k, 'IncomingTokenType')).filter((v) => v))];
  const kinds = new Set(tokenTypes.map(normalizeTokenType));

  // Travel: the user also signed in interactively near IP-B around the time IP-B was refreshing.
  const windowMs = p.travelWindowHours * 3_600_000;
  const cityB = firstNonEmpty('City');
  const nearKnownLocation = c.userRows.some((k) => {
    const q = pos(k);
    if (inter[q] !== 1 || time[q] < firstB - windowMs || time[q] > lastB + windowMs) return false;
    const d = haversineKm(lat[q], lon[q], latB, lonB);
    if (Number.isFinite(d)) return d < p.minDistanceKm;
    return cityB !== '' && table.get(k, 'City') === cityB && table.get(k, 'CountryOrRegion') === countryB;
  });

  return {
    ipA: ip.values[ipA],
    ipB: ip.values[c.ipB],
    distanceKm,
    impliedSpeedKmh: Number.isFinite(distanceKm) && Number.isFinite(gapMs) ? distanceKm / hours : NaN,
    gapMinutes: Number.isFinite(gapMs) ? gapMs / 60_000 : NaN,
    differentCountry: differs(table.get(c.anchor, 'CountryOrRegion'), countryB),
    differentAsn: differs(table.get(c.anchor, 'AutonomousSystemNumber'), asnB),
    concurrent,
    sessionLinked: shared.size > 0,
    primaryRefreshToken: kinds.has('primaryRefreshToken'),
    refreshToken: kinds.has('refreshToken'),
    nearKnownLocation,
    tokenTypes,
    apps: [...new Set(c.refreshes.map((k) => table.get(k, 'AppDisplayName')).filter((v) => v))],
    sharedSessionKeys: [...shared],
    first: Math.min(time[pa], firstB),
    last: Math.max(time[pa], lastB),
  };
}
