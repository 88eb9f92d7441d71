/**
 * Look-alike for a low-and-slow spray: after a password change, the native mail app of a person's phone (Exchange
 * ActiveSync with the old password) keeps retrying every 20 to 60 minutes all day, failing with 50126 each time,
 * from whatever address the phone has (rotating carrier addresses, home Wi-Fi). One account, its own phone, never a
 * success: not a spray (password-spray must not alert), and failures only (context for legacy-auth, not an alert).
 */
import { planDay } from '../day-plan';
import { pickAddress, segmentAt } from '../track';
import type { SignInSpec } from '../sign-in-spec';
import { legacyRow } from './legacy-rows';
import type { Planted, ScenarioContext } from './planted';

const MINUTE = 60_000;

export function plantStalePasswordDevice(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user, day } = ctx.claim({ filter: (u) => u.phone !== undefined, workday: false });
  const plan = planDay(ctx.seed, ctx.startMs, user, day, { plain: true, forcePhone: true });
  const phone = plan.phone!;
  const device = { ...user.phone!, deviceId: '', trustType: '', isCompliant: false, isManaged: false };
  const id = `lookalike-stale-password-device-${n}`;
  const events: SignInSpec[] = [];
  const start = phone.segments[0].from;
  const end = phone.segments[phone.segments.length - 1].to;
  for (let t = start + rng.between(0, 30) * MINUTE; t < end; t += rng.between(20, 60) * MINUTE) {
    const spot = phone.segments[segmentAt(phone, t)].spot;
    events.push(legacyRow(rng, { user, net: pickAddress(spot, rng), device, client: 'Exchange ActiveSync', time: t, resultType: 50126, interactive: true, scenario: id }));
  }
  const addresses = [...new Set(events.map((e) => e.net.ip))];
  const description =
    `${user.userPrincipalName}'s phone mail app (Exchange ActiveSync) retries an old password ${events.length} times from ${addresses.length} address(es) of the phone ` +
    `(carrier AS${user.carrier.asn} and Wi-Fi), every 20-60 minutes, all 50126: one account, its own phone, no success.`;
  return {
    label: { id, scenario: 'lookalike-stale-password-device', detector: 'password-spray', expect: 'no-alert', userPrincipalName: user.userPrincipalName, ipAddress: addresses[0], ipAddresses: addresses, description },
    also: [{ id: `${id}-legacy`, scenario: 'lookalike-stale-password-device', detector: 'legacy-auth', expect: 'no-alert', userPrincipalName: user.userPrincipalName, ipAddress: addresses[0], description: 'The same failures: a legacy protocol that only ever fails, from the user\'s own phone: context, not an alert.' }],
    events,
    ownedDays: [plan],
    activeDays: [],
  };
}
