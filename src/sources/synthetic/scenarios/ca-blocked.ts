/**
 * A sign-in Conditional Access blocked: the right password from a country the tenant blocks, ResultType 53003,
 * ConditionalAccessStatus failure, the blocking policy's result failure.
 */
import { addressIn } from '../networks/network';
import { BLOCKED } from '../networks/pools';
import { correctPassword } from '../sign-in-spec';
import { browserAgent } from '../user-agents';
import { describeNet } from './attacker';
import { attackerAttempts } from './attacker-attempts';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const HOUR = 3_600_000;

export function plantCaBlocked(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ workday: false });
  const attacker = addressIn(rng.pick(BLOCKED), rng);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 22) * HOUR;
  const id = `ca-blocked-${n}`;
  const device = unregisteredDevice(rng.pick(['Windows 10', 'Linux']), rng.pick(['Chrome 137.0.0', 'Firefox 139.0']));
  const count = rng.int(1, 3);
  const burst = { user: victim, device, net: attacker, scenario: id, from, gapMinutes: [1, 4] as const };
  const events = attackerAttempts(rng, count, burst, () => ({ steps: correctPassword(), resultType: 53003 })).map((e) => ({ ...e, userAgent: browserAgent(device) }));
  return {
    label: {
      id,
      scenario: 'ca-blocked',
      detector: 'ca-blocked',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `Correct password for ${victim.userPrincipalName} from ${describeNet(attacker)}; blocked by "CA003: Block sign-ins from high-risk countries" (53003).`,
    },
    events,
    ownedDays: [],
    activeDays: [],
  };
}
