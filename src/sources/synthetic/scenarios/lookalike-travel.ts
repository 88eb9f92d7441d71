/**
 * Look-alike: ordinary travel. The user flies to another city for the last days of the period and works from a hotel
 * there: interactive sign-ins and refreshes both from the new place, never overlapping the last day at home. Not an
 * attack (and not impossible travel: at least eight hours pass between the last home sign-in and the first away).
 */
import { planDay } from '../day-plan';
import { addressIn, TRAVEL_NETWORKS } from '../places';
import type { DayPlan } from '../day-plan';
import type { Planted, ScenarioContext } from './planted';

const HOUR = 3_600_000;

export function plantTravel(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const user = ctx.nextVictim();
  const network = rng.pick(TRAVEL_NETWORKS.filter((net) => net.place.city !== user.home.city && Math.abs(net.place.utcOffset - user.home.utcOffset) <= 9));
  const hotel = addressIn(network, rng);
  const length = Math.min(ctx.days, rng.int(1, 3));
  const firstDay = ctx.days - length;
  const id = `lookalike-travel-${n}`;
  const shift = (user.home.utcOffset - hotel.place.utcOffset) * HOUR;
  let notBefore = -Infinity;
  if (firstDay > 0) {
    const before = planDay(ctx.seed, ctx.startMs, user, firstDay - 1);
    if (before.active) notBefore = before.windowEnd + 8 * HOUR;
  }
  const ownedDays: DayPlan[] = [];
  for (let day = firstDay; day < ctx.days; day++) {
    const base = planDay(ctx.seed, ctx.startMs, user, day, true);
    let start = base.windowStart + shift;
    const hours = base.windowEnd - base.windowStart;
    if (start < notBefore) start = notBefore;
    ownedDays.push({ ...base, windowStart: start, windowEnd: start + hours, interactiveNet: hotel, refreshNet: () => hotel, namedNetwork: undefined, scenario: id });
    notBefore = start + hours + 8 * HOUR;
  }
  return {
    label: {
      id,
      scenario: 'lookalike-travel',
      detector: 'token-replay',
      expect: 'no-alert',
      userPrincipalName: user.userPrincipalName,
      ipAddress: hotel.ip,
      description: `${user.userPrincipalName} travels from ${user.home.city} to ${hotel.place.city}, ${hotel.place.country} for the last ${length} day(s); every sign-in there comes from ${hotel.ip} (AS${hotel.asn}).`,
    },
    events: [],
    ownedDays,
    activeDays: [],
  };
}
