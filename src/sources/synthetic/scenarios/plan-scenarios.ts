/**
 * Chooses and plants every scenario of a tenant. How many of each kind is drawn per seed and grows with the tenant
 * (about one per 25 people, at least one from 10 people up); who, which day, which networks, devices, apps and
 * timing come from the seed too, so that a detector cannot be tuned to one layout. Scenarios about one person never
 * share a day with another scenario about that person (the calendar below), so an alert about that person that day
 * can be scored against exactly one label. Tenants under 10 people get no scenarios: too few for a spray or a
 * look-alike to mean anything.
 *
 * The kinds, what each label expects, and why (the domain, not any detector):
 *
 *   attack                       label(s)                                   why
 *   token-replay-refresh / -prt  token-replay: alert                        a stolen token used in the victim's session
 *                                                                           from a network and device it never had
 *   cookie-replay                token-replay: alert                        interactive sign-in from IP-B riding the
 *                                                                           victim's session (MFA by claim), refreshes
 *   aitm-phishing                token-replay: alert                        the sign-in itself came through a proxy;
 *                                                                           its new session is then used elsewhere
 *   idle-prt-theft               token-replay: alert                        a PRT used at night, hours from any sign-in
 *   password-spray (burst),      password-spray: alert (about the source);  one attack, one finding about its source;
 *   -low-slow, -distributed      legacy-auth: no-alert (about the source)   failed guesses are not per-account alerts
 *   legacy-auth                  legacy-auth: alert; token-replay: no-alert a password that worked without MFA
 *   legacy-imap-compromise       legacy-auth: alert; token-replay: no-alert IMAP/POP polls present no token
 *   ca-blocked, mfa-abandoned    their detectors: alert
 *
 *   benign                       label(s)
 *   high-volume-ratio            high-volume-ratio: alert                   automation above 500:1 is worth a review
 *   service-account-steady       high-volume-ratio: no-alert                heavy and steady but below the line
 *   legacy-client-in-use         legacy-auth: alert; token-replay: no-alert exposure, not compromise
 *   lookalike-* (token replay)   token-replay: no-alert                     phones on carriers, roaming, travel, IP
 *                                                                           inheritance, dual stack, Microsoft proxies,
 *                                                                           consumer VPN, personal browser, Cloud PC,
 *                                                                           split-tunnel VPN
 *   lookalike-shared-nat-failures password-spray: no-alert (source)         a password-change morning at the office
 *   lookalike-stale-password-device password-spray, legacy-auth: no-alert  one phone retrying an old password
 *
 * Around them, unlabelled, every tenant holds what real ones hold (day-plan.ts): phones on carriers most days,
 * dual-stack homes, moves home that leave inherited addresses, Microsoft-proxied refreshes, consumer VPNs, personal
 * browsers, Cloud PCs, mistyped passwords. An alert on those matches no label and lowers its detector's precision.
 */
import { isWeekend } from '../day-plan';
import { rngFor, type Rng } from '../prng';
import type { SynthUser } from '../users';
import { plantAitm } from './aitm-phishing';
import { plantCaBlocked } from './ca-blocked';
import { plantCookieReplay } from './cookie-replay';
import { plantServiceAccount } from './high-volume';
import { plantIdlePrtTheft } from './idle-prt-theft';
import { plantLegacyAuth } from './legacy-auth';
import { plantLegacyClientInUse } from './legacy-client-in-use';
import { plantImapCompromise } from './legacy-imap-compromise';
import { plantSharedNatFailures } from './lookalike-shared-nat';
import { plantStalePasswordDevice } from './lookalike-stale-password';
import { plantTrip } from './lookalike-trip';
import { plantByodBrowser, plantCarrierSwitch, plantCloudPc, plantConsumerVpn, plantDualStack, plantIpInheritance, plantMicrosoftProxy, plantVpnSplitTunnel } from './lookalikes';
import { plantMfaAbandoned } from './mfa-abandoned';
import { plantPasswordSpray } from './password-spray';
import { plantDistributedSpray } from './password-spray-distributed';
import { plantLowAndSlowSpray } from './password-spray-low-slow';
import type { ClaimOptions, Planted, ScenarioContext } from './planted';
import { plantTokenReplay } from './token-replay';

export const MIN_USERS_FOR_SCENARIOS = 10;

type Planter = (ctx: ScenarioContext, n: number) => Planted | Planted[];

/**
 * Every planter, in planting order. Multi-day ones first: they need consecutive free days of one person, which are
 * easiest to find in an empty calendar.
 */
const PLANTERS: readonly (readonly [string, Planter])[] = [
  ['lookalike-roaming', (c, n) => plantTrip(c, n, 'roaming')],
  ['lookalike-travel', (c, n) => plantTrip(c, n, 'travel')],
  ['idle-prt-theft', plantIdlePrtTheft],
  ['legacy-client-in-use', plantLegacyClientInUse],
  ['lookalike-shared-nat-failures', plantSharedNatFailures],
  ['token-replay-refresh', (c, n) => plantTokenReplay(c, 'refresh', n)],
  ['token-replay-prt', (c, n) => plantTokenReplay(c, 'prt', n)],
  ['cookie-replay', plantCookieReplay],
  ['aitm-phishing', plantAitm],
  ['password-spray', plantPasswordSpray],
  ['password-spray-low-slow', plantLowAndSlowSpray],
  ['password-spray-distributed', plantDistributedSpray],
  ['legacy-auth', plantLegacyAuth],
  ['legacy-imap-compromise', plantImapCompromise],
  ['ca-blocked', plantCaBlocked],
  ['mfa-abandoned', plantMfaAbandoned],
  ['high-volume-ratio', (c, n) => plantServiceAccount(c, n, true)],
  ['service-account-steady', (c, n) => plantServiceAccount(c, n, false)],
  ['lookalike-stale-password-device', plantStalePasswordDevice],
  ['lookalike-vpn-split-tunnel', plantVpnSplitTunnel],
  ['lookalike-carrier-switch', plantCarrierSwitch],
  ['lookalike-microsoft-proxy', plantMicrosoftProxy],
  ['lookalike-ip-inheritance', plantIpInheritance],
  ['lookalike-dual-stack', plantDualStack],
  ['lookalike-consumer-vpn', plantConsumerVpn],
  ['lookalike-byod-browser', plantByodBrowser],
  ['lookalike-cloud-pc', plantCloudPc],
];

/** How many scenarios of one kind: about one per 25 people, drawn, at least one (none under 10 people). */
export function scenariosPerKind(users: number, rng: Rng): number {
  if (users < MIN_USERS_FOR_SCENARIOS) return 0;
  return Math.max(1, Math.round((users / 25) * rng.between(0.6, 1.5)));
}

/** The calendar of who is busy with which scenario on which day. */
function calendar(users: readonly SynthUser[], days: number, startMs: number, rng: Rng) {
  const taken = new Set<string>();
  const load = new Map<number, number>();
  const order = rng.sample(users, users.length);
  const key = (u: SynthUser, d: number) => `${u.index}:${d}`;
  const take = (u: SynthUser, from: number, to: number) => {
    for (let d = from; d <= to; d++) taken.add(key(u, d));
    load.set(u.index, (load.get(u.index) ?? 0) + 1);
  };
  function claim(o: ClaimOptions = {}): { user: SynthUser; day: number } {
    const length = o.length ?? 1, before = o.before ?? 0, after = o.after ?? 0;
    const workday = o.workday ?? true;
    const fits = (u: SynthUser, d: number, strict: boolean) => {
      if (workday && isWeekend(startMs, d)) return false;
      const from = strict ? d - before : Math.max(0, d - before);
      const to = strict ? d + length - 1 + after : Math.min(days - 1, d + length - 1 + after);
      if (from < 0 || to > days - 1 || d + length - 1 > days - 1) return false;
      for (let x = from; x <= to; x++) if (taken.has(key(u, x))) return false;
      return true;
    };
    const allowed = order.filter((u) => !o.filter || o.filter(u));
    const people = allowed.length ? allowed : order;
    for (const strict of [true, false]) {
      const byLoad = [...people].sort((a, b) => (load.get(a.index) ?? 0) - (load.get(b.index) ?? 0));
      for (const u of byLoad) {
        const free = Array.from({ length: days }, (_, d) => d).filter((d) => fits(u, d, strict));
        if (!free.length) continue;
        const day = rng.pick(free);
        take(u, Math.max(0, day - before), Math.min(days - 1, day + length - 1 + after));
        return { user: u, day };
      }
    }
    // The tenant is too small to keep every scenario apart: share a day with another scenario.
    const user = rng.pick(people);
    const day = rng.int(0, Math.max(0, days - length));
    take(user, day, day + length - 1);
    return { user, day };
  }
  function claimDay(u: SynthUser, d: number): boolean {
    if (taken.has(key(u, d))) return false;
    take(u, d, d);
    return true;
  }
  return { claim, claimDay };
}

export function planScenarios(seed: number, startMs: number, days: number, users: readonly SynthUser[], domain: string): Planted[] {
  if (users.length < MIN_USERS_FOR_SCENARIOS) return [];
  const counts = rngFor(seed, 'scenario-counts');
  const rng = rngFor(seed, 'scenarios');
  const workDays = Array.from({ length: days }, (_, d) => d).filter((d) => !isWeekend(startMs, d));
  const ctx: ScenarioContext = {
    seed,
    startMs,
    days,
    users,
    domain,
    rng,
    ...calendar(users, days, startMs, rngFor(seed, 'calendar')),
    workDay: () => (workDays.length ? rng.pick(workDays) : rng.int(0, days - 1)),
  };
  const planted: Planted[] = [];
  for (const [, plant] of PLANTERS) {
    const count = scenariosPerKind(users.length, counts);
    for (let n = 1; n <= count; n++) {
      const p = plant(ctx, n);
      planted.push(...(Array.isArray(p) ? p : [p]));
    }
  }
  return planted;
}
