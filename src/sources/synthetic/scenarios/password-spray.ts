/**
 * Password spray, burst: one address tries a common password against many accounts within minutes, over ROPC or a
 * legacy protocol. Most attempts fail with 50126 (wrong password) or 50053 (smart lockout); sometimes one password is
 * right and the attacker stops at MFA, which is labelled separately as an abandoned MFA challenge. The label is about
 * the source; a second label says legacy-auth must not turn each failed guess into an alert about its account.
 */
import { passwordThenMfa, type SignInSpec } from '../sign-in-spec';
import { PASSWORDLESS } from '../users';
import { attackerAddress, describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { protocolName, sprayAgent, sprayAttempt, sprayProtocol } from './spray-attempt';
import { notLegacyAuth } from './spray-labels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantPasswordSpray(ctx: ScenarioContext, n: number): Planted[] {
  const { rng } = ctx;
  const attacker = attackerAddress(rng, ctx.users[0], [['hosting', 75], ['foreign-isp', 25]]);
  const targets = rng.sample(ctx.users, Math.min(ctx.users.length, rng.int(12, 30)));
  const day = rng.int(0, ctx.days - 1);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 22) * HOUR;
  const minutes = rng.between(8, 40);
  const protocol = sprayProtocol(rng);
  const userAgent = sprayAgent(rng);
  const id = `password-spray-${n}`;
  const lucky = protocol === 'ropc' && rng.chance(0.5) ? rng.int(0, targets.length - 1) : -1;
  const events: SignInSpec[] = [];
  const mfaEvents: SignInSpec[] = [];
  targets.forEach((user, i) => {
    const time = Math.round(from + (minutes * MINUTE * (i + rng.next())) / targets.length);
    const guess = sprayAttempt(rng, { user, net: attacker, protocol, time, resultType: rng.chance(0.12) ? 50053 : 50126, scenario: id, userAgent });
    if (i !== lucky) return void events.push(guess);
    const method = PASSWORDLESS.includes(user.method) ? 'Mobile app notification' : user.method;
    mfaEvents.push({ ...guess, steps: passwordThenMfa(method, 'MFA required in Azure AD', false), resultType: 50074, scenario: `${id}-mfa` });
  });
  const spray: Planted = {
    label: {
      id,
      scenario: 'password-spray',
      detector: 'password-spray',
      expect: 'alert',
      ipAddress: attacker.ip,
      description: `Burst: ${targets.length} accounts tried from ${describeNet(attacker)} within ${Math.round(minutes)} minutes over ${protocolName(protocol)}.`,
    },
    also: [notLegacyAuth(id, 'password-spray', [attacker.ip], protocol)],
    events,
    ownedDays: [],
    activeDays: [],
  };
  if (lucky < 0) return [spray];
  const victim = targets[lucky];
  return [
    spray,
    {
      label: {
        id: `${id}-mfa`,
        scenario: 'mfa-abandoned',
        detector: 'mfa-abandoned',
        expect: 'alert',
        userPrincipalName: victim.userPrincipalName,
        ipAddress: attacker.ip,
        description: `The spray from ${attacker.ip} guessed the password of ${victim.userPrincipalName}; the attacker stopped at the MFA prompt (50074, never completed).`,
      },
      events: mfaEvents,
      ownedDays: [],
      activeDays: [],
    },
  ];
}
