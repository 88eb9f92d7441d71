/**
 * What a scenario planter hands back: its label (without the row facts, filled in once the rows exist), rows it adds
 * on top of normal days, and user-days it takes over and replays with changes (travel, VPN, carrier).
 */
import type { DayPlan } from '../day-plan';
import type { ScenarioLabel } from '../labels';
import type { Rng } from '../prng';
import type { SignInSpec } from '../sign-in-spec';
import type { Device, SynthUser } from '../users';

export interface Planted {
  readonly label: Omit<ScenarioLabel, 'first' | 'last' | 'eventIds'>;
  readonly events: SignInSpec[];
  readonly ownedDays: DayPlan[];
  /** User-days that must be active (a replay needs its victim at work). */
  readonly activeDays: { user: SynthUser; day: number }[];
  /** Accounts that exist only for the scenario (the automated account). */
  readonly extraUsers?: SynthUser[];
}

/** Everything a planter may read. */
export interface ScenarioContext {
  readonly seed: number;
  readonly startMs: number;
  readonly days: number;
  readonly users: readonly SynthUser[];
  readonly domain: string;
  /** The planter's own stream. */
  readonly rng: Rng;
  /** Next victim: distinct people across scenarios until the tenant runs out. */
  nextVictim(filter?: (u: SynthUser) => boolean): SynthUser;
  /** A random work day (any day when the range has none). */
  workDay(): number;
}

/** A machine an attacker uses: not registered, not compliant. */
export function unregisteredDevice(operatingSystem: string, browser: string): Device {
  return { deviceId: '', displayName: '', operatingSystem, browser, isCompliant: false, isManaged: false, trustType: '', kind: 'desktop' };
}
