/**
 * Password spray, distributed: many addresses, each trying an account or three, so that no address looks like a
 * spray on its own. Either many addresses of one hosting provider's ASN (a rented block), or one tool (one user
 * agent) behind a residential proxy network spread over many ISPs and countries. Many accounts, a few hours.
 */
import { addressIn, type NetPoint } from '../networks/network';
import { FOREIGN_ISPS, HOSTING, RESIDENTIAL_PROXIES } from '../networks/pools';
import type { SignInSpec } from '../sign-in-spec';
import { describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { protocolName, sprayAgent, sprayAttempt, sprayProtocol } from './spray-attempt';
import { notLegacyAuth } from './spray-labels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantDistributedSpray(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const oneAsn = rng.chance(0.5);
  const ipCount = rng.int(10, 40);
  let sources: NetPoint[];
  if (oneAsn) {
    const asn = rng.pick(HOSTING).asn;
    const sites = HOSTING.filter((s) => s.asn === asn);
    sources = Array.from({ length: ipCount }, () => addressIn(rng.pick(sites), rng));
  } else {
    const pool = [...Object.values(RESIDENTIAL_PROXIES).flat(), ...FOREIGN_ISPS];
    sources = Array.from({ length: ipCount }, () => addressIn(rng.pick(pool), rng));
  }
  const targets = rng.sample(ctx.users, Math.min(ctx.users.length, rng.int(15, 60)));
  const hours = rng.between(1, 8);
  const from = ctx.startMs + rng.between(0, Math.max(0, ctx.days * 24 - hours - 1)) * HOUR;
  const protocol = sprayProtocol(rng);
  const userAgent = sprayAgent(rng);
  const id = `password-spray-distributed-${n}`;
  const events: SignInSpec[] = [];
  const order = rng.sample(targets, targets.length);
  let k = 0;
  for (const net of sources) {
    const tries = rng.int(1, 3);
    for (let j = 0; j < tries; j++, k++) {
      const user = order[k % order.length];
      events.push(sprayAttempt(rng, { user, net, protocol, time: from + rng.between(0, hours * HOUR), resultType: rng.chance(0.05) ? 50053 : 50126, scenario: id, userAgent }));
    }
  }
  const addresses = [...new Set(sources.map((s) => s.ip))];
  const asns = new Set(sources.map((s) => s.asn));
  const accounts = new Set(events.map((e) => e.user.userPrincipalName)).size;
  return {
    label: {
      id,
      scenario: 'password-spray-distributed',
      detector: 'password-spray',
      expect: 'alert',
      ipAddress: addresses[0],
      ipAddresses: addresses,
      ...(oneAsn ? { autonomousSystemNumber: sources[0].asn } : {}),
      description:
        `Distributed: ${events.length} guesses against ${accounts} accounts from ${addresses.length} addresses ` +
        (oneAsn ? `of AS${sources[0].asn} (${describeNet(sources[0])} and others)` : `in ${asns.size} ASNs, one user agent (${protocol === 'ropc' ? userAgent : 'BAV2ROPC'})`) +
        ` over ${hours.toFixed(1)} h via ${protocolName(protocol)}, all failing.`,
    },
    also: [notLegacyAuth(id, 'password-spray-distributed', addresses, protocol)],
    events,
    ownedDays: [],
    activeDays: [],
  };
}
