/**
 * The people of the synthetic tenant: names, home city and ISP, devices, preferred second factor and working habits.
 * Each user is drawn from its own seeded stream, so user 7 is the same person whatever the tenant size.
 */
import { addressIn, REGIONS, type NetPoint, type Network, type Place, type Region } from './places';
import { rngFor, type Rng } from './prng';

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
  /** The residential address, stable over the period as most are. */
  readonly homeAddress: NetPoint;
  readonly laptop: Device;
  readonly phone: Device;
  readonly method: MfaMethod;
  /** Local hour the working day starts, and its length in hours. */
  readonly workStart: number;
  readonly workHours: number;
  /** Chance of working from the office on a given work day. */
  readonly officeShare: number;
  /** Silent refreshes per interactive sign-in this person's apps produce. */
  readonly refreshRatio: number;
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
  return {
    deviceId: rng.guid(),
    displayName: ios ? `${first}'s iPhone` : `${first}'s Pixel`,
    operatingSystem: ios ? 'Ios 18.5' : 'Android 15',
    browser: ios ? 'Mobile Safari 18.5' : 'Chrome Mobile 137.0.0',
    isCompliant: true,
    isManaged: true,
    trustType: 'Azure AD registered',
    kind: 'mobile',
  };
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
  return {
    index,
    userPrincipalName: `${first}.${last}${suffix}@${domain}`.toLowerCase(),
    displayName: `${first} ${last}`,
    userId: rng.guid(),
    region,
    home,
    homeIsp,
    homeAddress: addressIn(homeIsp, rng),
    laptop,
    phone: phoneOf(rng, first),
    method,
    workStart: rng.between(7, 9.5),
    workHours: rng.between(7.5, 10),
    officeShare: rng.between(0.2, 0.8),
    refreshRatio: rng.between(58, 88),
  };
}
