/**
 * The facts about one candidate (one user, one foreign place) that score.ts weighs. Each is a question an analyst would
 * ask of the rows, answered from sessions, devices and networks rather than from one pair of addresses:
 *
 * - Did the session travel? The foreign rows carry a SessionId (or UniqueTokenIdentifier) the user also used from an
 *   own place.
 * - Is it the user's device? Its registered deviceId with its usual operating system, or a client the user's own
 *   places never showed; a known deviceId with another operating system is a device claim carried by a stolen PRT.
 * - Was the user active elsewhere at the same time, and could one device or session be in both places?
 * - What is the network: hosting (rented), a carrier (a phone), an ISP; new to the user; in a new country?
 * - Was there a fresh sign-in through a hosting network whose session then went on (AiTM)?
 * - Was a token used with no interactive sign-in of the user for hours (an idle stolen PRT)?
 */
import { haversineKm, hasCoordinates } from '../../networks/geo';
import type { Place } from '../../networks/row-networks';
import { lowerBound } from '../../table/lower-bound';
import { knownDevice, type UserBaseline } from './baseline';
import { fingerprint, NO_DEVICE, onMobileDevice, type ReplayContext } from './context';

export interface TwoPlaces {
  /** The own row it was measured against (position). */
  readonly own: number;
  readonly foreign: number;
  readonly why: string;
}

export interface Signals {
  readonly place: Place;
  /** The foreign rows (positions, time order). */
  readonly rows: readonly number[];
  readonly interactiveRows: number;
  readonly sessionContinued: boolean;
  readonly sharedKeys: readonly string[];
  /** Continued session, and the foreign rows of each shared session show a device that session's own rows show. */
  readonly deviceSame: boolean;
  /** Every foreign row with a deviceId shows a registered device with its usual operating system. */
  readonly knownDevice: boolean;
  /** A client (deviceId, OS, browser) none of the user's own rows shows. */
  readonly otherDevice: boolean;
  /** A registered deviceId of the user with another operating system. */
  readonly spoofedDevice: boolean;
  /** Phones or tablets on a carrier (or the user's own phone on an ISP). */
  readonly phone: boolean;
  readonly concurrent: boolean;
  /** An interactive sign-in of the user at an own (non-carrier) place while the foreign place was in use. */
  readonly signedInElsewhere: boolean;
  readonly twoPlaces: TwoPlaces | null;
  readonly hosting: boolean;
  readonly newNetwork: boolean;
  readonly newCountry: boolean;
  readonly phishedSignIn: boolean;
  readonly idleTokenUse: boolean;
  readonly primaryRefreshToken: boolean;
  readonly hasToken: boolean;
  /** The own row nearest in time (IP-A), -1 when the user has none. */
  readonly anchor: number;
  readonly hasOwnPlaces: boolean;
}

/** Own rows (positions) in time order, with their times, for nearest-in-time searches. */
export interface TimedRows {
  readonly rows: readonly number[];
  readonly times: Float64Array;
}

export function timed(c: ReplayContext, rows: readonly number[]): TimedRows {
  return { rows, times: Float64Array.from(rows, (q) => c.time[q]) };
}

/** The rows of `t` within `ms` of time `at`. */
function* near(t: TimedRows, at: number, ms: number): Generator<number> {
  for (let i = lowerBound(t.times, at - ms); i < t.times.length && t.times[i] <= at + ms; i++) yield t.rows[i];
}

/** The row of `t` nearest to `at` before it and after it. */
function neighbours(t: TimedRows, at: number): number[] {
  const i = lowerBound(t.times, at);
  return [t.rows[i - 1], t.rows[i]].filter((q) => q !== undefined);
}

/** The user's own rows as searchable time lines: all of them, and those at placeable non-carrier networks. */
export interface OwnTimelines {
  readonly all: TimedRows;
  readonly nonMobile: TimedRows;
}

export function ownTimelines(c: ReplayContext, u: UserBaseline): OwnTimelines {
  const placed = (q: number) => c.networks.places[c.networks.placeOfIp[c.ip.codes[q]]];
  return { all: timed(c, u.own), nonMobile: timed(c, u.own.filter((q) => placed(q).network.class !== 'mobile')) };
}

export function signals(c: ReplayContext, u: UserBaseline, own: OwnTimelines, placeCode: number, rows: readonly number[]): Signals {
  const { p, networks, time, interactive, table } = c;
  const place = networks.places[placeCode];
  const net = place.network;
  const session = table.column('SessionId');
  const uti = table.column('UniqueTokenIdentifier').values;
  const placeOf = (q: number) => networks.places[networks.placeOfIp[c.ip.codes[q]]];
  const concurrencyMs = p.concurrencyMinutes * 60_000;
  const fps = new Set(rows.map((q) => fingerprint(c, q)));

  // Sessions and tokens the foreign rows share with the user's own rows, and whether the foreign rows of each shared
  // session show a device that session's own rows show.
  const shared = new Set<string>();
  const sessionOwnRows: number[] = [];
  let deviceSame = true;
  for (const s of new Set(rows.map((q) => session.codes[q]).filter((s) => s !== 0))) {
    const ownInSession = (u.sessions.get(s) ?? []).filter((q) => c.status[q] === 1);
    if (!ownInSession.length) continue;
    shared.add(`SessionId ${session.values[s]}`);
    sessionOwnRows.push(...ownInSession);
    const ownFps = new Set(ownInSession.map((q) => fingerprint(c, q)));
    if (rows.some((q) => session.codes[q] === s && !ownFps.has(fingerprint(c, q)))) deviceSame = false;
  }
  for (const q of rows) if (uti[q] && u.ownTokens.has(uti[q])) shared.add(`UniqueTokenIdentifier ${uti[q]}`);
  const sessionContinued = shared.size > 0;

  const withDevice = rows.filter((q) => c.deviceId.codes[q] !== 0);
  const spoofedDevice = withDevice.some((q) => {
    const usual = u.deviceOs.get(c.deviceId.codes[q]);
    const os = c.osOf[c.osCodes[q]];
    return usual !== undefined && os !== '' && os !== usual;
  });
  const known = withDevice.length > 0 && withDevice.every((q) => knownDevice(c, u.deviceOs, q));
  const phoneRows = rows.every((q) => onMobileDevice(c, q));
  const carrier = net.class === 'mobile' || net.mixedMobile;

  // Activity at the user's own (placeable, non-carrier) places at the same time: from another device, or in the same session.
  const sessionSet = new Set(sessionOwnRows);
  let concurrent = false;
  for (const q of rows) {
    for (const o of near(own.nonMobile, time[q], concurrencyMs)) {
      const f = fingerprint(c, o);
      if (sessionSet.has(o) || f === NO_DEVICE || !fps.has(f)) {
        concurrent = true;
        break;
      }
    }
    if (concurrent) break;
  }

  // The user demonstrably elsewhere: an interactive sign-in at an own place during the foreign place's span.
  const first = time[rows[0]];
  const last = time[rows[rows.length - 1]];
  let signedInElsewhere = false;
  for (const o of near(own.nonMobile, (first + last) / 2, (last - first) / 2)) if (interactive[o] === 1) signedInElsewhere = true;

  // One device, one session or one person at two placeable networks at once, or faster than anyone travels.
  // Linked to the foreign rows: the same session, the same registered device, or (between two ISP places, whose
  // geolocation is where the person is) the person themself.
  const devices = new Set(withDevice.map((q) => c.deviceId.codes[q]));
  const personal = net.class === 'isp' || net.class === 'unknown';
  const sameDeviceOrPerson = u.own.filter((o) => devices.has(c.deviceId.codes[o]) || (personal && placeOf(o).network.class === 'isp'));
  const linked = timed(c, [...new Set([...sessionOwnRows, ...sameDeviceOrPerson])].sort((a, b) => time[a] - time[b]));
  const linkOf = (o: number): string => (sessionSet.has(o) ? 'session' : devices.has(c.deviceId.codes[o]) ? 'device' : 'person');
  const twoPlaces = net.class === 'mobile' ? null : firstImpossible(c, linked, rows, placeOf, linkOf);

  const firstSeenAt = (s: number) => (u.sessions.get(s) ?? [])[0];
  const phishedSignIn =
    net.class === 'hosting' &&
    concurrent &&
    rows.some((q) => {
      if (interactive[q] !== 1 || !c.freshAuthOf[c.authCodes[q]] || knownDevice(c, u.deviceOs, q)) return false;
      const s = session.codes[q];
      if (s === 0 || firstSeenAt(s) !== q) return false;
      return (u.sessions.get(s) ?? []).some((o) => time[o] > time[q] && interactive[o] !== 1);
    });

  const tokenRows = rows.filter((q) => c.tokenOf[c.tokenCodes[q]] !== 0);
  const interactiveRows = rows.filter((q) => interactive[q] === 1).length;
  const firstToken = tokenRows.length ? time[tokenRows[0]] : NaN;
  const idleMs = p.idleHours * 3_600_000;
  const idleTokenUse =
    tokenRows.length > 0 &&
    interactiveRows === 0 &&
    (() => {
      const i = lowerBound(u.interactiveTimes, firstToken - idleMs);
      return !(i < u.interactiveTimes.length && u.interactiveTimes[i] <= firstToken);
    })();

  const anchor = nearestOwn(c, own.all, time[rows[0]]);
  return {
    place,
    rows,
    interactiveRows,
    sessionContinued,
    sharedKeys: [...shared],
    deviceSame: sessionContinued && deviceSame,
    knownDevice: known,
    otherDevice: u.own.length > 0 && [...fps].some((f) => f !== NO_DEVICE && !u.ownFingerprints.has(f)),
    spoofedDevice,
    phone: phoneRows && net.class !== 'hosting' && net.class !== 'microsoft' && (carrier || known),
    concurrent,
    signedInElsewhere,
    twoPlaces,
    hosting: net.class === 'hosting',
    newNetwork: net.asn === '' || !((u.ownAsnSince.get(net.asn) ?? Infinity) <= first),
    newCountry: net.class !== 'mobile' && place.countryOrRegion !== '' && u.ownCountrySince.size > 0 && !((u.ownCountrySince.get(place.countryOrRegion) ?? Infinity) <= first),
    phishedSignIn,
    idleTokenUse,
    primaryRefreshToken: tokenRows.some((q) => c.tokenOf[c.tokenCodes[q]] === 2),
    hasToken: tokenRows.length > 0,
    anchor,
    hasOwnPlaces: u.own.length > 0,
  };
}

/** The own row nearest in time to `at`, preferring an interactive sign-in within a day. */
function nearestOwn(c: ReplayContext, own: TimedRows, at: number): number {
  let best = -1;
  let bestInteractive = -1;
  for (let i = lowerBound(own.times, at - 86_400_000); i < own.times.length && own.times[i] <= at + 86_400_000; i++) {
    const q = own.rows[i];
    if (c.interactive[q] === 1 && (bestInteractive < 0 || Math.abs(c.time[q] - at) < Math.abs(c.time[bestInteractive] - at))) bestInteractive = q;
  }
  if (bestInteractive >= 0) return bestInteractive;
  for (const q of neighbours(own, at)) if (best < 0 || Math.abs(c.time[q] - at) < Math.abs(c.time[best] - at)) best = q;
  return best;
}

/** The first foreign row whose nearest linked own row puts one device or session in two places at once. */
function firstImpossible(c: ReplayContext, linked: TimedRows, rows: readonly number[], placeOf: (q: number) => Place, linkOf: (o: number) => string): TwoPlaces | null {
  const { p, time } = c;
  if (linked.rows.length === 0) return null;
  const concurrencyMs = p.concurrencyMinutes * 60_000;
  for (const q of rows) {
    const b = placeOf(q);
    for (const o of neighbours(linked, time[q])) {
      const a = placeOf(o);
      if (a.network.class === 'mobile' || a.network.class === 'microsoft' || a === b) continue;
      // Two exit servers of one hosting provider: a VPN changing exits, not a device travelling.
      if (a.network.class === 'hosting' && b.network.class === 'hosting' && a.network.asn === b.network.asn) continue;
      const gap = Math.abs(time[q] - time[o]);
      if (gap <= concurrencyMs && a.countryOrRegion && b.countryOrRegion && a.countryOrRegion !== b.countryOrRegion) {
        return { own: o, foreign: q, why: `the same ${linkOf(o)} in ${a.countryOrRegion} and ${b.countryOrRegion} within ${Math.round(gap / 60_000)} min` };
      }
      if (!hasCoordinates(a.latitude, a.longitude) || !hasCoordinates(b.latitude, b.longitude)) continue;
      const km = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
      const kmh = km / Math.max(gap / 3_600_000, 1 / 60);
      if (km >= p.minDistanceKm && kmh > p.maxTravelKmh) {
        return { own: o, foreign: q, why: `the same ${linkOf(o)} ${Math.round(km)} km apart within ${formatGap(gap)} (${Math.round(kmh)} km/h)` };
      }
    }
  }
  return null;
}

function formatGap(ms: number): string {
  return ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : `${(ms / 3_600_000).toFixed(1)} h`;
}
