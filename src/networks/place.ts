/**
 * A place: where a row says the user was, at the resolution the network class allows. The IPv4 and IPv6 addresses of
 * one ISP in one city are one place (a dual-stack home); every address of a carrier, a hosting provider or Microsoft is
 * one place per ASN (their geolocation is a gateway or a datacentre, and their addresses rotate).
 */
import { ipKey } from './ip-key';
import type { NetworkInfo } from './classify';

/** A stable text key for the place of a row. */
export function placeKey(net: NetworkInfo, country: string, city: string, ip: string): string {
  if (net.asn) return net.class === 'isp' ? `AS${net.asn}|${country}|${city}` : `AS${net.asn}`;
  // No ASN anywhere: the address's network (IPv4 /24, IPv6 /48) stands in for the operator.
  const key = ipKey(ip);
  if (key === undefined) return '';
  return typeof key === 'bigint' ? `net6:${(key >> 16n).toString(16)}` : `net4:${Math.floor(key / 256)}`;
}
