/**
 * Legacy authentication: a mailbox reached over IMAP, POP, SMTP AUTH, ActiveSync or another basic-auth client, which
 * cannot do MFA. The attacker guesses, fails a few times, then gets in with single-factor authentication.
 */
import { APPS } from '../apps';
import { addressIn, ATTACKER_NETWORKS } from '../places';
import type { SignInSpec } from '../sign-in-spec';
import { wrongPassword } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const LEGACY_CLIENTS = ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients'] as const;

export function plantLegacyAuth(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const victim = ctx.nextVictim();
  const client = LEGACY_CLIENTS[(n - 1 + rng.int(0, LEGACY_CLIENTS.length - 1)) % LEGACY_CLIENTS.length];
  const attacker = addressIn(rng.pick(ATTACKER_NETWORKS), rng);
  const day = rng.int(0, ctx.days - 1);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 20) * HOUR;
  const count = rng.int(5, 14);
  const firstSuccess = rng.int(2, count - 1);
  const id = `legacy-auth-${n}`;
  const device = unregisteredDevice(client === 'Exchange ActiveSync' ? 'Android' : '', '');
  const events: SignInSpec[] = [];
  for (let i = 0; i < count; i++) {
    const ok = i === firstSuccess || (i > firstSuccess && rng.chance(0.8));
    events.push({
      id: rng.guid(),
      time: Math.round(from + i * rng.between(2, 9) * MINUTE),
      interactive: true,
      user: victim,
      device,
      net: attacker,
      app: APPS.exchangeOnline,
      resource: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
      sessionId: '',
      incomingTokenType: 'none',
      steps: ok
        ? [{ method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' }]
        : wrongPassword(),
      resultType: ok ? 0 : 50126,
      multiFactor: false,
      clientAppUsed: client,
      userAgent: client === 'Exchange ActiveSync' ? 'Outlook-Android/2.0' : 'BAV2ROPC',
      authenticationProtocol: 'ropc',
      scenario: id,
    });
  }
  return {
    label: {
      id,
      scenario: 'legacy-auth',
      detector: 'legacy-auth',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `${client} sign-ins to ${victim.userPrincipalName} from ${attacker.ip} (${attacker.place.city}, ${attacker.place.country}): failures, then single-factor successes.`,
    },
    events,
    ownedDays: [],
    activeDays: [],
  };
}
