/**
 * The people of the synthetic tenant: names, home town and broadband (often dual stack), the mobile carrier their
 * phone uses, their devices, second factor and habits (how often they use the phone, mistype a password, go through
 * a consumer VPN, open a personal browser, work on a Cloud PC). Each user is drawn from its own seeded stream, so
 * user 7 is the same person whatever the tenant size.
 */
import type { Place } from './places';
import { rngFor, type Rng } from './prng';
import { subnet64In } from './networks/addresses';
import { addressIn, type NetPoint, type Network } from './networks/network';
import { CONSUMER_VPN } from './networks/pools';
import { REGIONS, type Region } from './networks/regions';

const FIRST = ['Adele', 'Alex', 'Amara', 'Ben', 'Chen', 'Clara', 'Daniel', 'Diego', 'Elena', 'Emeka', 'Fatima', 'Grace', 'Hannah', 'Hiro', 'Isaac', 'Ivy', 'Jonas', 'Julia', 'Kofi', 'Laura', 'Lee', 'Lucas', 'Maya', 'Megan', 'Nestor', 'Nina', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Rosa', 'Sam', 'Sofia', 'Tariq', 'Uma', 'Victor', 'Wei', 'Yara', 'Zoe', 'Patti'];
const LAST = ['Vance', 'Wilber', 'Okafor', 'Nakamura', 'Garcia', 'Smith', 'Patel', 'Kowalski', 'Dubois', 'Jensen', 'Rossi', 'Mensah', 'Fernandez', 'Brown', 'Ahmed', 'Cohen', 'Larsen', 'Moreau', 'Silva', 'Tanaka', 'Walsh', 'Novak', 'Ibrahim', 'Schmidt', 'Murphy', 'Reyes', 'Khan', 'Fischer', 'Adams', 'Lindqvist'];

/** The second factor a user normally completes; the passwordless ones replace the password step. */
export type MfaMethod = 'Mobile app notification' | 'OATH verification code' | 'Text message' | 'Windows Hello for Business' | 'FIDO2 security key' | 'Passkey (device-bound)';

export const PASSWORDLESS: readonly MfaMethod[] = ['Windows Hello for Business', 'FIDO2 security key', 'Passkey (device-bound)'];

export interface Device {
  readonly deviceId: string;
  readonly displayName: string;
  readonly operatingSystem: string;
  readonly browser: string;
  readonly isCompliant: boolean;
  readonly isManaged: boolean;
  readonly trustType: string;
  readonly kind: 'desktop' | 'mobile';
}

export interface SynthUser {
  readonly index: number;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly userId: string;
  readonly region: Region;
  readonly home: Place;
  readonly homeIsp: Network;
  /** The home's IPv4 address, stable over the period as most are. */
  readonly homeAddress: NetPoint;
  /** The home's IPv6 /64 when the ISP gives the home both (dual stack); devices use either, interchangeably. */
  readonly homeV6?: bigint;
  readonly laptop: Device;
  /** The phone registered in Entra (Outlook, Teams, Authenticator on it); a few people have none. */
  readonly phone?: Device;
  /** The mobile carrier of the phone (home-routed: still this carrier when roaming abroad). */
  readonly carrier: Network;
  readonly method: MfaMethod;
  /** Local hour the working day starts, and its length in hours. */
  readonly workStart: number;
  readonly workHours: number;
  /** Chance of working from the office on a given work day. */
  readonly officeShare: number;
  /** Silent refreshes per interactive sign-in this person's laptop apps produce. */
  readonly refreshRatio: number;
  /** Chance the phone is used on a work day, share of the time it sits on Wi-Fi, refreshes per hour of use. */
  readonly phoneShare: number;
  readonly phoneWifiShare: number;
  readonly phoneRate: number;
  /** Chance an interactive sign-in is preceded by a mistyped password. */
  readonly mistypeRate: number;
  /** A consumer VPN the person runs at home on some days (and the chance per home day), if any. */
  readonly consumerVpn?: { readonly network: Network; readonly share: number };
  /** Chance per day of opening Microsoft 365 in a personal browser (no device id). */
  readonly byodShare: number;
  /** A Windows 365 Cloud PC the person works on some days, if any. */
  readonly cloudPc?: Device;
}

function laptopOf(rng: Rng, first: string): Device {
  const kind = rng.weighted([['joined', 60], ['hybrid', 20], ['mac', 20]] as const);
  const deviceId = rng.guid();
  if (kind === 'mac')
    return { deviceId, displayName: `${first}'s MacBook Pro`, operatingSystem: 'MacOs', browser: rng.pick(['Safari 18.5', 'Chrome 137.0.0']), isCompliant: true, isManaged: true, trustType: 'Azure AD registered', kind: 'desktop' };
  return {
    deviceId,
    displayName: `CTS-${kind === 'joined' ? 'LT' : 'WS'}${rng.int(1000, 9999)}`,
    operatingSystem: kind === 'joined' ? 'Windows 11' : 'Windows10',
    browser: rng.pick(['Edge 137.0.0', 'Edge 136.0.0', 'Chrome 137.0.0']),
    isCompliant: true,
    isManaged: true,
    trustType: kind === 'joined' ? 'Azure AD joined' : 'Hybrid Azure AD joined',
    kind: 'desktop',
  };
}

function phoneOf(rng: Rng, first: string): Device {
  const ios = rng.chance(0.6);
  const corporate = rng.chance(0.6);
  return {
    deviceId: rng.guid(),
    displayName: ios ? `${first}'s iPhone` : `${first}'s ${rng.pick(['Pixel 8', 'Galaxy S24', 'Pixel 9'])}`,
    operatingSystem: ios ? rng.pick(['Ios 18.5', 'Ios 18.4.1']) : rng.pick(['Android 15', 'Android 14']),
    browser: ios ? 'Mobile Safari 18.5' : 'Chrome Mobile 137.0.0',
    // A corporate phone is enrolled in Intune; a personal one is only registered (app protection, not compliance).
    isCompliant: corporate,
    isManaged: corporate,
    trustType: 'Azure AD registered',
    kind: 'mobile',
  };
}

/** A Windows 365 Cloud PC: Azure AD joined, compliant, named CPC-... as Windows 365 names them. */
export function cloudPcOf(rng: Rng): Device {
  return { deviceId: rng.guid(), displayName: `CPC-${rng.pick(['ctso', 'ctsu'])}-${rng.token(5).replace(/[-_]/g, 'x')}`, operatingSystem: 'Windows 11', browser: 'Edge 137.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined', kind: 'desktop' };
}

/** The `index`-th person of the tenant seeded `seed`. Names repeat only with a numeric suffix. */
export function makeUser(seed: number, index: number, domain: string): SynthUser {
  const rng = rngFor(seed, 'user', index);
  const first = FIRST[(index * 7 + rng.int(0, FIRST.length - 1)) % FIRST.length];
  const last = LAST[(index * 11 + rng.int(0, LAST.length - 1)) % LAST.length];
  const suffix = index >= FIRST.length ? String(index) : '';
  const region = REGIONS[rng.chance(0.6) ? 0 : 1];
  const home = rng.pick(region.homes);
  const homeIsp = rng.pick(region.isps)(home);
  const laptop = laptopOf(rng, first);
  let method = rng.weighted<MfaMethod>([
    ['Mobile app notification', 55],
    ['OATH verification code', 10],
    ['Text message', 7],
    ['Windows Hello for Business', 15],
    ['FIDO2 security key', 8],
    ['Passkey (device-bound)', 5],
  ]);
  if (method === 'Windows Hello for Business' && !laptop.operatingSystem.startsWith('Windows')) method = 'Mobile app notification';
  const homeAddress = addressIn(homeIsp, rng);
  const dualStack = homeIsp.v6.length > 0 && rng.chance(0.75);
  const homeV6 = dualStack ? subnet64In(rng.pick(homeIsp.v6), rng) : undefined;
  const phone = rng.chance(0.92) || method === 'Mobile app notification' ? phoneOf(rng, first) : undefined;
  const carrier = rng.pick(region.carriers);
  const vpnSites = CONSUMER_VPN.filter((n) => (region.country === 'US' ? n.place.country === 'US' : n.place.continent === 'EU'));
  const consumerVpn = rng.chance(0.12) ? { network: rng.pick(vpnSites), share: rng.between(0.3, 0.8) } : undefined;
  const byodShare = rng.chance(0.3) ? rng.between(0.05, 0.25) : 0;
  const cloudPc = rng.chance(0.08) ? cloudPcOf(rng) : undefined;
  return {
    index,
    userPrincipalName: `${first}.${last}${suffix}@${domain}`.toLowerCase(),
    displayName: `${first} ${last}`,
    userId: rng.guid(),
    region,
    home,
    homeIsp,
    homeAddress,
    homeV6,
    laptop,
    phone,
    carrier,
    method,
    workStart: rng.between(7, 9.5),
    workHours: rng.between(7.5, 10),
    officeShare: rng.between(0.2, 0.8),
    refreshRatio: rng.between(45, 70),
    phoneShare: rng.between(0.6, 0.97),
    phoneWifiShare: rng.between(0.15, 0.5),
    phoneRate: rng.between(2.5, 6),
    mistypeRate: rng.between(0.01, 0.09),
    consumerVpn,
    byodShare,
    cloudPc,
  };
}
