/**
 * A mailbox taken over IMAP or POP with a known password (phished, bought, or found by an earlier spray): one
 * interactive success opens it, then the client polls for hours, every poll another single-factor success logged
 * in the non-interactive table, from the same address. No token is ever presented: this is legacy-auth's finding,
 * and a token-replay alert on it would be wrong (the refreshes are not refreshes).
 */
import { attackerAddress, describeNet } from './attacker';
import { legacyRow } from './legacy-rows';
import { unregisteredDevice, type Planted, type ScenarioContext } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantImapCompromise(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const { user: victim, day } = ctx.claim({ workday: false });
  const client = rng.chance(0.7) ? 'IMAP4' : 'POP3';
  const attacker = attackerAddress(rng, victim, [['hosting', 50], ['foreign-isp', 35], ['residential-proxy', 15]]);
  const device = unregisteredDevice('', '');
  const id = `legacy-imap-compromise-${n}`;
  const from = ctx.startMs + day * 24 * HOUR + rng.between(0, 18) * HOUR;
  const hours = rng.between(1, 6);
  const poll = rng.between(2, 15) * MINUTE;
  const base = { user: victim, net: attacker, device, client, scenario: id } as const;
  const events = [legacyRow(rng, { ...base, time: from, resultType: 0, interactive: true })];
  for (let t = from + poll; t < from + hours * HOUR; t += poll * rng.between(0.7, 1.3)) {
    const again = rng.chance(0.05);
    events.push(legacyRow(rng, { ...base, time: t, resultType: 0, interactive: again }));
  }
  const polls = events.filter((e) => !e.interactive).length;
  return {
    label: {
      id,
      scenario: 'legacy-imap-compromise',
      detector: 'legacy-auth',
      expect: 'alert',
      userPrincipalName: victim.userPrincipalName,
      ipAddress: attacker.ip,
      description:
        `${victim.userPrincipalName}'s mailbox opened over ${client} with the right password from ${describeNet(attacker)}, ` +
        `then polled ${polls} times over ${hours.toFixed(1)} h (single-factor successes in the non-interactive table).`,
    },
    also: [
      {
        id: `${id}-not-replay`,
        scenario: 'legacy-imap-compromise',
        detector: 'token-replay',
        expect: 'no-alert',
        userPrincipalName: victim.userPrincipalName,
        ipAddress: attacker.ip,
        description: `The same ${client} rows: password sign-ins with no token presented (IncomingTokenType none), which belong to legacy-auth, not token replay.`,
      },
    ],
    events,
    ownedDays: [],
    activeDays: [],
  };
}
