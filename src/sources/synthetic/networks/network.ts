/**
 * A network as the generator uses it: a catalogue ASN seen from one place, in one role. The same ASN can play
 * several roles (Comcast is a Seattle home, a Chicago hotel and a residential proxy in Atlanta); the role is the
 * generator's own knowledge, the ASN and the place are what a row shows.
 */
import type { Place } from '../places';
import type { Rng } from '../prng';
import { addressInPrefix, type Family } from './addresses';
import type { AsnEntry } from './asn-catalogue';

/** What the network is in this tenant's story. */
export type NetworkRole =
  | 'home'
  | 'office'
  | 'corporate-vpn'
  | 'carrier'
  | 'hotel'
  | 'consumer-vpn'
  | 'microsoft'
  | 'cloud-pc'
  | 'hosting'
  | 'residential-proxy'
  | 'mobile-proxy'
  | 'foreign-isp'
  | 'blocked-country';

/** A catalogue ASN (its prefixes narrowed to this site's) in one role at one place. */
export interface Network extends AsnEntry {
  readonly role: NetworkRole;
  /** Where its addresses geolocate. */
  readonly place: Place;
  /** A carrier's addresses geolocate to one of its gateways instead: often hundreds of km from the phone. */
  readonly gateways?: readonly Place[];
}

/** One concrete address: what IPAddress, AutonomousSystemNumber and LocationDetails say about a row. */
export interface NetPoint {
  readonly ip: string;
  readonly asn: number;
  readonly place: Place;
  /** The generator's knowledge of what the address is (never written to a row). */
  readonly role: NetworkRole;
}

/** `entry` seen from `place` in `role`, optionally restricted to some of its prefixes. */
export function site(entry: AsnEntry, role: NetworkRole, place: Place, only?: { v4?: string[]; v6?: string[]; gateways?: Place[] }): Network {
  return { ...entry, role, v4: only?.v4 ?? entry.v4, v6: only?.v6 ?? entry.v6, place, gateways: only?.gateways };
}

/** A fresh address in the network (IPv6 when asked for and the network has IPv6), with where it geolocates. */
export function addressIn(net: Network, rng: Rng, family: Family = 'v4'): NetPoint {
  const v6 = family === 'v6' && net.v6.length > 0;
  const ip = addressInPrefix(rng.pick(v6 ? net.v6 : net.v4), rng);
  const place = net.gateways ? rng.pick(net.gateways) : net.place;
  return { ip, asn: net.asn, place, role: net.role };
}
