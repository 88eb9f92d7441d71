/**
 * Automated accounts: a sync, backup or reporting agent signed in as a user, refreshing its token every few minutes
 * around the clock. People sit at 50-100 silent refreshes per interactive sign-in; these sit far higher. Those that
 * sign in interactively only every few days land above the 500:1 line the high-volume-ratio detector uses (they are
 * its finding: automation worth a review); those that sign in again every day (a restarting agent, a daily job)
 * stay below it, however steady and heavy their traffic.
 */
import { APPS } from '../apps';
import { officeAddress } from '../day-plan';
import { addressIn } from '../networks/network';
import { MICROSOFT_SERVICES } from '../networks/pools';
import { rngFor } from '../prng';
import { passwordThenMfa, refreshSteps, type SignInSpec } from '../sign-in-spec';
import type { SynthUser } from '../users';
import { describeNet } from './attacker';
import type { Planted, ScenarioContext } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The line of the domain heuristic: 50-100:1 normal, 500:1 suspicious. */
const LINE = 500;

export function automatedAccount(ctx: ScenarioContext, key: string, like: SynthUser, names: readonly string[]): SynthUser {
  const rng = rngFor(ctx.seed, 'automated', key);
  const name = rng.pick(names);
  return {
    ...like,
    index: ctx.users.length + 1000 + (rngFor(ctx.seed, 'automated-index', key).int(0, 1_000_000)),
    userPrincipalName: `svc-${name}-${key}@${ctx.domain}`,
    displayName: `svc ${name} ${key}`,
    userId: rng.guid(),
    laptop: {
      deviceId: rng.guid(),
      displayName: `CTS-SRV-${name.toUpperCase()}`,
      operatingSystem: 'Windows Server 2022',
      browser: 'Rich Client 4.61.0',
      isCompliant: true,
      isManaged: true,
      trustType: 'Hybrid Azure AD joined',
      kind: 'desktop',
    },
    phone: undefined,
    method: 'OATH verification code',
  };
}

export function plantServiceAccount(ctx: ScenarioContext, n: number, above: boolean): Planted {
  const { rng } = ctx;
  const key = `${above ? 'a' : 'b'}${n}`;
  const names = above ? ['reportsync', 'crm-export', 'bi-refresh', 'hr-feed'] : ['backup-sync', 'mail-archive', 'file-sync', 'print-relay'];
  const account = automatedAccount(ctx, key, ctx.users[rng.int(0, ctx.users.length - 1)], names);
  const inAzure = rng.chance(0.4);
  const net = inAzure ? addressIn(rng.pick(MICROSOFT_SERVICES.filter((s) => s.asn === 8075)), rng) : officeAddress(ctx.seed, account, 0);
  const id = above ? `high-volume-ratio-${n}` : `service-account-steady-${n}`;
  const app = above ? APPS.azurePowerShell : rng.pick([APPS.azurePowerShell, APPS.oneDrive, APPS.exchangeOnline]);
  // Above the line: an interactive sign-in every few days, a refresh every 1-2.5 minutes (>= 576 a day).
  // Below: one or more interactive sign-ins a day, a refresh every 4-10 minutes (<= 360 a day).
  const every = above ? rng.int(2, 6) : 1;
  const gap: [number, number] = above ? [1, 2.5] : [4, 10];
  const offset = rng.int(0, every - 1);
  const events: SignInSpec[] = [];
  let sessionId = rng.guid();
  const base = { user: account, device: account.laptop, net, app, scenario: id, namedNetwork: inAzure ? undefined : 'Corporate offices' };
  for (let day = 0; day < ctx.days; day++) {
    const dayStart = ctx.startMs + day * 24 * HOUR;
    const signIns = (day - offset) % every === 0 || (day === ctx.days - 1 && !events.some((e) => e.interactive)) ? (above ? 1 : rng.int(1, 3)) : 0;
    for (let k = 0; k < signIns; k++) {
      if (k === 0) sessionId = rng.guid();
      events.push({ ...base, id: rng.guid(), sessionId, time: Math.round(dayStart + rng.between(0.5, 23) * HOUR), interactive: true, resource: app.resources[0], incomingTokenType: 'none', steps: passwordThenMfa('OATH verification code'), resultType: 0, multiFactor: true });
    }
    for (let t = dayStart + rng.between(0, 2) * MINUTE; t < dayStart + 24 * HOUR; t += rng.between(gap[0], gap[1]) * MINUTE)
      events.push({ ...base, id: rng.guid(), sessionId, time: Math.round(t), interactive: false, resource: rng.pick(app.resources), incomingTokenType: 'refreshToken', steps: refreshSteps(), resultType: 0, multiFactor: true });
  }
  const interactive = events.filter((e) => e.interactive).length;
  const ratio = Math.round((events.length - interactive) / interactive);
  const where = inAzure ? `an Azure VM at ${describeNet(net)}` : `the office (${describeNet(net)})`;
  return {
    label: {
      id,
      scenario: above ? 'high-volume-ratio' : 'service-account-steady',
      detector: 'high-volume-ratio',
      expect: above ? 'alert' : 'no-alert',
      userPrincipalName: account.userPrincipalName,
      ipAddress: net.ip,
      description:
        `Automated account ${account.userPrincipalName} on ${where}: ${interactive} interactive sign-in(s) over ${ctx.days} day(s), ` +
        `a silent refresh every ${gap[0]}-${gap[1]} minutes around the clock: ${ratio}:1, ${above ? 'above' : 'below'} the ${LINE}:1 line.`,
    },
    events,
    ownedDays: [],
    activeDays: [],
    extraUsers: [account],
  };
}
