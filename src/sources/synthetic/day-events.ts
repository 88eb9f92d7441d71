/**
 * The sign-ins of one planned user-day, track by track: each track's interactive sign-ins (an occasional mistyped
 * password, an MFA prompt completed a minute later) and the silent refreshes of its apps, each app on its own
 * cadence, each row from the address the device had at that moment; then the refreshes Microsoft services make on
 * the user's behalf.
 */
import { APPS, type App, type Cadence } from './apps';
import { tracksOf, type DayPlan } from './day-plan';
import { rngFor, type Rng } from './prng';
import { passwordless, passwordMfaByClaim, passwordThenMfa, refreshSteps, wrongPassword, type IncomingTokenType, type SignInSpec } from './sign-in-spec';
import { pickAddress, segmentAt, type Track } from './track';
import { PASSWORDLESS, type SynthUser } from './users';

const MINUTE = 60_000;

/** Times for `count` refreshes of one app between `from` and `to`, following its cadence. */
export function cadenceTimes(rng: Rng, cadence: Cadence, count: number, from: number, to: number): number[] {
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

/** The token a silent refresh presents: a PRT from a joined device's native apps (and a phone's broker), else a refresh token. */
function tokenTypeFor(track: Track, app: App, rng: Rng): IncomingTokenType {
  const trust = track.device.trustType;
  if ((trust === 'Azure AD joined' || trust === 'Hybrid Azure AD joined') && app.clientAppUsed !== 'Browser' && rng.chance(0.7)) return 'primaryRefreshToken';
  if (track.kind === 'phone' && rng.chance(0.35)) return 'primaryRefreshToken';
  return 'refreshToken';
}

/** The interactive sign-ins and silent refreshes of one track. */
export function trackEvents(rng: Rng, user: SynthUser, track: Track, scenario?: string): SignInSpec[] {
  const out: SignInSpec[] = [];
  const base = { user, device: track.device, sessionId: track.sessionId, scenario };
  const desktop = track.device.kind === 'desktop' && track.device.deviceId !== '';
  const strong = PASSWORDLESS.includes(user.method) && desktop;
  // Passwordless people still have the Authenticator app for a device their key or Hello cannot serve (a phone).
  const secondFactor = PASSWORDLESS.includes(user.method) ? 'Mobile app notification' : user.method;
  const at = (t: number) => track.segments[segmentAt(track, t)].spot;
  const interactiveAt = (t: number) => track.segments[segmentAt(track, t)].interactiveSpot ?? at(t);

  track.interactiveTimes.forEach((t, i) => {
    const app = rng.weighted(track.interactiveApps);
    const spot = interactiveAt(t);
    const net = pickAddress(spot, rng);
    const interactive = { ...base, interactive: true, app, resource: app.resources[0], net, namedNetwork: spot.namedNetwork, incomingTokenType: 'none' as const };
    const mistypes = i === 0 && track.mistypes ? track.mistypes : !strong && rng.chance(user.mistypeRate) ? 1 : 0;
    for (let k = mistypes; k > 0; k--)
      out.push({ ...interactive, id: rng.guid(), time: t - k * rng.int(40_000, 150_000), steps: wrongPassword(), resultType: 50126, multiFactor: false });
    const opens = i === 0 && track.opensSession;
    if (opens && !strong && rng.chance(0.15)) {
      const steps = passwordThenMfa(secondFactor, 'MFA required in Azure AD', false);
      out.push({ ...interactive, id: rng.guid(), time: t - rng.int(20_000, 50_000), steps, resultType: rng.chance(0.7) ? 50074 : 50076, multiFactor: false });
    }
    const steps = strong ? passwordless(user.method) : opens ? passwordThenMfa(secondFactor) : passwordMfaByClaim();
    out.push({ ...interactive, id: rng.guid(), time: t, steps, resultType: 0, multiFactor: true });
  });

  const weightSum = track.refreshApps.reduce((s, a) => s + a.weight, 0);
  const first = track.opensSession && track.interactiveTimes.length ? track.interactiveTimes[0] + MINUTE : track.segments[0].from;
  const spans = track.segments.map((s) => ({ s, from: Math.max(s.from, first), to: s.to })).filter((x) => x.to > x.from);
  const total = spans.reduce((n, x) => n + (x.to - x.from), 0);
  spans.forEach(({ from, to }) => {
    const share = (to - from) / total;
    for (const app of track.refreshApps) {
      const count = Math.round((track.refreshes * share * app.weight) / weightSum);
      for (const time of cadenceTimes(rng, app.cadence, count, from, to)) {
        const k = segmentAt(track, time);
        const inherited = track.inherit && k > 0 && time - track.segments[k].from < track.inherit.forMs && rng.chance(track.inherit.chance);
        const spot = inherited ? track.segments[k - 1].spot : track.segments[k].spot;
        out.push({
          ...base,
          namedNetwork: spot.namedNetwork,
          id: rng.guid(),
          time,
          interactive: false,
          app,
          resource: rng.pick(app.resources),
          net: inherited ? spot.net : pickAddress(spot, rng),
          incomingTokenType: tokenTypeFor(track, app, rng),
          steps: refreshSteps(),
          resultType: 0,
          multiFactor: true,
        });
      }
    }
  });

  if (strong && track.kind === 'laptop' && (user.method === 'FIDO2 security key' || user.method === 'Passkey (device-bound)')) {
    // Since April 2025 a browser's silent FIDO2 re-authentication is logged in the non-interactive table.
    const n = rng.int(1, 2);
    const end = track.segments[track.segments.length - 1].to;
    for (let k = 0; k < n; k++) {
      const time = Math.round(first + rng.between(0, Math.max(end - first, MINUTE)));
      const spot = at(time);
      out.push({
        ...base,
        namedNetwork: spot.namedNetwork,
        id: rng.guid(),
        time,
        interactive: false,
        app: APPS.officeHome,
        resource: APPS.officeHome.resources[0],
        net: pickAddress(spot, rng),
        incomingTokenType: 'none',
        steps: passwordless(user.method),
        resultType: 0,
        multiFactor: true,
      });
    }
  }
  return out;
}

/**
 * Refreshes Exchange Online and SharePoint Online make on the user's behalf, in the laptop's session, from
 * Microsoft's own addresses (AS8075 and Microsoft's other ASNs), with no device detail.
 */
export function microsoftProxyEvents(rng: Rng, plan: DayPlan, scenario?: string): SignInSpec[] {
  const { count, pool } = plan.microsoftProxy;
  const device = { deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '', kind: 'desktop' as const };
  const out: SignInSpec[] = [];
  for (let i = 0; i < count; i++) {
    const app = rng.chance(0.6) ? APPS.exchangeOnline : APPS.sharePointOnline;
    out.push({
      id: rng.guid(),
      time: Math.round(plan.windowStart + rng.between(0.05, 1) * (plan.windowEnd - plan.windowStart)),
      interactive: false,
      user: plan.user,
      device,
      net: rng.pick(pool),
      app,
      resource: rng.pick(app.resources),
      sessionId: plan.sessionId,
      incomingTokenType: 'refreshToken',
      steps: refreshSteps(),
      resultType: 0,
      multiFactor: true,
      scenario,
    });
  }
  return out;
}

/**
 * Every sign-in of the planned day, unsorted.
 *
 * @param seed tenant seed (each track draws from its own stream of the user-day)
 */
export function dayEvents(seed: number, plan: DayPlan): SignInSpec[] {
  const out: SignInSpec[] = [];
  for (const track of tracksOf(plan)) out.push(...trackEvents(rngFor(seed, 'day', plan.user.index, plan.day, track.kind), plan.user, track, plan.scenario));
  if (plan.microsoftProxy.count > 0 && plan.laptop) out.push(...microsoftProxyEvents(rngFor(seed, 'day', plan.user.index, plan.day, 'microsoft'), plan, plan.scenario));
  return out;
}
