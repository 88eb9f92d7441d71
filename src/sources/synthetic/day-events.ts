/**
 * The sign-ins of one planned user-day: 1-5 interactive sign-ins (an occasional mistyped password, an MFA prompt
 * completed a minute later) and the silent refreshes of the user's apps between them, each app on its own cadence.
 */
import { APPS, DESKTOP_REFRESH_APPS, INTERACTIVE_APPS, type App, type Cadence } from './apps';
import type { DayPlan } from './day-plan';
import { rngFor, type Rng } from './prng';
import {
  passwordless,
  passwordMfaByClaim,
  passwordThenMfa,
  refreshSteps,
  wrongPassword,
  type IncomingTokenType,
  type SignInSpec,
} from './sign-in-spec';
import { PASSWORDLESS } from './users';

const MINUTE = 60_000;

/** Times for `count` refreshes of one app between `from` and `to`, following its cadence. */
function cadenceTimes(rng: Rng, cadence: Cadence, count: number, from: number, to: number): number[] {
  const span = Math.max(to - from, MINUTE);
  const times: number[] = [];
  if (cadence === 'steady') {
    const step = span / count;
    for (let i = 0; i < count; i++) times.push(from + i * step + rng.between(0, step * 0.8));
  } else if (cadence === 'burst') {
    const bursts = Math.max(1, Math.round(count / 8));
    const centres = Array.from({ length: bursts }, () => from + rng.between(0, span));
    for (let i = 0; i < count; i++) times.push(Math.min(to, rng.pick(centres) + rng.between(0, 4 * MINUTE)));
  } else {
    for (let i = 0; i < count; i++) times.push(from + rng.between(0, span));
  }
  return times.map(Math.round);
}

function tokenTypeFor(plan: DayPlan, app: App, rng: Rng): IncomingTokenType {
  const joined = plan.device.trustType === 'Azure AD joined' || plan.device.trustType === 'Hybrid Azure AD joined';
  if (joined && app.clientAppUsed !== 'Browser' && rng.chance(0.7)) return 'primaryRefreshToken';
  return 'refreshToken';
}

/**
 * Every sign-in of the planned day, unsorted.
 *
 * @param seed tenant seed (ids and choices come from the user-day's own stream)
 */
export function dayEvents(seed: number, plan: DayPlan): SignInSpec[] {
  if (!plan.active) return [];
  const rng = rngFor(seed, 'day', plan.user.index, plan.day);
  const { user, device } = plan;
  const out: SignInSpec[] = [];
  const base = { user, device, sessionId: plan.sessionId, namedNetwork: plan.namedNetwork, scenario: plan.scenario };
  const span = plan.windowEnd - plan.windowStart;
  const times = [plan.windowStart + rng.between(0, 15 * MINUTE)];
  for (let i = 1; i < plan.interactiveCount; i++) times.push(plan.windowStart + rng.between(0.1, 0.95) * span);
  times.sort((a, b) => a - b);
  const strong = PASSWORDLESS.includes(user.method) && device.kind === 'desktop';
  // Passwordless people still have the Authenticator app for a device their key or Hello cannot serve (a phone).
  const secondFactor = PASSWORDLESS.includes(user.method) ? 'Mobile app notification' : user.method;
  const mobileApps = [APPS.outlookMobile, APPS.teams];

  times.forEach((t0, i) => {
    const t = Math.round(t0);
    const app = device.kind === 'mobile' ? rng.pick(mobileApps) : rng.weighted(INTERACTIVE_APPS);
    const resource = app.resources[0];
    const interactive = { ...base, interactive: true, app, resource, net: plan.interactiveNet, incomingTokenType: 'none' as const };
    if (!strong && rng.chance(0.04))
      out.push({ ...interactive, id: rng.guid(), time: t - rng.int(60_000, 150_000), steps: wrongPassword(), resultType: 50126, multiFactor: false });
    if (i === 0 && !strong && rng.chance(0.15)) {
      const steps = passwordThenMfa(secondFactor, 'MFA required in Azure AD', false);
      out.push({ ...interactive, id: rng.guid(), time: t - rng.int(20_000, 50_000), steps, resultType: rng.chance(0.7) ? 50074 : 50076, multiFactor: false });
    }
    const steps = strong ? passwordless(user.method) : i === 0 ? passwordThenMfa(secondFactor) : passwordMfaByClaim();
    out.push({ ...interactive, id: rng.guid(), time: t, steps, resultType: 0, multiFactor: true });
  });

  const apps = device.kind === 'mobile' ? [APPS.outlookMobile, APPS.teams] : DESKTOP_REFRESH_APPS;
  const total = Math.round(plan.interactiveCount * user.refreshRatio * rng.between(0.85, 1.15));
  const weightSum = apps.reduce((s, a) => s + a.weight, 0);
  const from = times[0] + MINUTE;
  for (const app of apps) {
    const count = Math.round((total * app.weight) / weightSum);
    const refreshTimes = cadenceTimes(rng, app.cadence, count, from, plan.windowEnd);
    refreshTimes.forEach((time, k) => {
      const net = plan.refreshNet(rng, app, k);
      out.push({
        ...base,
        namedNetwork: net === plan.interactiveNet ? plan.namedNetwork : undefined,
        id: rng.guid(),
        time,
        interactive: false,
        app,
        resource: rng.pick(app.resources),
        net,
        incomingTokenType: tokenTypeFor(plan, app, rng),
        steps: refreshSteps(),
        resultType: 0,
        multiFactor: true,
      });
    });
  }
  if (strong && (user.method === 'FIDO2 security key' || user.method === 'Passkey (device-bound)')) {
    // Since April 2025 a browser's silent FIDO2 re-authentication is logged in the non-interactive table.
    const n = rng.int(1, 2);
    for (let k = 0; k < n; k++) {
      const net = plan.refreshNet(rng, APPS.officeHome, k);
      out.push({
        ...base,
        namedNetwork: net === plan.interactiveNet ? plan.namedNetwork : undefined,
        id: rng.guid(),
        time: Math.round(from + rng.between(0, Math.max(plan.windowEnd - from, MINUTE))),
        interactive: false,
        app: APPS.officeHome,
        resource: APPS.officeHome.resources[0],
        net,
        incomingTokenType: 'none',
        steps: passwordless(user.method),
        resultType: 0,
        multiFactor: true,
      });
    }
  }
  return out;
}
