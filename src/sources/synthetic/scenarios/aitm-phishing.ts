/**
 * Adversary-in-the-middle phishing (Evilginx and its kind): the victim types password and MFA into a page that relays
 * them to Entra, so the interactive sign-in itself comes from the attacker's proxy on a hosting provider, with the
 * victim's user agent (the proxy forwards it) but no device id, and opens a new session. The attacker then uses that
 * session's cookie and tokens from the proxy or from another of their networks, while the victim's laptop carries on
 * from home or the office. Phishing-resistant methods (Windows Hello, FIDO2, passkeys) defeat it, so the victims
 * are people who approve pushes, type codes or read texts.
 */
import { APPS } from '../apps';
import { planDay } from '../day-plan';
import { addressIn } from '../networks/network';
import { HOSTING } from '../networks/pools';
import { passwordMfaByClaim, passwordThenMfa, type SignInSpec } from '../sign-in-spec';
import { browserAgent } from '../user-agents';
import { PASSWORDLESS } from '../users';
import { attackerAddress, attackerClient, attackTimes, describeNet } from './attacker';
import { unregisteredDevice, type Planted, type ScenarioContext } from './planted';
import { sessionRefresh } from './session-refresh';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantAitm(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ filter: (u) => !PASSWORDLESS.includes(u.method) });
  const plan = planDay(ctx.seed, ctx.startMs, victim, day, { forceActive: true, plain: true });
  const proxy = addressIn(rng.pick(HOSTING), rng);
  const elsewhere = rng.chance(0.4);
  const later = elsewhere ? attackerAddress(rng, victim, [['hosting', 50], ['residential-proxy', 30], ['foreign-isp', 20]]) : proxy;
  const id = `aitm-phishing-${n}`;
  const phished = plan.windowStart + rng.between(0.1, 0.8) * (plan.windowEnd - plan.windowStart);
  const sessionId = rng.guid();
  // The proxy forwards the victim's browser: its user agent, but no device id (the device is not the one signing in).
  const relayed = unregisteredDevice(victim.laptop.operatingSystem, victim.laptop.browser);
  const ua = browserAgent(victim.laptop);
  const method = victim.method;
  const base = { interactive: true, user: victim, device: relayed, net: proxy, app: APPS.officeHome, resource: APPS.officeHome.resources[0], sessionId, incomingTokenType: 'none' as const, userAgent: ua, scenario: id };
  const events: SignInSpec[] = [];
  if (rng.chance(0.5)) events.push({ ...base, id: rng.guid(), time: Math.round(phished - rng.between(15, 45) * 1000), steps: passwordThenMfa(method, 'MFA required in Azure AD', false), resultType: 50074, multiFactor: false });
  events.push({ ...base, id: rng.guid(), time: Math.round(phished), steps: passwordThenMfa(method), resultType: 0, multiFactor: true });
  const client = attackerClient(rng, victim, false);
  const start = phished + rng.between(2, 90) * MINUTE;
  const length = rng.between(1, 8) * HOUR;
  if (rng.chance(0.5))
    events.push({ ...base, id: rng.guid(), time: Math.round(start), net: later, device: client.device, userAgent: client.userAgent, steps: passwordMfaByClaim(), resultType: 0, multiFactor: true, app: APPS.outlookWeb, resource: APPS.outlookWeb.resources[0] });
  const session = { user: victim, device: client.device, sessionId, incomingTokenType: 'refreshToken', scenario: id, userAgent: client.userAgent } as const;
  const count = rng.int(8, 50);
  for (const time of attackTimes(rng, count, start + MINUTE, start + length))
    events.push(sessionRefresh(rng, session, rng.pick([APPS.officeHome, APPS.outlookWeb, APPS.outlook, APPS.teams]), { id: rng.guid(), time, net: later }));
  return {
    label: {
      id,
      scenario: 'aitm-phishing',
      detector: 'token-replay',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: proxy.ip,
      ipAddresses: elsewhere ? [proxy.ip, later.ip] : [proxy.ip],
      description:
        `AiTM phishing of ${victim.userPrincipalName}: password and ${method} relayed through a proxy at ${describeNet(proxy)} ` +
        `(the victim's user agent, no device id, a new session ${sessionId}); the session is then used ${count} times ` +
        `from ${elsewhere ? describeNet(later) : 'the proxy'} over ${Math.round(length / HOUR)} h while the victim works from ${describeNet(plan.interactiveNet)}.`,
    },
    events,
    ownedDays: [plan],
    activeDays: [],
  };
}
