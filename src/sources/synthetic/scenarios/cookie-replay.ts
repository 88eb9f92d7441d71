/**
 * Session cookie replay: an infostealer took the victim's browser cookies, and the thief opens Microsoft 365 from
 * their own address IP-B with them. Entra logs an interactive sign-in from IP-B in the victim's own session, both
 * factors "satisfied by claim in the token", then the thief's browser refreshes from IP-B for hours. Because IP-B has
 * an interactive sign-in, a rule that trusts any address the user signed in from interactively calls it the user's.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import { sessionCookie, type SignInSpec } from '../sign-in-spec';
import { attackerAddress, attackerClient, attackTimes, describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { sessionRefresh } from './session-refresh';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantCookieReplay(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim();
  const plan = planDay(ctx.seed, ctx.startMs, victim, day, { forceActive: true, plain: true });
  const ipB = attackerAddress(rng, victim, [['hosting', 40], ['residential-proxy', 35], ['foreign-isp', 25]]);
  const client = attackerClient(rng, victim, false);
  const id = `cookie-replay-${n}`;
  const start = plan.windowStart + rng.between(0.2, 1.2) * (plan.windowEnd - plan.windowStart);
  const length = rng.between(1, 5) * HOUR;
  const signIns = rng.int(1, 3);
  const events: SignInSpec[] = [];
  for (let i = 0; i < signIns; i++) {
    const app = i === 0 ? APPS.officeHome : rng.pick([APPS.officeHome, APPS.outlookWeb]);
    events.push({
      id: rng.guid(),
      time: Math.round(i === 0 ? start : start + rng.between(0.2, 1) * length),
      interactive: true,
      user: victim,
      device: client.device,
      net: ipB,
      app,
      resource: app.resources[0],
      sessionId: plan.sessionId,
      incomingTokenType: 'none',
      steps: sessionCookie(),
      resultType: 0,
      multiFactor: true,
      userAgent: client.userAgent,
      scenario: id,
    });
  }
  const session = { user: victim, device: client.device, sessionId: plan.sessionId, incomingTokenType: 'refreshToken', scenario: id, userAgent: client.userAgent } as const;
  const count = rng.int(6, 40);
  for (const time of attackTimes(rng, count, start + MINUTE, start + length))
    events.push(sessionRefresh(rng, session, rng.pick([APPS.officeHome, APPS.outlookWeb]), { id: rng.guid(), time, net: ipB }));
  return {
    label: {
      id,
      scenario: 'cookie-replay',
      detector: 'token-replay',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: ipB.ip,
      description:
        `Stolen session cookie of ${victim.userPrincipalName}: ${signIns} interactive sign-in(s) from ${describeNet(ipB)} in the victim's session ${plan.sessionId} ` +
        `with MFA satisfied by claim, then ${count} refreshes from there over ${Math.round(length / HOUR)} h${client.copied ? ", with the victim's user agent" : ''}; ` +
        `the victim signed in from ${describeNet(plan.interactiveNet)} that day.`,
    },
    events,
    ownedDays: [plan],
    activeDays: [],
  };
}
