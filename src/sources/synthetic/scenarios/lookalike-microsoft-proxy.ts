/**
 * Look-alike: Microsoft-proxied refreshes. Exchange Online and SharePoint Online refresh tokens on the user's behalf
 * from Microsoft's own addresses (AS 8075, 52.x / 40.x / 20.x), sometimes geolocated in another country, inside the
 * user's session. Not an attack.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import { addressIn, MICROSOFT_NETWORKS } from '../places';
import type { SignInSpec } from '../sign-in-spec';
import type { Planted, ScenarioContext } from './planted';
import { sessionRefresh } from './session-refresh';

export function plantMicrosoftProxy(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const user = ctx.nextVictim();
  const day = ctx.workDay();
  const plan = planDay(ctx.seed, ctx.startMs, user, day, true);
  const id = `lookalike-microsoft-proxy-${n}`;
  const pool = Array.from({ length: rng.int(2, 4) }, () => addressIn(rng.pick(MICROSOFT_NETWORKS), rng));
  const count = rng.int(8, 30);
  const device = { deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '', kind: 'desktop' as const };
  const session = { user, device, sessionId: plan.sessionId, incomingTokenType: 'refreshToken', scenario: id } as const;
  const events: SignInSpec[] = [];
  for (let i = 0; i < count; i++) {
    const app = rng.chance(0.6) ? APPS.exchangeOnline : APPS.sharePointOnline;
    events.push(
      sessionRefresh(rng, session, app, {
        id: rng.guid(),
        time: Math.round(plan.windowStart + rng.between(0.05, 1) * (plan.windowEnd - plan.windowStart)),
        net: rng.pick(pool),
      }),
    );
  }
  return {
    label: {
      id,
      scenario: 'lookalike-microsoft-proxy',
      detector: 'token-replay',
      expect: 'no-alert',
      userPrincipalName: user.userPrincipalName,
      ipAddress: pool[0].ip,
      description: `Exchange Online / SharePoint Online refresh tokens for ${user.userPrincipalName} from Microsoft addresses (AS8075: ${pool.map((a) => a.ip).join(', ')}).`,
    },
    events,
    ownedDays: [],
    activeDays: [{ user, day }],
  };
}
