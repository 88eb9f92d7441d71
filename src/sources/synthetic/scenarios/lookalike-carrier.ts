/**
 * Look-alike: carrier IP switching. A day on the phone: the mobile network hands out a new address every so often, so
 * refreshes come from several IPs, all in one carrier's AS and region, same device and session. Not an attack.
 */
import { planDay } from '../day-plan';
import { addressIn } from '../places';
import type { Planted, ScenarioContext } from './planted';

export function plantCarrierSwitch(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const user = ctx.nextVictim();
  const day = ctx.workDay();
  const id = `lookalike-carrier-switch-${n}`;
  const carrier = rng.pick(user.region.carriers);
  const pool = Array.from({ length: rng.int(3, 6) }, () => addressIn(carrier, rng));
  const base = planDay(ctx.seed, ctx.startMs, user, day, true);
  const plan = {
    ...base,
    device: user.phone,
    interactiveNet: pool[0],
    refreshNet: (r: typeof rng) => r.pick(pool),
    namedNetwork: undefined,
    scenario: id,
  };
  return {
    label: {
      id,
      scenario: 'lookalike-carrier-switch',
      detector: 'token-replay',
      expect: 'no-alert',
      userPrincipalName: user.userPrincipalName,
      ipAddress: pool[1].ip,
      description: `${user.userPrincipalName} works from a phone; refreshes hop between ${pool.length} addresses of AS${carrier.asn} around ${carrier.place.city}.`,
    },
    events: [],
    ownedDays: [plan],
    activeDays: [],
  };
}
