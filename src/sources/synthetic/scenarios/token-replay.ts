/**
 * Token replay: the victim works normally while someone holding the victim's stolen refresh token (or primary
 * refresh token, with its device claim) refreshes silently in the victim's session from another network. Nothing
 * about the attacker is fixed: the network is a hosting provider, a residential or mobile proxy in the victim's own
 * country, or an ISP abroad; the client is a script or a copy of the victim's browser; the replay overlaps the
 * victim's day, follows it in the evening or starts before it, for twenty minutes or six hours.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import type { SignInSpec } from '../sign-in-spec';
import { attackerAddress, attackerClient, attackTimes, describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { sessionRefresh } from './session-refresh';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantTokenReplay(ctx: ScenarioContext, kind: 'refresh' | 'prt', n: number): Planted {
  const { rng } = ctx;
  const prt = kind === 'prt';
  const { user: victim, day } = ctx.claim({ filter: prt ? (u) => u.laptop.trustType.endsWith('joined') : undefined });
  const plan = planDay(ctx.seed, ctx.startMs, victim, day, { forceActive: true, plain: true });
  const attacker = attackerAddress(rng, victim, [['hosting', 45], ['residential-proxy', 25], ['foreign-isp', 20], ['mobile-proxy', prt ? 0 : 10]]);
  const client = attackerClient(rng, victim, prt);
  const span = plan.windowEnd - plan.windowStart;
  const when = rng.weighted([['during', 65], ['after', 35]] as const);
  const length = rng.between(20, 360) * MINUTE;
  const from = when === 'during' ? plan.windowStart + rng.between(0.1, 0.6) * span : plan.windowEnd + rng.between(0.5, 3) * HOUR;
  const to = when === 'during' ? Math.min(plan.windowEnd - 5 * MINUTE, from + length) : from + length;
  const apps = [APPS.outlook, APPS.teams, APPS.officeHome, APPS.oneDrive, APPS.edge];
  const id = `token-replay-${kind}-${n}`;
  const count = rng.int(5, 60);
  const session = { user: victim, device: client.device, sessionId: plan.sessionId, incomingTokenType: prt ? 'primaryRefreshToken' : 'refreshToken', scenario: id, userAgent: client.userAgent } as const;
  const events: SignInSpec[] = attackTimes(rng, count, from, Math.max(to, from + 10 * MINUTE)).map((time) => sessionRefresh(rng, session, rng.pick(apps), { id: rng.guid(), time, net: attacker }));
  return {
    label: {
      id,
      scenario: prt ? 'token-replay-prt' : 'token-replay-refresh',
      detector: 'token-replay',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description:
        `${prt ? 'Primary refresh token' : 'Refresh token'} of ${victim.userPrincipalName} replayed ${count} times from ${describeNet(attacker)} ` +
        `in the victim's session ${plan.sessionId} (${when} the victim's working hours, ${Math.round(length / MINUTE)} min), ` +
        `${prt ? "with the victim's device claim" : 'from an unregistered device'}${client.copied ? " and the victim's user agent" : ''}; ` +
        `the victim signed in from ${describeNet(plan.interactiveNet)}.`,
    },
    events,
    ownedDays: [plan],
    activeDays: [],
  };
}
