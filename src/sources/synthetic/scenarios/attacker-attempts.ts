/**
 * A burst of interactive OfficeHome sign-ins an attacker makes from one address with a password they hold, minutes
 * apart, each in a new session (no token to present) and none completing: the shape Conditional Access blocks and MFA
 * fatigue share. Only the outcome of each attempt differs.
 */
import { APPS } from '../apps';
import type { NetPoint } from '../networks/network';
import type { Rng } from '../prng';
import type { AuthStep, SignInSpec } from '../sign-in-spec';
import type { Device, SynthUser } from '../users';

const MINUTE = 60_000;

export interface AttemptOutcome {
  readonly steps: readonly AuthStep[];
  readonly resultType: number;
}

export interface AttackerBurst {
  readonly user: SynthUser;
  readonly device: Device;
  readonly net: NetPoint;
  /** Scenario id the rows carry. */
  readonly scenario: string;
  /** Time of the first attempt, epoch ms. */
  readonly from: number;
  /** Attempt i comes i times a random gap in [min, max] minutes after `from`. */
  readonly gapMinutes: readonly [number, number];
}

/**
 * `count` attempts. The random draws come in a fixed order per attempt (Id, gap, SessionId, then whatever `outcome`
 * draws), which keeps the generator deterministic for a seed.
 */
export function attackerAttempts(rng: Rng, count: number, burst: AttackerBurst, outcome: (i: number) => AttemptOutcome): SignInSpec[] {
  const { user, device, net, scenario, from, gapMinutes } = burst;
  const events: SignInSpec[] = [];
  for (let i = 0; i < count; i++) {
    const id = rng.guid();
    const time = Math.round(from + i * rng.between(gapMinutes[0], gapMinutes[1]) * MINUTE);
    const sessionId = rng.guid();
    const { steps, resultType } = outcome(i);
    events.push({
      id,
      time,
      interactive: true,
      user,
      device,
      net,
      app: APPS.officeHome,
      resource: APPS.officeHome.resources[0],
      sessionId,
      incomingTokenType: 'none',
      steps,
      resultType,
      multiFactor: false,
      scenario,
    });
  }
  return events;
}
