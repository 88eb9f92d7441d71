/**
 * Token replay: the victim works normally from home or the office while an attacker on another continent, holding the
 * victim's stolen refresh token (or primary refresh token, with its device claim), refreshes silently from another
 * network in the same session. The attacker's rows overlap the victim's own activity, which no travel can explain.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import { addressIn, ATTACKER_NETWORKS } from '../places';
import type { SignInSpec } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { unregisteredDevice } from './planted';
import { sessionRefresh } from './session-refresh';

const MINUTE = 60_000;

export function plantTokenReplay(ctx: ScenarioContext, kind: 'refresh' | 'prt', n: number): Planted {
  const { rng } = ctx;
  const prt = kind === 'prt';
  const victim = ctx.nextVictim(prt ? (u) => u.laptop.trustType.endsWith('joined') : undefined);
  const day = ctx.workDay();
  const plan = planDay(ctx.seed, ctx.startMs, victim, day, true);
  const network = rng.pick(ATTACKER_NETWORKS.filter((net) => net.place.continent !== victim.home.continent));
  const attacker = addressIn(network, rng);
  const span = plan.windowEnd - plan.windowStart;
  const from = plan.windowStart + rng.between(0.2, 0.5) * span;
  const to = Math.min(plan.windowEnd - 10 * MINUTE, from + rng.between(60, 180) * MINUTE);
  const device = prt ? victim.laptop : unregisteredDevice(rng.pick(['Windows 10', 'Linux', 'MacOs']), rng.pick(['Chrome 136.0.0', 'Firefox 139.0']));
  const apps = [APPS.outlook, APPS.teams, APPS.officeHome, APPS.oneDrive];
  const id = `token-replay-${kind}-${n}`;
  const count = rng.int(12, 40);
  const session = { user: victim, device, sessionId: plan.sessionId, incomingTokenType: prt ? 'primaryRefreshToken' : 'refreshToken', scenario: id } as const;
  const events: SignInSpec[] = [];
  for (let i = 0; i < count; i++) {
    const app = rng.pick(apps);
    events.push(
      sessionRefresh(rng, session, app, {
        id: rng.guid(),
        time: Math.round(from + ((to - from) * (i + rng.next())) / count),
        net: attacker,
      }),
    );
  }
  return {
    label: {
      id,
      scenario: prt ? 'token-replay-prt' : 'token-replay-refresh',
      detector: 'token-replay',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description:
        `${prt ? 'Primary refresh token' : 'Refresh token'} of ${victim.userPrincipalName} replayed from ${attacker.place.city}, ${attacker.place.country} ` +
        `(AS${attacker.asn}) in the victim's session ${plan.sessionId} while the victim was active from ${plan.interactiveNet.ip} (AS${plan.interactiveNet.asn}).`,
    },
    events,
    ownedDays: [],
    activeDays: [{ user: victim, day }],
  };
}
