/**
 * A sign-in Conditional Access blocked: the right password from a country the tenant blocks, ResultType 53003,
 * ConditionalAccessStatus failure, the blocking policy's result failure.
 */
import { addressIn, BLOCKED_NETWORKS } from '../places';
import { attackerAttempts } from './attacker-attempts';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const HOUR = 3_600_000;

export function plantCaBlocked(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const victim = ctx.nextVictim();
  const attacker = addressIn(rng.pick(BLOCKED_NETWORKS), rng);
  const day = rng.int(0, ctx.days - 1);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 22) * HOUR;
  const id = `ca-blocked-${n}`;
  const device = unregisteredDevice('Windows 10', 'Chrome 137.0.0');
  const count = rng.int(1, 3);
  const burst = { user: victim, device, net: attacker, scenario: id, from, gapMinutes: [1, 4] as const };
  const events = attackerAttempts(rng, count, burst, () => ({
    steps: [{ method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' }],
    resultType: 53003,
  }));
  return {
    label: {
      id,
      scenario: 'ca-blocked',
      detector: 'ca-blocked',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `Correct password for ${victim.userPrincipalName} from ${attacker.place.city}, ${attacker.place.country}; blocked by "CA003: Block sign-ins from high-risk countries" (53003).`,
    },
    events,
    ownedDays: [],
    activeDays: [],
  };
}
