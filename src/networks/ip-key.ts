/**
 * An address as a number that sorts like the address: IPv4 as its 32-bit value, IPv6 as its upper 64 bits (the
 * routing prefix; announcements are never longer than /64 in practice). Parsing is ipaddr.js's (the parser Express's
 * proxy-addr uses), so every textual form (compressed IPv6, IPv4-mapped, zone ids) is read the standard way.
 */
import ipaddr from 'ipaddr.js';

/** The sortable key of an address, or undefined when the text is not an IP address. */
export function ipKey(ip: string): number | bigint | undefined {
  const text = ip.trim().replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return undefined;
  let addr = ipaddr.parse(text);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  const bytes = addr.toByteArray();
  if (addr.kind() === 'ipv4') return ((bytes[0] << 24) >>> 0) + (bytes[1] << 16) + (bytes[2] << 8) + bytes[3];
  let key = 0n;
  for (let i = 0; i < 8; i++) key = (key << 8n) | BigInt(bytes[i]);
  return key;
}

/** 4 or 6 for an address, 0 for anything else. */
export function ipFamily(ip: string): 0 | 4 | 6 {
  const key = ipKey(ip);
  return key === undefined ? 0 : typeof key === 'bigint' ? 6 : 4;
}
