/**
 * Idle PRT theft: malware on the victim's joined laptop exported its primary refresh token, and the thief uses it at
 * night, many hours after the victim's only interactive sign-in of the day and hours before the next one, from a
 * network the victim never uses. The rows carry the victim's device claim (it is the victim's PRT) and no
 * interactive sign-in is anywhere near them, so a rule that only compares refreshes with recent interactive
 * sign-ins never looks at them.
 */
import { APPS } from '../apps';
import { planDay, tracksOf, type DayPlan } from '../day-plan';
import type { SignInSpec } from '../sign-in-spec';
import { attackerAddress, attackerClient, attackTimes, describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';
import { sessionRefresh } from './session-refresh';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** No interactive sign-in of the victim within this of any stolen-PRT row. */
export const IDLE_GAP = 4 * HOUR;

function interactiveTimes(plan: DayPlan): number[] {
  return tracksOf(plan).flatMap((t) => t.interactiveTimes);
}

export function plantIdlePrtTheft(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ filter: (u) => u.laptop.trustType.endsWith('joined'), after: 1 });
  const base = planDay(ctx.seed, ctx.startMs, victim, day, { forceActive: true, plain: true });
  // One interactive sign-in in the morning, on the laptop only; the laptop's apps refresh all day on the PRT.
  const laptop = { ...base.laptop!, interactiveTimes: [base.laptop!.interactiveTimes[0]], refreshes: Math.round(3 * victim.refreshRatio) };
  const phone = base.phone && { ...base.phone, interactiveTimes: [], opensSession: false };
  const plan: DayPlan = { ...base, laptop, phone, interactiveCount: 1 };
  const next = day + 1 < ctx.days ? planDay(ctx.seed, ctx.startMs, victim, day + 1, { plain: true }) : undefined;
  const lastSignIn = laptop.interactiveTimes[0];
  const nextSignIn = next ? Math.min(...interactiveTimes(next), Infinity) : Infinity;
  const localMidnight = ctx.startMs + (day + 1) * 24 * HOUR - victim.home.utcOffset * HOUR;
  const from = Math.max(lastSignIn + 10 * HOUR, localMidnight + rng.between(-1.5, 2) * HOUR);
  const length = Math.min(rng.between(20, 150) * MINUTE, nextSignIn - IDLE_GAP - from);
  const to = from + Math.max(length, 15 * MINUTE);
  const attacker = attackerAddress(rng, victim, [['hosting', 55], ['foreign-isp', 25], ['residential-proxy', 20]]);
  const client = attackerClient(rng, victim, true);
  const id = `idle-prt-theft-${n}`;
  const count = rng.int(5, 30);
  const session = { user: victim, device: client.device, sessionId: plan.sessionId, incomingTokenType: 'primaryRefreshToken', scenario: id, userAgent: client.userAgent } as const;
  const apps = [APPS.broker, APPS.outlook, APPS.teams, APPS.azurePortal, APPS.edge];
  const events: SignInSpec[] = attackTimes(rng, count, from, to).map((time) => sessionRefresh(rng, session, rng.pick(apps), { id: rng.guid(), time, net: attacker }));
  const gapHours = Math.round((from - lastSignIn) / HOUR);
  return {
    label: {
      id,
      scenario: 'idle-prt-theft',
      detector: 'token-replay',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description:
        `Stolen primary refresh token of ${victim.userPrincipalName} (device ${victim.laptop.displayName}) used ${count} times at night from ${describeNet(attacker)}, ` +
        `${gapHours} h after the victim's only interactive sign-in of the day (from ${describeNet(plan.interactiveNet)}) and no interactive sign-in within ${IDLE_GAP / HOUR} h.`,
    },
    events,
    ownedDays: next ? [plan, next] : [plan],
    activeDays: [],
  };
}
