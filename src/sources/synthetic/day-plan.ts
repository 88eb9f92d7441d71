/**
 * How one person's day goes: whether they work, from where (office or home), on which device, in which hours, in
 * which session. Planned from the user's own seeded stream so a scenario can ask for a victim's session and working
 * hours without generating the day, and can hand the day back with changes (travel, VPN, carrier, proxy).
 */
import { addressIn, type NetPoint } from './places';
import { rngFor, type Rng } from './prng';
import type { App } from './apps';
import type { Device, SynthUser } from './users';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface DayPlan {
  readonly user: SynthUser;
  readonly day: number;
  readonly active: boolean;
  readonly workday: boolean;
  /** Working window, epoch ms UTC. */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly interactiveCount: number;
  readonly device: Device;
  readonly sessionId: string;
  readonly interactiveNet: NetPoint;
  /** The address of the k-th silent refresh of an app (the same address unless a scenario says otherwise). */
  readonly refreshNet: (rng: Rng, app: App, k: number) => NetPoint;
  readonly namedNetwork?: string;
  /** Planted scenario id owning every row of the day, when one does. */
  readonly scenario?: string;
}

/** The office egress address of a region (two NAT addresses per office, shared by everyone there). */
export function officeAddress(seed: number, user: SynthUser, which: number): NetPoint {
  return addressIn(user.region.office, rngFor(seed, 'office', user.region.name, which % 2));
}

/** Whether day `day` of a tenant starting at `startMs` is a Saturday or Sunday. */
export function isWeekend(startMs: number, day: number): boolean {
  const wd = new Date(startMs + day * DAY + 12 * HOUR).getUTCDay();
  return wd === 0 || wd === 6;
}

/**
 * The ordinary plan of a user's day.
 *
 * @param forceActive make a weekend day active (a scenario needs the victim at work)
 */
export function planDay(seed: number, startMs: number, user: SynthUser, day: number, forceActive = false): DayPlan {
  const rng = rngFor(seed, 'plan', user.index, day);
  const workday = !isWeekend(startMs, day);
  const active = workday || forceActive || rng.chance(0.3);
  const localMidnight = startMs + day * DAY - user.home.utcOffset * HOUR;
  const startHour = workday ? user.workStart + rng.between(-0.5, 0.5) : rng.between(10, 14);
  const hours = workday ? user.workHours + rng.between(-1, 1) : rng.between(1, 3);
  const inOffice = workday && rng.chance(user.officeShare);
  const net = inOffice ? officeAddress(seed, user, rng.int(0, 1)) : user.homeAddress;
  const interactiveCount = workday ? rng.weighted([[1, 10], [2, 25], [3, 30], [4, 22], [5, 13]] as const) : 1;
  return {
    user,
    day,
    active,
    workday,
    windowStart: localMidnight + startHour * HOUR,
    windowEnd: localMidnight + (startHour + hours) * HOUR,
    interactiveCount,
    device: user.laptop,
    sessionId: rngFor(seed, 'session', user.index, day).guid(),
    interactiveNet: net,
    refreshNet: () => net,
    namedNetwork: inOffice ? 'Corporate offices' : undefined,
  };
}
