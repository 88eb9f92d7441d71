/**
 * MFA challenges abandoned: someone with the victim's password keeps triggering the MFA prompt (fatigue attack) outside
 * the victim's working hours; the victim declines or ignores every prompt, so no success ever follows.
 */
import { planDay } from '../day-plan';
import { passwordThenMfa } from '../sign-in-spec';
import { attackerAddress, describeNet } from './attacker';
import { attackerAttempts } from './attacker-attempts';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const HOUR = 3_600_000;
const DENIALS = ['MFA denied; user declined', 'MFA denied; user did not respond to mobile app notification', 'MFA denied; user declined'];

export function plantMfaAbandoned(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ filter: (u) => u.method === 'Mobile app notification', after: 1 });
  const plan = planDay(ctx.seed, ctx.startMs, victim, day, { plain: true });
  const from = plan.windowEnd + rng.between(3, 6) * HOUR;
  const attacker = attackerAddress(rng, victim, [['hosting', 40], ['foreign-isp', 40], ['residential-proxy', 20]]);
  const id = `mfa-abandoned-${n}`;
  const device = unregisteredDevice('Windows 10', 'Edge 137.0.0');
  const count = rng.int(3, 6);
  const burst = { user: victim, device, net: attacker, scenario: id, from, gapMinutes: [3, 8] as const };
  const events = attackerAttempts(rng, count, burst, (i) => ({
    steps: passwordThenMfa('Mobile app notification', rng.pick(DENIALS), false),
    resultType: i % 2 === 0 ? 50074 : 50076,
  }));
  return {
    label: {
      id,
      scenario: 'mfa-abandoned',
      detector: 'mfa-abandoned',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `${count} MFA prompts for ${victim.userPrincipalName} from ${describeNet(attacker)} outside working hours, all declined or ignored.`,
    },
    events,
    ownedDays: [plan],
    activeDays: [],
  };
}
