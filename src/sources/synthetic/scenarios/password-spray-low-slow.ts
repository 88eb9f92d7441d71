/**
 * Password spray, low and slow: one address, dozens of accounts, one guess every half hour to an hour for a day or
 * more, each guess a different account, so that no account sees more than a guess every few hours and no
 * 20-minute window holds more than one or two. Every guess fails (50126); smart lockout never trips.
 */
import type { SignInSpec } from '../sign-in-spec';
import { attackerAddress, describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { protocolName, sprayAgent, sprayAttempt, sprayProtocol } from './spray-attempt';
import { notLegacyAuth } from './spray-labels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantLowAndSlowSpray(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const attacker = attackerAddress(rng, ctx.users[0], [['hosting', 60], ['residential-proxy', 20], ['foreign-isp', 20]]);
  const targets = rng.sample(ctx.users, Math.min(ctx.users.length, rng.int(20, 60)));
  const hours = Math.min(rng.between(16, 30), ctx.days * 24 - 2);
  const from = ctx.startMs + rng.between(0, Math.max(0, ctx.days * 24 - hours - 1)) * HOUR;
  const protocol = sprayProtocol(rng);
  const userAgent = sprayAgent(rng);
  const id = `password-spray-low-slow-${n}`;
  const events: SignInSpec[] = [];
  let order = rng.sample(targets, targets.length);
  for (let t = from + rng.between(0, 20) * MINUTE, i = 0; t < from + hours * HOUR; t += rng.between(30, 60) * MINUTE, i++) {
    if (i === order.length) (order = rng.sample(targets, targets.length)), (i = 0);
    events.push(sprayAttempt(rng, { user: order[i], net: attacker, protocol, time: t, resultType: 50126, scenario: id, userAgent }));
  }
  const accounts = new Set(events.map((e) => e.user.userPrincipalName)).size;
  return {
    label: {
      id,
      scenario: 'password-spray-low-slow',
      detector: 'password-spray',
      expect: 'alert',
      ipAddress: attacker.ip,
      description:
        `Low and slow: ${events.length} guesses against ${accounts} accounts from ${describeNet(attacker)}, one every 30-60 minutes ` +
        `for ${Math.round(hours)} h over ${protocolName(protocol)}, all 50126.`,
    },
    also: [notLegacyAuth(id, 'password-spray-low-slow', [attacker.ip], protocol)],
    events,
    ownedDays: [],
    activeDays: [],
  };
}
