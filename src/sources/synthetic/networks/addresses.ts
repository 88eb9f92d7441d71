/**
 * Random addresses inside real prefixes, IPv4 and IPv6, written as Entra writes them (dotted quad; RFC 5952
 * compressed lower-case IPv6). A home's IPv6 address keeps its /64 (the prefix the ISP delegates) while the last 64
 * bits change daily, as privacy extensions make them.
 */
import type { Rng } from '../prng';

export type Family = 'v4' | 'v6';

/** The 128-bit value of an IPv6 address, or the 32-bit value of an IPv4 address, as a bigint. */
export function addressValue(ip: string): bigint {
  if (!ip.includes(':')) return BigInt(ip.split('.').reduce((n, o) => n * 256 + Number(o), 0));
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((n, g) => n * 65536n + BigInt(parseInt(g || '0', 16)), 0n);
}

/** [first, last] address values of a CIDR prefix. */
export function prefixRange(cidr: string): [bigint, bigint] {
  const [ip, len] = cidr.split('/');
  const bits = ip.includes(':') ? 128 : 32;
  const size = 1n << BigInt(bits - Number(len));
  const first = (addressValue(ip) / size) * size;
  return [first, first + size - 1n];
}

function formatV4(v: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
}

/** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as '::'. */
export function formatV6(v: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((v >> BigInt(16 * i)) & 0xffffn));
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

function randomBits(rng: Rng, bits: number): bigint {
  let v = 0n;
  for (let done = 0; done < bits; done += 32) v = (v << 32n) | BigInt(rng.word());
  return v & ((1n << BigInt(bits)) - 1n);
}

/** A random host address inside `cidr` (IPv4: never the .0 or .255 of a /24, which hosts rarely use). */
export function addressInPrefix(cidr: string, rng: Rng): string {
  const [first, last] = prefixRange(cidr);
  const span = last - first + 1n;
  if (!cidr.includes(':')) {
    let v = first + (randomBits(rng, 32) % span);
    if (span > 256n && ((v & 255n) === 0n || (v & 255n) === 255n)) v = (v & ~255n) | BigInt(rng.int(2, 254));
    return formatV4(v);
  }
  return formatV6(first + (randomBits(rng, 128) % span));
}

/** A random /64 inside an IPv6 prefix, as its first address's value (a household's delegated prefix). */
export function subnet64In(cidr: string, rng: Rng): bigint {
  const [first, last] = prefixRange(cidr);
  const nets = (last - first + 1n) >> 64n;
  return first + ((randomBits(rng, 64) % nets) << 64n);
}

/** An address in a /64 with a random interface identifier (privacy extensions pick a new one every day). */
export function addressIn64(subnet: bigint, rng: Rng): string {
  return formatV6(subnet | (randomBits(rng, 64) | 1n));
}
