/**
 * Look-alike for a spray from one address: the morning after a forced password change, many people in one office
 * type the old password once or twice before the new one, all behind the office's two NAT addresses. Many accounts
 * failing with 50126 from one address within two hours, each followed by that person's success from the same
 * address, on the network they use every day: not a spray.
 */
import { officeAddress, planDay, type DayPlan } from '../day-plan';
import { PASSWORDLESS } from '../users';
import { describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';

export function plantSharedNatFailures(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const region = rng.pick([...new Set(ctx.users.map((u) => u.region))]);
  const people = ctx.users.filter((u) => u.region === region && !PASSWORDLESS.includes(u.method));
  const day = ctx.workDay();
  const wanted = Math.min(people.length, rng.int(6, 15));
  const id = `lookalike-shared-nat-failures-${n}`;
  const ownedDays: DayPlan[] = [];
  for (const user of rng.sample(people, people.length)) {
    if (ownedDays.length === wanted) break;
    if (!ctx.claimDay(user, day)) continue;
    ownedDays.push(planDay(ctx.seed, ctx.startMs, user, day, { forceActive: true, plain: true, at: 'office', mistypes: rng.int(1, 3), scenario: id }));
  }
  const nats = [officeAddress(ctx.seed, ctx.users.find((u) => u.region === region)!, 0), officeAddress(ctx.seed, ctx.users.find((u) => u.region === region)!, 1)];
  return {
    label: {
      id,
      scenario: 'lookalike-shared-nat-failures',
      detector: 'password-spray',
      expect: 'no-alert',
      ipAddress: nats[0].ip,
      ipAddresses: nats.map((a) => a.ip),
      description:
        `Password-change morning in the ${region.name} office: ${ownedDays.length} people mistype their password 1-3 times behind the office NAT ` +
        `(${describeNet(nats[0])} and ${nats[1].ip}), each then signing in from there.`,
    },
    events: [],
    ownedDays,
    activeDays: [],
    // The label lists the morning's sign-ins behind the NAT (failures and the successes after them), not whole days.
    keep: (row) => row.interactive && row.net.role === 'office',
  };
}
