/**
 * IP address functions. Addresses may carry a prefix (`192.168.1.1/24`); a range is a prefix (`10.0.0.0/8`) or one
 * address. Text that is not an address gives null, as in Kusto. IPv6 functions also read IPv4 addresses (as
 * IPv4-mapped ::ffff:a.b.c.d), the way Kusto's ipv6_* functions do.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Value } from '../values/types';
import { fn, type ScalarFunctionDef } from './function';

interface V4 {
  readonly addr: number;
  readonly prefix: number;
}

/** An IPv4 address with an optional /prefix. */
export function parseIpv4(text: string): V4 | null {
  const [ip, p, extra] = text.trim().split('/');
  if (extra !== undefined || !isIPv4(ip)) return null;
  const prefix = p === undefined ? 32 : /^\d{1,2}$/.test(p) ? Number(p) : NaN;
  if (!(prefix >= 0 && prefix <= 32)) return null;
  const addr = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return { addr, prefix };
}

const mask4 = (bits: number) => (bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);

function inRange4(ip: V4, range: V4): boolean {
  const bits = Math.min(ip.prefix, range.prefix);
  const m = mask4(bits);
  return ((ip.addr & m) >>> 0) === ((range.addr & m) >>> 0);
}

interface V6 {
  readonly addr: bigint;
  readonly prefix: number;
}

/** An IPv6 (or IPv4, mapped) address with an optional /prefix. */
export function parseIpv6(text: string): V6 | null {
  const [ip, p, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  let addr: bigint;
  let maxPrefix = 128;
  if (isIPv4(ip)) {
    addr = (0xffffn << 32n) | BigInt(parseIpv4(ip)!.addr);
    maxPrefix = 32;
  } else if (isIPv6(ip)) {
    addr = expand6(ip);
  } else return null;
  const given = p === undefined ? maxPrefix : /^\d{1,3}$/.test(p) ? Number(p) : NaN;
  if (!(given >= 0 && given <= maxPrefix)) return null;
  return { addr, prefix: maxPrefix === 32 ? 96 + given : given };
}

function expand6(ip: string): bigint {
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const a = parseIpv4(v4[1])!.addr;
    text = text.slice(0, -v4[1].length) + `${(a >>> 16).toString(16)}:${(a & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const groups = tail !== undefined ? [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

function inRange6(ip: V6, range: V6): boolean {
  const bits = BigInt(Math.min(ip.prefix, range.prefix));
  const shift = 128n - bits;
  return ip.addr >> shift === range.addr >> shift;
}

/** An IPv4 address given as text (with an optional /prefix) or as its number in big-endian order. */
function ipv4Of(v: Value): V4 | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? { addr: v, prefix: 32 } : null;
  return v === null ? null : parseIpv4(String(v));
}

/** The prefix length argument: a whole number within [0, max], else undefined (the call fails). */
function prefixArg(v: Value, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : undefined;
}

const dotted = (addr: number): string => [24, 16, 8, 0].map((s) => (addr >>> s) & 255).join('.');

/** The network address of an IPv4 value under `bits` (its own prefix, if shorter, wins), or null. */
function network4(args: Value[]): { addr: number; bits: number } | null {
  const ip = ipv4Of(args[0]);
  const given = args.length > 1 ? prefixArg(args[1], 32) : 32;
  if (!ip || given === undefined) return null;
  const bits = Math.min(ip.prefix, given);
  return { addr: (ip.addr & mask4(bits)) >>> 0, bits };
}

/**
 * An IPv6 (or mapped IPv4) network address under `prefix` bits, in Kusto's canonical text (8 groups of 4 hex digits).
 * For an IPv4 address the documentation shows a prefix over 32 counting IPv6 bits (`'192.168.255.255', 120` masks
 * the last 8) and one of 32 or less counting IPv4 bits (`parse_ipv6_mask("127.0.0.1", 24)` keeps the ffff of the
 * mapping and gives ...:ffff:7f00:0000).
 */
function canonical6(ipText: Value, prefix: number | undefined): string {
  if (ipText === null || prefix === undefined) return '';
  const text = String(ipText);
  const ip = parseIpv6(text);
  if (!ip) return '';
  const mask = prefix <= 32 && isIPv4(text.trim().split('/')[0]) ? 96 + prefix : prefix;
  const bits = BigInt(Math.min(ip.prefix, mask));
  const masked = bits === 0n ? 0n : (ip.addr >> (128n - bits)) << (128n - bits);
  const hex = masked.toString(16).padStart(32, '0');
  return hex.match(/.{4}/g)!.join(':');
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((r) => parseIpv4(r)!);

/** Ranges given as several arguments or as one dynamic array. */
function rangesOf(args: Value[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (Array.isArray(a)) for (const x of a) out.push(String(x));
    else if (a !== null) out.push(String(a));
  }
  return out;
}

function anyRange<T>(parse: (s: string) => T | null, test: (ip: T, r: T) => boolean) {
  return (a: Value[]) => {
    if (a[0] === null) return null;
    const ip = parse(String(a[0]));
    if (!ip) return null;
    let sawBad = false;
    for (const r of rangesOf(a.slice(1))) {
      const range = parse(r);
      if (!range) sawBad = true;
      else if (test(ip, range)) return true;
    }
    return sawBad ? null : false;
  };
}

export const IP_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('ipv4_is_in_range', [2, 2], 'ipv4_is_in_range(ip, range): bool', anyRange(parseIpv4, inRange4)),
  fn('ipv4_is_in_any_range', [2, 255], 'ipv4_is_in_any_range(ip, range1, ... | dynamic ranges): bool', anyRange(parseIpv4, inRange4)),
  fn('ipv4_is_private', [1, 1], 'ipv4_is_private(ip): bool', (a) => {
    const ip = a[0] === null ? null : parseIpv4(String(a[0]));
    return ip ? PRIVATE_V4.some((r) => inRange4(ip, r)) : null;
  }),
  fn('ipv4_is_match', [2, 3], 'ipv4_is_match(ip1, ip2 [, prefix]): bool', (a) => {
    const x = a[0] === null ? null : parseIpv4(String(a[0]));
    const y = a[1] === null ? null : parseIpv4(String(a[1]));
    if (!x || !y) return null;
    const bits = Math.min(x.prefix, y.prefix, a.length > 2 && a[2] !== null ? (a[2] as number) : 32);
    return ((x.addr & mask4(bits)) >>> 0) === ((y.addr & mask4(bits)) >>> 0);
  }),
  fn('parse_ipv4', [1, 1], 'parse_ipv4(ip): long', (a) => {
    const x = a[0] === null ? null : parseIpv4(String(a[0]));
    return x ? (x.addr & mask4(x.prefix)) >>> 0 : null;
  }),
  fn('parse_ipv4_mask', [2, 2], 'parse_ipv4_mask(ip, prefix): long', (a) => network4(a)?.addr ?? null),
  fn('format_ipv4', [1, 2], 'format_ipv4(ip [, prefix]): string', (a) => {
    const n = network4(a);
    return n ? dotted(n.addr) : '';
  }),
  fn('format_ipv4_mask', [1, 2], 'format_ipv4_mask(ip [, prefix]): string', (a) => {
    const n = network4(a);
    return n ? `${dotted(n.addr)}/${n.bits}` : '';
  }),
  fn('parse_ipv6', [1, 1], 'parse_ipv6(ip): string', (a) => canonical6(a[0], 128)),
  fn('parse_ipv6_mask', [2, 2], 'parse_ipv6_mask(ip, prefix): string', (a) => canonical6(a[0], prefixArg(a[1], 128))),
  fn('ipv6_is_in_range', [2, 2], 'ipv6_is_in_range(ip, range): bool', anyRange(parseIpv6, inRange6)),
  fn('ipv6_is_in_any_range', [2, 255], 'ipv6_is_in_any_range(ip, range1, ... | dynamic ranges): bool', anyRange(parseIpv6, inRange6)),
];
