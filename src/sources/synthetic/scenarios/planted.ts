/**
 * What a scenario planter hands back: its labels (without the row facts, filled in once the rows exist), rows it adds
 * on top of normal days, and user-days it takes over and replays with changes (a trip, a VPN, a phone-only day).
 */
import type { DayPlan } from '../day-plan';
import type { ScenarioLabel } from '../labels';
import type { Rng } from '../prng';
import type { SignInSpec } from '../sign-in-spec';
import type { Device, SynthUser } from '../users';

export type LabelDraft = Omit<ScenarioLabel, 'first' | 'last' | 'eventIds'>;

export interface Planted {
  /** The scenario's label; its id tags the scenario's rows. */
  readonly label: LabelDraft;
  /** Further labels about the same rows, for other detectors (ids must differ from the main one). */
  readonly also?: readonly LabelDraft[];
  readonly events: SignInSpec[];
  readonly ownedDays: DayPlan[];
  /** User-days that must be active (a replay needs its victim at work). */
  readonly activeDays: { user: SynthUser; day: number }[];
  /** Which of the scenario's rows its labels list (default all): an owned day can hold more than the scenario needs. */
  readonly keep?: (row: SignInSpec) => boolean;
  /** Accounts that exist only for the scenario (automated accounts). */
  readonly extraUsers?: SynthUser[];
}

export interface ClaimOptions {
  /** Only users that pass. */
  readonly filter?: (u: SynthUser) => boolean;
  /** Consecutive days needed from the returned day (default 1). */
  readonly length?: number;
  /** Free days needed before and after them (claimed too, left untouched). */
  readonly before?: number;
  readonly after?: number;
  /** The first day must be a work day (default true). */
  readonly workday?: boolean;
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
  /**
   * A user and day no other scenario holds, chosen at random among the least used people, so that two scenarios
   * about one person never overlap in time. Falls back to sharing only when the tenant is too small.
   */
  claim(options?: ClaimOptions): { user: SynthUser; day: number };
  /** Claims one given user-day if it is still free. */
  claimDay(user: SynthUser, day: number): boolean;
  /** A random work day (any day when the range has none). */
  workDay(): number;
}

/** A machine an attacker uses: not registered, not compliant. */
export function unregisteredDevice(operatingSystem: string, browser: string): Device {
  return { deviceId: '', displayName: '', operatingSystem, browser, isCompliant: false, isManaged: false, trustType: '', kind: 'desktop' };
}
