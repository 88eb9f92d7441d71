/**
 * Legacy authentication guessed open: someone tries a few passwords for one mailbox over IMAP, POP, SMTP AUTH,
 * ActiveSync or another basic-auth client, which cannot do MFA, fails a few times, then gets in with single-factor
 * authentication and keeps going.
 */
import { attackerAddress, describeNet } from './attacker';
import { LEGACY_CLIENTS, legacyRow } from './legacy-rows';
import { unregisteredDevice, type Planted, type ScenarioContext } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantLegacyAuth(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ workday: false });
  const client = rng.pick(LEGACY_CLIENTS);
  const attacker = attackerAddress(rng, victim, [['hosting', 40], ['foreign-isp', 40], ['residential-proxy', 20]]);
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 20) * HOUR;
  const count = rng.int(5, 14);
  const firstSuccess = rng.int(2, count - 1);
  const id = `legacy-auth-${n}`;
  const device = unregisteredDevice(client === 'Exchange ActiveSync' ? 'Android' : '', '');
  const events = Array.from({ length: count }, (_, i) => {
    const ok = i === firstSuccess || (i > firstSuccess && rng.chance(0.8));
    return legacyRow(rng, { user: victim, net: attacker, device, client, time: from + i * rng.between(2, 9) * MINUTE, resultType: ok ? 0 : 50126, interactive: true, scenario: id });
  });
  return {
    label: {
      id,
      scenario: 'legacy-auth',
      detector: 'legacy-auth',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description: `${client} sign-ins to ${victim.userPrincipalName} from ${describeNet(attacker)}: ${firstSuccess} failure(s), then single-factor successes.`,
    },
    also: [
      {
        id: `${id}-not-replay`,
        scenario: 'legacy-auth',
        detector: 'token-replay',
        expect: 'no-alert',
        userPrincipalName: victim.userPrincipalName,
        ipAddress: attacker.ip,
        description: `The same ${client} sign-ins: a password, no token presented, so not a token replay.`,
      },
    ],
    events,
    ownedDays: [],
    activeDays: [],
  };
}
