/**
 * An automated account: a reporting script that signs in every third day and in between refreshes its token every
 * few minutes around the clock, over 500 silent refreshes per interactive sign-in where people sit at 50-100.
 */
import { APPS } from '../apps';
import { officeAddress } from '../day-plan';
import { rngFor } from '../prng';
import { passwordThenMfa, refreshSteps, type SignInSpec } from '../sign-in-spec';
import type { SynthUser } from '../users';
import type { Planted, ScenarioContext } from './planted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function automatedAccount(ctx: ScenarioContext, n: number, like: SynthUser): SynthUser {
  const rng = rngFor(ctx.seed, 'automated', n);
  const name = rng.pick(['reportsync', 'crm-export', 'backup-sync', 'bi-refresh']);
  return {
    ...like,
    index: ctx.users.length + n,
    userPrincipalName: `svc-${name}${n > 1 ? n : ''}@${ctx.domain}`,
    displayName: `svc ${name}`,
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
    method: 'OATH verification code',
  };
}

export function plantHighVolume(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const account = automatedAccount(ctx, n, ctx.users[rng.int(0, ctx.users.length - 1)]);
  const net = officeAddress(ctx.seed, account, 0);
  const id = `high-volume-ratio-${n}`;
  const app = APPS.azurePowerShell;
  const events: SignInSpec[] = [];
  for (let day = 0; day < ctx.days; day++) {
    const sessionId = rngFor(ctx.seed, 'automated-session', n, day - (day % 3)).guid();
    let t = ctx.startMs + day * 24 * HOUR + rng.between(1, 3) * HOUR;
    const base = { user: account, device: account.laptop, net, app, sessionId, scenario: id, namedNetwork: 'Corporate offices' };
    if (day % 3 === 0)
      events.push({ ...base, id: rng.guid(), time: Math.round(t), interactive: true, resource: app.resources[0], incomingTokenType: 'none', steps: passwordThenMfa('OATH verification code'), resultType: 0, multiFactor: true });
    const end = t + rng.between(19, 21) * HOUR;
    while ((t += rng.between(2, 4) * MINUTE) < end)
      events.push({ ...base, id: rng.guid(), time: Math.round(t), interactive: false, resource: rng.pick(app.resources), incomingTokenType: 'refreshToken', steps: refreshSteps(), resultType: 0, multiFactor: true });
  }
  return {
    label: {
      id,
      scenario: 'high-volume-ratio',
      detector: 'high-volume-ratio',
      expect: 'alert',
      userPrincipalName: account.userPrincipalName,
      ipAddress: net.ip,
      description: `Automated account ${account.userPrincipalName}: an interactive sign-in every third day, a silent refresh every 2-4 minutes for ~20 hours a day (ratio above 500:1).`,
    },
    events,
    ownedDays: [],
    activeDays: [],
    extraUsers: [account],
  };
}
