/**
 * A labelled look-alike that is one ordinary day of one person, changed only as the look-alike needs (a VPN, a move
 * home, a day on the carrier...). Every row of that day carries the label, so the label's window is the person's
 * day and any token-replay alert about that person that day is a false alert.
 */
import { planDay, type DayPlan, type PlanOptions } from '../day-plan';
import type { ScenarioKind } from '../labels';
import type { SynthUser } from '../users';
import type { ClaimOptions, Planted, ScenarioContext } from './planted';

export interface LookalikeDay {
  readonly kind: ScenarioKind;
  readonly claim?: ClaimOptions;
  /** How the day differs from an ordinary one. */
  readonly options: (user: SynthUser, day: number) => PlanOptions;
  /** The address that makes the day look suspicious, and the label's description. */
  readonly describe: (plan: DayPlan) => { ipAddress: string; description: string };
}

export function plantLookalikeDay(ctx: ScenarioContext, n: number, spec: LookalikeDay): Planted {
  const { user, day } = ctx.claim(spec.claim);
  const id = `${spec.kind}-${n}`;
  const plan = planDay(ctx.seed, ctx.startMs, user, day, { forceActive: true, plain: true, ...spec.options(user, day), scenario: id });
  const { ipAddress, description } = spec.describe(plan);
  return {
    label: { id, scenario: spec.kind, detector: 'token-replay', expect: 'no-alert', userPrincipalName: user.userPrincipalName, ipAddress, description },
    events: [],
    ownedDays: [plan],
    activeDays: [],
  };
}
