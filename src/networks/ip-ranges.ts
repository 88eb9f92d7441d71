/**
 * IP exclusion lists (single addresses or CIDR ranges, IPv4 and IPv6), matched with Node's own `net.BlockList`
 * rather than hand-written prefix arithmetic.
 */
import { BlockList, isIP } from 'node:net';
import { UserError } from '../errors';

export interface IpRanges {
  /** True when the address falls in one of the ranges; false for an empty or malformed address. */
  has(ip: string): boolean;
}

/**
 * Parses a list like `["20.190.128.0/18", "2603:1000::/25", "203.0.113.7"]`.
 * @throws UserError naming the entry that is not an address or a CIDR range.
 */
export function ipRanges(entries: readonly string[]): IpRanges {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      throw new UserError(`not an IP address or CIDR range: "${entry}"`);
    }
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return {
    has(ip: string): boolean {
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
