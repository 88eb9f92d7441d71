/**
 * One user's baseline over the loaded period: their devices (each registered deviceId with the operating system it
 * normally reports), their own places, and which of their rows come from elsewhere.
 *
 * A place is the user's own only with something behind it, never because an interactive sign-in happened there:
 * - a fresh interactive sign-in there (a password, a passkey, Windows Hello: not only a claim carried by a token) from
 *   one of their registered devices reporting its usual operating system: an AiTM proxy or a cookie thief has no
 *   registered device, and a PRT thief has the device claim but signs in with the token alone; or
 * - interactive sign-ins there on an earlier day (own from the next day on), or
 * - an address the organisation shares (office, VPN; see context.ts);
 * - for lack of all of these (no registered device, one day of data), the place of the user's first interactive
 *   sign-in in the data: something must be the baseline, and a thief's sign-in rarely comes first.
 * Microsoft's networks are neither own nor foreign (services there act on the user's behalf), and nor are the
 * addresses the analyst excluded.
 */
import type { OsFamily } from '../../devices/device-family';
import type { ReplayContext } from './context';
import { fingerprint } from './context';

const DAY = 86_400_000;

export interface UserBaseline {
  /** The user's replayable rows (positions), in time order. */
  readonly rows: readonly number[];
  /** Each registered deviceId code's usual operating system family. */
  readonly deviceOs: ReadonlyMap<number, OsFamily>;
  /** Own rows (positions) in time order, outside Microsoft's networks. */
  readonly own: readonly number[];
  /** Foreign rows per place code, each list in time order. */
  readonly foreign: ReadonlyMap<number, number[]>;
  /** Rows on Microsoft's networks (services acting for the user), and rows from addresses the analyst excluded. */
  readonly microsoft: number;
  readonly excluded: number;
  /**
   * When the user was first seen at an own place of each ASN, and in each country of their own ISP places (a carrier's
   * or a datacentre's geolocation says nothing of where the person is): a network is new only if it was not theirs yet.
   */
  readonly ownAsnSince: ReadonlyMap<string, number>;
  readonly ownCountrySince: ReadonlyMap<string, number>;
  readonly ownFingerprints: ReadonlySet<number>;
  /** Rows of each SessionId code (positions, time order). */
  readonly sessions: ReadonlyMap<number, number[]>;
  /** UniqueTokenIdentifier values of own rows that foreign rows carry too. */
  readonly ownTokens: ReadonlySet<string>;
  /** Times of interactive rows, ascending. */
  readonly interactiveTimes: Float64Array;
}

/** True when the row shows one of the user's registered devices reporting its usual operating system. */
export function knownDevice(c: ReplayContext, deviceOs: ReadonlyMap<number, OsFamily>, q: number): boolean {
  const d = c.deviceId.codes[q];
  if (d === 0 || !deviceOs.has(d)) return false;
  const os = c.osOf[c.osCodes[q]];
  return os === '' || os === deviceOs.get(d);
}

/** The usual OS of each deviceId: the most frequent among its rows, interactive sign-ins counting five times. */
function deviceProfiles(c: ReplayContext, rows: readonly number[]): Map<number, OsFamily> {
  const counts = new Map<number, Map<OsFamily, number>>();
  for (const q of rows) {
    const d = c.deviceId.codes[q];
    const os = c.osOf[c.osCodes[q]];
    if (d === 0 || os === '') continue;
    let m = counts.get(d);
    if (!m) counts.set(d, (m = new Map()));
    m.set(os, (m.get(os) ?? 0) + (c.interactive[q] === 1 ? 5 : 1));
  }
  const out = new Map<number, OsFamily>();
  for (const [d, m] of counts) out.set(d, [...m].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/**
 * The baseline of one user from their replayable rows (positions, time order). `distrusted` places never become own by
 * history or as the first place: a place whose first appearance raised an alert must not launder itself by lasting
 * past midnight (see run.ts).
 */
export function userBaseline(c: ReplayContext, rows: readonly number[], distrusted: ReadonlySet<number> = new Set()): UserBaseline {
  const { networks, time, interactive, ip } = c;
  const deviceOs = deviceProfiles(c, rows);
  const placeOf = (q: number) => networks.placeOfIp[ip.codes[q]];
  const ownSince = new Map<number, number>();
  for (const q of rows) {
    const place = placeOf(q);
    if (interactive[q] !== 1 || place < 0) continue;
    const fresh = c.freshAuthOf[c.authCodes[q]];
    const since = fresh && knownDevice(c, deviceOs, q) ? -Infinity : distrusted.has(place) ? Infinity : Math.floor(time[q] / DAY) * DAY + DAY;
    if (since < (ownSince.get(place) ?? Infinity)) ownSince.set(place, since);
  }
  const excluded = (q: number) => c.excludedIp[ip.codes[q]] === 1 || networks.places[placeOf(q)].network.class === 'microsoft';
  if (![...ownSince.values()].some((t) => t === -Infinity) && !rows.some((q) => c.sharedIp[ip.codes[q]] === 1)) {
    const first = rows.find((q) => interactive[q] === 1 && placeOf(q) >= 0 && !excluded(q) && !distrusted.has(placeOf(q)));
    if (first !== undefined) ownSince.set(placeOf(first), -Infinity);
  }
  const status = c.status;
  const own: number[] = [];
  const foreign = new Map<number, number[]>();
  const sessions = new Map<number, number[]>();
  const ownAsnSince = new Map<string, number>();
  const ownCountrySince = new Map<string, number>();
  const ownFingerprints = new Set<number>();
  const ownTokens = new Set<string>();
  const session = c.table.column('SessionId').codes;
  const uti = c.table.column('UniqueTokenIdentifier').values;
  let microsoft = 0;
  let excludedRows = 0;
  const interactiveTimes: number[] = [];
  for (const q of rows) {
    if (interactive[q] === 1) interactiveTimes.push(time[q]);
    const s = session[q];
    if (s !== 0) {
      const list = sessions.get(s);
      if (list) list.push(q);
      else sessions.set(s, [q]);
    }
    const place = placeOf(q);
    if (place < 0) continue; // no address: nowhere to place it
    if (excluded(q)) {
      status[q] = 3;
      if (c.excludedIp[ip.codes[q]] === 1) excludedRows++;
      else microsoft++;
      continue;
    }
    if (c.sharedIp[ip.codes[q]] === 1 || (ownSince.get(place) ?? Infinity) <= time[q]) {
      status[q] = 1;
      own.push(q);
      ownFingerprints.add(fingerprint(c, q));
      const pl = networks.places[place];
      if (pl.network.asn && !ownAsnSince.has(pl.network.asn)) ownAsnSince.set(pl.network.asn, time[q]);
      if (pl.countryOrRegion && pl.network.class === 'isp' && !ownCountrySince.has(pl.countryOrRegion)) ownCountrySince.set(pl.countryOrRegion, time[q]);
      continue;
    }
    status[q] = 2;
    const list = foreign.get(place);
    if (list) list.push(q);
    else foreign.set(place, [q]);
  }
  // Tokens shared between own and foreign rows: only the foreign rows' identifiers are worth keeping.
  const foreignTokens = new Set<string>();
  for (const list of foreign.values()) for (const q of list) if (uti[q]) foreignTokens.add(uti[q]);
  if (foreignTokens.size) for (const q of own) if (foreignTokens.has(uti[q])) ownTokens.add(uti[q]);
  return {
    rows,
    deviceOs,
    own,
    foreign,
    microsoft,
    excluded: excludedRows,
    ownAsnSince,
    ownCountrySince,
    ownFingerprints,
    sessions,
    ownTokens,
    interactiveTimes: Float64Array.from(interactiveTimes),
  };
}
