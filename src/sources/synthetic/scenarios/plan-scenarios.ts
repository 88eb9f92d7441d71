/**
 * Chooses and plants every scenario of a tenant. How many of each kind grows with the tenant (one per 25 users, at
 * least one from 10 users up); which users, days, attacker addresses and countries come from the seed, so a detector
 * cannot be tuned to one layout. Tenants under 10 users get no scenarios: too few people for a spray or a look-alike
 * to mean anything.
 */
import { isWeekend } from '../day-plan';
import { rngFor } from '../prng';
import type { SynthUser } from '../users';
import { plantCaBlocked } from './ca-blocked';
import { plantHighVolume } from './high-volume';
import { plantLegacyAuth } from './legacy-auth';
import { plantCarrierSwitch } from './lookalike-carrier';
import { plantMicrosoftProxy } from './lookalike-microsoft-proxy';
import { plantTravel } from './lookalike-travel';
import { plantVpnSplitTunnel } from './lookalike-vpn';
import { plantMfaAbandoned } from './mfa-abandoned';
import { plantPasswordSpray } from './password-spray';
import type { Planted, ScenarioContext } from './planted';
import { plantTokenReplay } from './token-replay';

export const MIN_USERS_FOR_SCENARIOS = 10;

/** Scenarios of each kind for a tenant of `users` people. */
export function scenariosPerKind(users: number): number {
  return users < MIN_USERS_FOR_SCENARIOS ? 0 : Math.max(1, Math.round(users / 25));
}

export function planScenarios(seed: number, startMs: number, days: number, users: readonly SynthUser[], domain: string): Planted[] {
  const perKind = scenariosPerKind(users.length);
  if (perKind === 0) return [];
  const rng = rngFor(seed, 'scenarios');
  const order = rng.sample(users, users.length);
  const taken = new Set<number>();
  const workDays = Array.from({ length: days }, (_, d) => d).filter((d) => !isWeekend(startMs, d));
  const ctx: ScenarioContext = {
    seed,
    startMs,
    days,
    users,
    domain,
    rng,
    nextVictim(filter) {
      if (taken.size >= users.length) taken.clear();
      const free = order.filter((u) => !taken.has(u.index));
      const victim = free.find((u) => !filter || filter(u)) ?? free[0];
      taken.add(victim.index);
      return victim;
    },
    workDay: () => (workDays.length ? rng.pick(workDays) : rng.int(0, days - 1)),
  };
  const planted: Planted[] = [];
  for (let n = 1; n <= perKind; n++) {
    // Travel first: it owns the last days of its traveller, who must not be a victim of anything else.
    planted.push(plantTravel(ctx, n));
    planted.push(plantTokenReplay(ctx, 'refresh', n));
    planted.push(plantTokenReplay(ctx, 'prt', n));
    planted.push(...plantPasswordSpray(ctx, n));
    planted.push(plantLegacyAuth(ctx, n));
    planted.push(plantCaBlocked(ctx, n));
    planted.push(plantMfaAbandoned(ctx, n));
    planted.push(plantHighVolume(ctx, n));
    planted.push(plantVpnSplitTunnel(ctx, n));
    planted.push(plantCarrierSwitch(ctx, n));
    planted.push(plantMicrosoftProxy(ctx, n));
  }
  return planted;
}
