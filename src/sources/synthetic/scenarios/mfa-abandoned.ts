/**
 * MFA challenges abandoned: someone with the victim's password keeps triggering the MFA prompt (fatigue attack) outside
 * the victim's working hours; the victim declines or ignores every prompt, so no success ever follows.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import { addressIn, ATTACKER_NETWORKS } from '../places';
import { passwordThenMfa, type SignInSpec } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DENIALS = ['MFA denied; user declined', 'MFA denied; user did not respond to mobile app notification', 'MFA denied; user declined'];

export function plantMfaAbandoned(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const victim = ctx.nextVictim((u) => u.method === 'Mobile app notification');
  const day = ctx.workDay();
  const plan = planDay(ctx.seed, ctx.startMs, victim, day);
  const from = plan.windowEnd + rng.between(3, 6) * HOUR;
  const attacker = addressIn(rng.pick(ATTACKER_NETWORKS.filter((net) => net.place.continent !== victim.home.continent)), rng);
  const id = `mfa-abandoned-${n}`;
  const device = unregisteredDevice('Windows 10', 'Edge 137.0.0');
  const count = rng.int(3, 6);
  const events: SignInSpec[] = [];
  for (let i = 0; i < count; i++)
    events.push({
      id: rng.guid(),
      time: Math.round(from + i * rng.between(3, 8) * MINUTE),
      interactive: true,
      user: victim,
      device,
      net: attacker,
      app: APPS.officeHome,
      resource: APPS.officeHome.resources[0],
      sessionId: rng.guid(),
      incomingTokenType: 'none',
      steps: passwordThenMfa('Mobile app notification', rng.pick(DENIALS), false),
      resultType: i % 2 === 0 ? 50074 : 50076,
      multiFactor: false,
      scenario: id,
    });
  return {
    label: {
      id,
      scenario: 'mfa-abandoned',
      detector: 'mfa-abandoned',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `${count} MFA prompts for ${victim.userPrincipalName} from ${attacker.ip} (${attacker.place.city}, ${attacker.place.country}) outside working hours, all declined or ignored.`,
    },
    events,
    ownedDays: [],
    activeDays: [],
  };
}
