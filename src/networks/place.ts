/**
 * A place: where a row says the user was, at the resolution the network class allows. The IPv4 and IPv6 addresses of
 * one ISP in one city are one place (a dual-stack home); every address of a carrier or of Microsoft is one place per
 * ASN (their geolocation is a gateway or a datacentre, and their addresses rotate). A hosting provider's network
 * (IPv4 /24, IPv6 /48) is a place of its own: its ASN serves thousands of unrelated customers, so one user's VPN
 * exit there says nothing of an attacker's server in the next rack.
 */
import { ipKey } from './ip-key';
import type { NetworkInfo } from './classify';

/** A stable text key for the place of a row. */
export function placeKey(net: NetworkInfo, country: string, city: string, ip: string): string {
  if (net.asn && net.class === 'isp') return `AS${net.asn}|${country}|${city}`;
  if (net.asn && net.class !== 'hosting') return `AS${net.asn}`;
  return `AS${net.asn}|${prefixOf(ip)}`;
}

/** The address's network: IPv4 /24, IPv6 /48 ("" for no address). */
function prefixOf(ip: string): string {
  const key = ipKey(ip);
  if (key === undefined) return '';
  return typeof key === 'bigint' ? `net6:${(key >> 16n).toString(16)}` : `net4:${Math.floor(key / 256)}`;
}
