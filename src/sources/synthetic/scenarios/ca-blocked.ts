/**
 * A sign-in Conditional Access blocked: the right password from a country the tenant blocks, ResultType 53003,
 * ConditionalAccessStatus failure, the blocking policy's result failure.
 */
import { APPS } from '../apps';
import { addressIn, BLOCKED_NETWORKS } from '../places';
import type { SignInSpec } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantCaBlocked(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const victim = ctx.nextVictim();
  const attacker = addressIn(rng.pick(BLOCKED_NETWORKS), rng);
  const day = rng.int(0, ctx.days - 1);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 22) * HOUR;
  const id = `ca-blocked-${n}`;
  const device = unregisteredDevice('Windows 10', 'Chrome 137.0.0');
  const events: SignInSpec[] = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++)
    events.push({
      id: rng.guid(),
      time: Math.round(from + i * rng.between(1, 4) * MINUTE),
      interactive: true,
      user: victim,
      device,
      net: attacker,
      app: APPS.officeHome,
      resource: APPS.officeHome.resources[0],
      sessionId: rng.guid(),
      incomingTokenType: 'none',
      steps: [{ method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' }],
      resultType: 53003,
      multiFactor: false,
      scenario: id,
    });
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
