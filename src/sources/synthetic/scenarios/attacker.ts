/**
 * How an attacker shows up in a row, drawn per scenario so that no single trait gives them away:
 *
 * - network: a hosting provider (often), a residential proxy in the victim's own country (commonly rented to look
 *   domestic), a mobile proxy on one of that country's carriers, or a home connection on another continent;
 * - device: an unregistered machine that says what it is, or one that copies the victim's operating system and
 *   browser; a stolen PRT carries the victim's own device claim, so its rows show the victim's device;
 * - user agent: the victim's own, copied (infostealers take the whole browser profile; AiTM proxies forward it), an
 *   older browser build, or a script's.
 */
import { addressIn, type NetPoint, type Network } from '../networks/network';
import { FOREIGN_ISPS, HOSTING, RESIDENTIAL_PROXIES } from '../networks/pools';
import type { Rng } from '../prng';
import { browserAgent } from '../user-agents';
import type { Device, SynthUser } from '../users';
import { unregisteredDevice } from './planted';

export type AttackerNetworkKind = 'hosting' | 'residential-proxy' | 'mobile-proxy' | 'foreign-isp';

/** Weights of each kind of network, per scenario. */
export type NetworkMix = readonly (readonly [AttackerNetworkKind, number])[];

/** Networks of `kind` an attacker of `victim` can use: never the victim's own home ISP or carrier. */
export function attackerNetworks(kind: AttackerNetworkKind, victim: SynthUser): readonly Network[] {
  const own = (n: Network) => n.asn === victim.homeIsp.asn || n.asn === victim.carrier.asn;
  switch (kind) {
    case 'hosting':
      return HOSTING;
    case 'residential-proxy':
      return (RESIDENTIAL_PROXIES[victim.region.country] ?? []).filter((n) => !own(n));
    case 'mobile-proxy':
      return victim.region.carriers.filter((n) => !own(n)).map((n) => ({ ...n, role: 'mobile-proxy' as const }));
    case 'foreign-isp':
      return FOREIGN_ISPS.filter((n) => n.place.continent !== victim.home.continent);
  }
}

/** One attacker address, of a kind drawn from `mix`. */
export function attackerAddress(rng: Rng, victim: SynthUser, mix: NetworkMix): NetPoint {
  const kind = rng.weighted(mix);
  const net = rng.pick(attackerNetworks(kind, victim));
  return addressIn(net, rng, net.v6.length && rng.chance(0.2) ? 'v6' : 'v4');
}

/** Words for a row's network in a label description. */
export function describeNet(n: NetPoint): string {
  return `${n.ip} (AS${n.asn}, ${n.role}, ${n.place.city}, ${n.place.country})`;
}

const TOOL_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'python-requests/2.32.3',
  'Mozilla/5.0 (compatible; MSAL 1.0)',
  'axios/1.7.9',
];

/** The machine and user agent of someone replaying a token of `victim`. */
export function attackerClient(rng: Rng, victim: SynthUser, prt: boolean): { device: Device; userAgent?: string; copied: boolean } {
  const copied = rng.chance(0.4);
  if (prt) return { device: victim.laptop, userAgent: copied ? undefined : rng.pick(TOOL_AGENTS.slice(0, 2)), copied };
  if (copied) {
    const device = unregisteredDevice(victim.laptop.operatingSystem, victim.laptop.browser);
    return { device, userAgent: browserAgent(victim.laptop), copied };
  }
  const device = unregisteredDevice(rng.pick(['Windows 10', 'Linux', 'MacOs']), rng.pick(['Chrome 124.0.0', 'Firefox 139.0', 'Edge 131.0.0']));
  return { device, userAgent: rng.pick(TOOL_AGENTS), copied };
}

/** Random times of `count` refreshes over [from, to], steady or in bursts. */
export function attackTimes(rng: Rng, count: number, from: number, to: number): number[] {
  const steady = rng.chance(0.5);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(steady ? from + ((to - from) * (i + rng.next())) / count : from + rng.between(0, to - from));
  return times.sort((a, b) => a - b).map(Math.round);
}
