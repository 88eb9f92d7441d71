/**
 * A legitimate legacy mail client: a person's old desktop mail client polling IMAP from home in the evenings, or a
 * multifunction printer in the office sending scans over SMTP AUTH as its own account. Real tenants keep these long
 * after they meant to block basic authentication (here CA002 is still report-only). Each is a password that works
 * without MFA, so legacy-auth must report it (exposure, not compromise); its non-interactive polls present no token,
 * so token-replay must not.
 */
import { officeAddress } from '../day-plan';
import type { SignInSpec } from '../sign-in-spec';
import type { SynthUser } from '../users';
import { describeNet } from './attacker';
import { automatedAccount } from './high-volume';
import { legacyRow } from './legacy-rows';
import { unregisteredDevice, type Planted, type ScenarioContext } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function plantLegacyClientInUse(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const id = `legacy-client-in-use-${n}`;
  const printer = rng.chance(0.35);
  const events: SignInSpec[] = [];
  let who: string, where: string, ip: string, what: string;
  let extraUsers: SynthUser[] | undefined;
  if (printer) {
    const account = { ...automatedAccount(ctx, `p${n}`, ctx.users[rng.int(0, ctx.users.length - 1)], ['scan']), displayName: `Scanner ${n}` };
    const scanner = { ...account, userPrincipalName: `scanner-${rng.int(1, 9)}f-${n}@${ctx.domain}` };
    const net = officeAddress(ctx.seed, scanner, 0);
    const device = unregisteredDevice('', '');
    for (let day = 0; day < ctx.days; day++) {
      const localMidnight = ctx.startMs + day * 24 * HOUR - scanner.home.utcOffset * HOUR;
      const sends = new Date(localMidnight + 12 * HOUR).getUTCDay() % 6 === 0 ? 0 : rng.int(2, 12);
      const times = Array.from({ length: sends }, () => localMidnight + rng.between(8, 18) * HOUR).sort((a, b) => a - b);
      times.forEach((t, i) => events.push(legacyRow(rng, { user: scanner, net, device, client: 'Authenticated SMTP', time: t, resultType: 0, interactive: i === 0, scenario: id })));
    }
    extraUsers = [scanner];
    who = scanner.userPrincipalName;
    ip = net.ip;
    where = `the office printer at ${describeNet(net)}`;
    what = `Authenticated SMTP (scan to e-mail), ${events.length} sends over the period`;
  } else {
    const { user, day } = ctx.claim({ workday: false, length: Math.min(2, ctx.days) });
    const device = unregisteredDevice(user.laptop.operatingSystem, '');
    for (let d = day; d < Math.min(ctx.days, day + 2); d++) {
      const localMidnight = ctx.startMs + d * 24 * HOUR - user.home.utcOffset * HOUR;
      const from = localMidnight + rng.between(17.5, 20) * HOUR;
      const to = from + rng.between(2, 4) * HOUR;
      let first = true;
      for (let t = from; t < to; t += rng.between(8, 20) * MINUTE) {
        events.push(legacyRow(rng, { user, net: user.homeAddress, device, client: 'IMAP4', time: t, resultType: 0, interactive: first, scenario: id }));
        first = false;
      }
    }
    who = user.userPrincipalName;
    ip = user.homeAddress.ip;
    where = `home (${describeNet(user.homeAddress)})`;
    what = `a desktop mail client over IMAP4 in the evenings, ${events.length} sign-ins`;
  }
  return {
    label: {
      id,
      scenario: 'legacy-client-in-use',
      detector: 'legacy-auth',
      expect: 'alert',
      userPrincipalName: who,
      ipAddress: ip,
      description: `Legitimate but exposed: ${who} uses ${what} from ${where}; single-factor password successes, no attack (legacy-auth should report the exposure).`,
    },
    also: [
      {
        id: `${id}-not-replay`,
        scenario: 'legacy-client-in-use',
        detector: 'token-replay',
        expect: 'no-alert',
        userPrincipalName: who,
        ipAddress: ip,
        description: `The same legacy sign-ins: no token presented (IncomingTokenType none), not a token replay.`,
      },
    ],
    events,
    ownedDays: [],
    activeDays: [],
    extraUsers,
  };
}
