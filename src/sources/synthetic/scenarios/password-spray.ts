/**
 * Password spray: one address tries a common password against many accounts within minutes. Most attempts fail with
 * 50126 (wrong password) or 50053 (smart lockout); sometimes one password is right and the attacker stops at MFA,
 * which is labelled separately as an abandoned MFA challenge.
 */
import { APPS } from '../apps';
import { addressIn, ATTACKER_NETWORKS } from '../places';
import { passwordThenMfa, wrongPassword, type SignInSpec } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantPasswordSpray(ctx: ScenarioContext, n: number): Planted[] {
  const { rng } = ctx;
  const network = rng.pick(ATTACKER_NETWORKS.filter((net) => net.kind === 'hosting'));
  const attacker = addressIn(network, rng);
  const targets = rng.sample(ctx.users, Math.min(ctx.users.length, rng.int(12, 30)));
  const day = rng.int(0, ctx.days - 1);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 22) * HOUR;
  const minutes = rng.between(8, 40);
  const id = `password-spray-${n}`;
  const device = unregisteredDevice('', '');
  const lucky = rng.chance(0.5) ? rng.int(0, targets.length - 1) : -1;
  const events: SignInSpec[] = [];
  const mfaEvents: SignInSpec[] = [];
  targets.forEach((user, i) => {
    const time = Math.round(from + (minutes * MINUTE * (i + rng.next())) / targets.length);
    const base = {
      interactive: true,
      user,
      device,
      net: attacker,
      app: APPS.azurePowerShell,
      resource: APPS.azurePowerShell.resources[1],
      sessionId: '',
      incomingTokenType: 'none' as const,
      multiFactor: false,
      clientAppUsed: 'Mobile Apps and Desktop clients',
      userAgent: 'python-requests/2.32.3',
      authenticationProtocol: 'ropc',
    };
    if (i === lucky) {
      const steps = passwordThenMfa(user.method.startsWith('Windows') || user.method.startsWith('FIDO') || user.method.startsWith('Passkey') ? 'Mobile app notification' : user.method, 'MFA required in Azure AD', false);
      mfaEvents.push({ ...base, id: rng.guid(), time, steps, resultType: 50074, scenario: `${id}-mfa` });
    } else {
      events.push({ ...base, id: rng.guid(), time, steps: wrongPassword(), resultType: rng.chance(0.12) ? 50053 : 50126, scenario: id });
    }
  });
  const spray: Planted = {
    label: {
      id,
      scenario: 'password-spray',
      detector: 'password-spray',
      expect: 'alert',
      ipAddress: attacker.ip,
      description: `${targets.length} accounts tried from ${attacker.ip} (AS${attacker.asn}, ${attacker.place.city}, ${attacker.place.country}) within ${Math.round(minutes)} minutes over ROPC.`,
    },
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
