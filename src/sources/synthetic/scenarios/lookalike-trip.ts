/**
 * Look-alikes that are trips: a person flies somewhere and works from a hotel for a day or three.
 *
 * - travel: an ordinary trip, usually within the country; the laptop and the phone's Wi-Fi are at the hotel, the
 *   phone otherwise on its carrier. Nothing overlaps: the first sign-in away comes a flight's time after the last
 *   one at home, and the first one back home a flight after the last one away.
 * - roaming: a trip abroad. The laptop signs in from the hotel abroad while the phone, roaming, still egresses through
 *   its home carrier (home-routed roaming): the same days show the user in a hotel in Tokyo and on T-Mobile
 *   addresses geolocated around the western US. Nothing about it is an attack.
 */
import { planDay, tracksOf, type DayPlan } from '../day-plan';
import { addressIn, type Network } from '../networks/network';
import { ABROAD_TRAVEL, DOMESTIC_TRAVEL } from '../networks/pools';
import { distanceKm } from '../places';
import { clipTrack, clipTrackEnd, trackSpan, type Track } from '../track';
import type { Planted, ScenarioContext } from './planted';
import { describeNet } from './attacker';

const HOUR = 3_600_000;

/** The plan with every track clipped by `clip` (to start after a flight, or to end before one). */
function clipPlan(plan: DayPlan, clip: (t: Track) => Track | undefined): DayPlan {
  const laptop = plan.laptop && clip(plan.laptop);
  const phone = plan.phone && clip(plan.phone);
  const others = plan.others.map(clip).filter((t): t is Track => t !== undefined);
  const [windowStart, windowEnd] = laptop ? trackSpan(laptop) : [plan.windowStart, plan.windowEnd];
  return { ...plan, laptop, phone, others, active: laptop !== undefined, windowStart, windowEnd, microsoftProxy: laptop ? plan.microsoftProxy : { ...plan.microsoftProxy, count: 0 } };
}

/** When the day's first and last sign-ins of any device fall. */
function firstActivity(plan: DayPlan): number {
  return Math.min(...tracksOf(plan).map((t) => trackSpan(t)[0]));
}

/** When the day's last sign-in of any device falls. */
function lastActivity(plan: DayPlan): number {
  return Math.max(plan.windowEnd, ...tracksOf(plan).map((t) => trackSpan(t)[1]));
}

export function plantTrip(ctx: ScenarioContext, n: number, kind: 'travel' | 'roaming'): Planted {
  const { rng } = ctx;
  const length = Math.min(rng.int(1, 3), Math.max(1, ctx.days - 2));
  const { user, day } = ctx.claim({ filter: (u) => kind === 'travel' || u.phone !== undefined, length, before: 1, after: 1 });
  const abroad = kind === 'roaming' || rng.chance(0.25);
  const choices: readonly Network[] = abroad ? ABROAD_TRAVEL.filter((h) => h.place.country !== user.region.country) : DOMESTIC_TRAVEL[user.region.country];
  const hotelNet = rng.pick(choices.filter((h) => h.place.city !== user.home.city));
  const hotel = addressIn(hotelNet, rng);
  const flight = (distanceKm(user.home, hotel.place) / 800 + (abroad ? 3 : 2)) * HOUR;
  const id = `lookalike-${kind}-${n}`;
  const away = { spot: { net: hotel }, utcOffset: hotel.place.utcOffset };
  const trip: DayPlan[] = [];
  for (let d = day; d < day + length; d++) {
    const plan = planDay(ctx.seed, ctx.startMs, user, d, { forceActive: true, plain: true, away, forcePhone: kind === 'roaming', scenario: id });
    // Days away follow each other in one time zone; a night's sleep between them.
    trip.push(trip.length ? clipPlan(plan, (t) => clipTrack(t, lastActivity(trip[trip.length - 1]) + 8 * HOUR)) : plan);
  }
  // The day before, the traveller leaves in time for the flight; the day after, starts a flight after the last sign-in away.
  const ownedDays = [...trip];
  if (day > 0) {
    const departure = firstActivity(trip[0]) - flight;
    ownedDays.push(clipPlan(planDay(ctx.seed, ctx.startMs, user, day - 1), (t) => clipTrackEnd(t, departure)));
  }
  const back = day + length;
  if (back < ctx.days) ownedDays.push(clipPlan(planDay(ctx.seed, ctx.startMs, user, back), (t) => clipTrack(t, lastActivity(trip[trip.length - 1]) + flight)));
  const phoneCarrier = ownedDays.flatMap((p) => (p.scenario ? (p.phone?.segments ?? []) : [])).map((s) => s.spot.net).filter((net) => net.role === 'carrier');
  const description =
    kind === 'roaming'
      ? `${user.userPrincipalName} travels to ${hotel.place.city}, ${hotel.place.country} for ${length} day(s): the laptop signs in from the hotel (${describeNet(hotel)}) ` +
        `while the roaming phone still egresses through its home carrier AS${user.carrier.asn} (${user.carrier.name}${phoneCarrier.length ? `, e.g. ${phoneCarrier[0].ip} in ${phoneCarrier[0].place.city}` : ''}), the same days.`
      : `${user.userPrincipalName} travels from ${user.home.city} to ${hotel.place.city}, ${hotel.place.country} for ${length} day(s) and works from the hotel (${describeNet(hotel)}); ` +
        `the first sign-in away comes at least a flight (${Math.round(flight / HOUR)} h) after the last one at home.`;
  return {
    label: { id, scenario: kind === 'roaming' ? 'lookalike-roaming' : 'lookalike-travel', detector: 'token-replay', expect: 'no-alert', userPrincipalName: user.userPrincipalName, ipAddress: hotel.ip, description },
    events: [],
    ownedDays,
    activeDays: [],
  };
}
