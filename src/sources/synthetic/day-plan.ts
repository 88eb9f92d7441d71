/**
 * How one person's day goes, planned from the user's own seeded stream before any row exists, so a scenario can ask
 * for a victim's session, hours and addresses and can hand the day back with changes (a trip, a VPN, an attacker).
 *
 * A day is tracks side by side (see track.ts):
 * - the laptop: office or home (the home dual stack when the ISP gives IPv6; a consumer VPN on some home days), on
 *   some office days a move home in the afternoon, after which some refreshes keep logging the office address;
 * - the phone, most days, weekends too: its own registered device and session (which outlives the day; a new one
 *   only when the user signs in afresh), on home or office Wi-Fi part of the time and otherwise on the carrier, whose
 *   CGNAT address changes every few hours and geolocates to the carrier's gateway;
 * - sometimes a Windows 365 Cloud PC (Microsoft's AS8075) or a personal browser with no device id;
 * - sometimes a few refreshes Exchange or SharePoint Online make on the user's behalf from Microsoft's addresses.
 */
import { BROWSER_APPS, DESKTOP_REFRESH_APPS, INTERACTIVE_APPS, PHONE_APPS, PHONE_INTERACTIVE_APPS } from './apps';
import { addressIn64 } from './networks/addresses';
import { addressIn, type NetPoint, type Network } from './networks/network';
import { CLOUD_PC, MICROSOFT_SERVICES } from './networks/pools';
import { rngFor, type Rng } from './prng';
import { segmentAt, type Segment, type Spot, type Track } from './track';
import type { Device, SynthUser } from './users';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface DayPlan {
  readonly user: SynthUser;
  readonly day: number;
  /** The laptop is used. */
  readonly active: boolean;
  readonly workday: boolean;
  /** The laptop's working window, epoch ms UTC. */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly interactiveCount: number;
  /** The laptop and its session of the day. */
  readonly device: Device;
  readonly sessionId: string;
  /** Where the laptop's first interactive sign-in comes from. */
  readonly interactiveNet: NetPoint;
  readonly laptop?: Track;
  readonly phone?: Track;
  /** Cloud PC, personal browser. */
  readonly others: readonly Track[];
  /** Refreshes Microsoft services make in the laptop session, and the Microsoft addresses they come from. */
  readonly microsoftProxy: { readonly count: number; readonly pool: readonly NetPoint[] };
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

/** The home as a spot for one device on one day: its IPv4 address, and an IPv6 one in the home's /64 if dual stack. */
export function homeSpot(seed: number, user: SynthUser, day: number, device: string): Spot {
  if (user.homeV6 === undefined) return { net: user.homeAddress };
  const alt = { ...user.homeAddress, ip: addressIn64(user.homeV6, rngFor(seed, 'v6', user.index, day, device)) };
  return { net: user.homeAddress, alt, altShare: 0.5 };
}

/** The phone's session on `day` and whether the user signs in afresh on it that day (a new session starts). */
export function phoneSession(seed: number, user: SynthUser, day: number): { sessionId: string; renewed: boolean } {
  let epoch = 0;
  let renewed = false;
  for (let d = 0; d <= day; d++) {
    renewed = rngFor(seed, 'phone-renew', user.index, d).chance(0.06);
    if (renewed) epoch++;
  }
  return { sessionId: rngFor(seed, 'phone-session', user.index, epoch).guid(), renewed };
}

export interface Away {
  /** Where the laptop is (a hotel), and its UTC offset there. */
  readonly spot: Spot;
  readonly utcOffset: number;
}

export interface PlanOptions {
  /** Make a weekend day active (a scenario needs the victim at work). */
  readonly forceActive?: boolean;
  /** The user is travelling: the laptop (and the phone's Wi-Fi) at `away.spot`, hours in its time zone. */
  readonly away?: Away;
  /** An ordinary day without the rarer extras (consumer VPN, Cloud PC, personal browser, Microsoft-proxied refreshes). */
  readonly plain?: boolean;
  /** Where the laptop works from (default: the user's habits decide). */
  readonly at?: 'home' | 'office';
  /** An office morning and a move home, after which some refreshes keep the office address. */
  readonly moveHome?: boolean;
  /** The home day goes through this consumer VPN. */
  readonly vpn?: Network;
  /** The laptop's interactive sign-ins leave through the corporate VPN while its apps refresh from home. */
  readonly splitTunnel?: Spot;
  /** Wrong passwords typed before the first sign-in of the day (a password-change morning). */
  readonly mistypes?: number;
  /** The phone is used and stays on its carrier all day. */
  readonly phoneOnCarrier?: boolean;
  /** The phone is used (a traveller's phone). */
  readonly forcePhone?: boolean;
  readonly microsoftProxy?: number;
  readonly browser?: boolean;
  readonly cloudPc?: Device;
  /** Scenario id every row of the day carries. */
  readonly scenario?: string;
}

/** The ordinary plan of a user's day (options change it where a scenario needs to). */
export function planDay(seed: number, startMs: number, user: SynthUser, day: number, options: PlanOptions = {}): DayPlan {
  const { forceActive = false, away, plain = false } = options;
  const rng = rngFor(seed, 'plan', user.index, day);
  const workday = !isWeekend(startMs, day);
  // Draws happen whatever the options, so a plain, forced or away day differs from the ordinary one only where it must.
  const weekendUse = rng.chance(0.3), officeDay = rng.chance(user.officeShare), vpnDay = rng.chance(user.consumerVpn?.share ?? 0);
  const movesHome = rng.chance(0.3), inherits = rng.chance(0.7);
  const active = workday || forceActive || weekendUse;
  const localMidnight = startMs + day * DAY - (away?.utcOffset ?? user.home.utcOffset) * HOUR;
  const startHour = workday ? user.workStart + rng.between(-0.5, 0.5) : rng.between(10, 14);
  const hours = workday ? user.workHours + rng.between(-1, 1) : rng.between(1, 3);
  const windowStart = localMidnight + startHour * HOUR;
  const windowEnd = localMidnight + (startHour + hours) * HOUR;
  const inOffice = !away && (options.at ? options.at === 'office' : options.moveHome || (workday && officeDay));
  const home = homeSpot(seed, user, day, 'laptop');
  const vpnNet = options.vpn ?? (vpnDay && !plain && !away && !inOffice && options.at !== 'home' ? user.consumerVpn?.network : undefined);
  const vpn: Spot | undefined = vpnNet ? { net: addressIn(vpnNet, rngFor(seed, 'consumer-vpn', user.index, day)) } : undefined;
  const office: Spot = { net: officeAddress(seed, user, rng.int(0, 1)), namedNetwork: 'Corporate offices' };
  const atHome = vpn ?? home;

  // The laptop: where it is over the day, and on some office days a move home in the afternoon.
  const segments: Segment[] = [];
  let inherit: Track['inherit'];
  const leave = windowStart + rng.between(0.45, 0.7) * (windowEnd - windowStart);
  const arrive = leave + rng.between(25, 70) * MINUTE;
  const inheritance = { chance: rng.between(0.25, 0.6), forMs: rng.between(1, 3) * HOUR };
  if (away) segments.push({ from: windowStart, to: windowEnd, spot: away.spot });
  else if (inOffice && (options.moveHome || (movesHome && options.at !== 'office'))) {
    segments.push({ from: windowStart, to: leave, spot: office }, { from: arrive, to: Math.max(windowEnd, arrive + HOUR), spot: atHome });
    if (inherits || options.moveHome) inherit = inheritance;
  } else segments.push({ from: windowStart, to: windowEnd, spot: inOffice ? office : atHome, interactiveSpot: options.splitTunnel });

  const interactiveCount = workday ? rng.weighted([[1, 10], [2, 25], [3, 30], [4, 22], [5, 13]] as const) : 1;
  const times = [windowStart + rng.between(0, 15) * MINUTE];
  for (let i = 1; i < interactiveCount; i++) {
    const s = segments[rng.int(0, segments.length - 1)];
    times.push(s.from + rng.between(0.05, 0.95) * (s.to - s.from));
  }
  // Arriving home, the user opens something that asks (Teams, the browser) within the first half hour or so.
  const arrival = rng.between(5, 40) * MINUTE;
  if (segments.length > 1) times.push(segments[1].from + arrival);
  times.sort((a, b) => a - b);
  const sessionId = rngFor(seed, 'session', user.index, day).guid();
  const laptopEnd = segments[segments.length - 1].to;
  const refreshScale = rng.between(0.85, 1.15);
  const laptop: Track | undefined = active
    ? {
        kind: 'laptop',
        device: user.laptop,
        sessionId,
        segments,
        interactiveTimes: times.map(Math.round),
        opensSession: true,
        refreshes: Math.round(times.length * user.refreshRatio * refreshScale),
        refreshApps: DESKTOP_REFRESH_APPS,
        interactiveApps: INTERACTIVE_APPS,
        inherit,
        mistypes: options.mistypes,
      }
    : undefined;

  const wifiAt = away ? [{ from: 0, to: Infinity, spot: away.spot }] : active ? segments : [];
  const phone = phoneTrack(seed, user, day, rng, localMidnight, workday, wifiAt, away, options);
  const others: Track[] = [];
  const cloudPcDay = rng.chance(0.5), browserDay = rng.chance(user.byodShare), proxyDay = rng.chance(0.3), proxyCount = rng.int(1, 6);
  const cloudPc = options.cloudPc ?? (user.cloudPc && workday && cloudPcDay && !plain && !away ? user.cloudPc : undefined);
  if (cloudPc && active) others.push(cloudPcTrack(seed, user, day, rng, windowStart, laptopEnd, cloudPc));
  if (options.browser || (!away && browserDay && !plain)) others.push(browserTrack(seed, user, day, rng, localMidnight, home));
  const proxyRng = rngFor(seed, 'microsoft-proxy', user.index, day);
  const pool = Array.from({ length: proxyRng.int(1, 4) }, () => addressIn(proxyRng.pick(MICROSOFT_SERVICES), proxyRng));
  const microsoftProxy = { count: options.microsoftProxy ?? (active && proxyDay && !plain ? proxyCount : 0), pool };

  return {
    user,
    day,
    active,
    workday,
    windowStart,
    windowEnd: laptopEnd,
    interactiveCount: times.length,
    device: user.laptop,
    sessionId,
    interactiveNet: (segments[0].interactiveSpot ?? segments[0].spot).net,
    laptop,
    phone,
    others,
    microsoftProxy,
    scenario: options.scenario,
  };
}

/** The phone's day: hops of one to five hours, each on Wi-Fi (where the laptop is, else home) or on the carrier. */
function phoneTrack(seed: number, user: SynthUser, day: number, rng: Rng, localMidnight: number, workday: boolean, laptopAt: readonly Segment[], away: Away | undefined, options: PlanOptions): Track | undefined {
  const used = rng.chance(workday ? user.phoneShare : 0.7) || options.forcePhone || options.phoneOnCarrier;
  if (!user.phone || !used) return undefined;
  const wake = localMidnight + rng.between(6.5, 8) * HOUR;
  const sleep = localMidnight + rng.between(21.5, 23.5) * HOUR;
  const home = homeSpot(seed, user, day, 'phone');
  const hopRng = rngFor(seed, 'phone-hops', user.index, day);
  const segments: Segment[] = [];
  for (let t = wake; t < sleep; ) {
    let end = Math.min(sleep, t + hopRng.between(1, 5) * HOUR);
    let spot: Spot;
    if (hopRng.chance(user.phoneWifiShare) && !options.phoneOnCarrier) {
      const at = laptopAt.find((s) => s.from <= t && t < s.to);
      if (at) end = Math.min(end, at.to);
      // At home the phone has its own IPv6 address in the home's /64; a consumer VPN runs on the laptop only.
      if (away) spot = away.spot;
      else if (!at || at.spot.net.role === 'home' || at.spot.net.role === 'consumer-vpn') spot = home;
      else spot = { net: at.spot.net, namedNetwork: at.spot.namedNetwork };
    } else {
      const carrier = user.carrier;
      spot = { net: addressIn(carrier, hopRng, carrier.v6.length && hopRng.chance(0.6) ? 'v6' : 'v4') };
    }
    segments.push({ from: t, to: end, spot });
    t = end;
  }
  const { sessionId, renewed } = phoneSession(seed, user, day);
  const interactiveTimes = renewed ? [wake + rng.between(2, 30) * MINUTE] : rng.chance(0.25) ? [wake + rng.between(0.1, 0.9) * (sleep - wake)] : [];
  return {
    kind: 'phone',
    device: user.phone,
    sessionId,
    segments,
    interactiveTimes: interactiveTimes.map(Math.round),
    opensSession: renewed,
    refreshes: Math.round(((sleep - wake) / HOUR) * user.phoneRate * rng.between(0.8, 1.2)),
    refreshApps: PHONE_APPS,
    interactiveApps: PHONE_INTERACTIVE_APPS,
  };
}

/** A Windows 365 Cloud PC: its own joined device and session, egressing from the Azure region that hosts it. */
function cloudPcTrack(seed: number, user: SynthUser, day: number, rng: Rng, from: number, to: number, device: Device): Track {
  const net = addressIn(CLOUD_PC[user.region.name], rngFor(seed, 'cloud-pc', user.index));
  const start = from + rng.between(0.05, 0.3) * (to - from);
  const end = start + rng.between(0.3, 0.6) * (to - from);
  return {
    kind: 'cloud-pc',
    device,
    sessionId: rngFor(seed, 'cloud-pc-session', user.index, day).guid(),
    segments: [{ from: start, to: end, spot: { net } }],
    interactiveTimes: [Math.round(start + rng.between(1, 5) * MINUTE)],
    opensSession: true,
    refreshes: Math.round(user.refreshRatio * rng.between(1, 2)),
    refreshApps: DESKTOP_REFRESH_APPS,
    interactiveApps: INTERACTIVE_APPS,
  };
}

/** Microsoft 365 in a personal browser at home in the evening: no device id, a new session, a few refreshes. */
function browserTrack(seed: number, user: SynthUser, day: number, rng: Rng, localMidnight: number, home: Spot): Track {
  const from = localMidnight + rng.between(18.5, 21) * HOUR;
  const to = from + rng.between(0.5, 2) * HOUR;
  const mac = rng.chance(0.4);
  const device: Device = { deviceId: '', displayName: '', operatingSystem: mac ? 'MacOs' : 'Windows 10', browser: mac ? 'Safari 18.5' : rng.pick(['Chrome 137.0.0', 'Edge 137.0.0']), isCompliant: false, isManaged: false, trustType: '', kind: 'desktop' };
  return {
    kind: 'browser',
    device,
    sessionId: rngFor(seed, 'browser-session', user.index, day).guid(),
    segments: [{ from, to, spot: home }],
    interactiveTimes: [Math.round(from + rng.between(0, 3) * MINUTE)],
    opensSession: true,
    refreshes: rng.int(3, 15),
    refreshApps: BROWSER_APPS,
    interactiveApps: [[BROWSER_APPS[0], 60], [BROWSER_APPS[1], 40]],
  };
}

/** Every track of the day. */
export function tracksOf(plan: DayPlan): Track[] {
  return [plan.laptop, plan.phone, ...plan.others].filter((t): t is Track => t !== undefined);
}

/** Where the laptop is at `t` (its first spot before it starts). */
export function laptopSpotAt(plan: DayPlan, t: number): Spot {
  return plan.laptop ? plan.laptop.segments[segmentAt(plan.laptop, t)].spot : { net: plan.interactiveNet };
}
