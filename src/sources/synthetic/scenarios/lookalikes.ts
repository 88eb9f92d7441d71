/**
 * The one-day look-alikes for token replay: what a person's ordinary day holds that a rule comparing addresses,
 * distances or ASNs within a session can mistake for a stolen token. Each names the address that looks wrong.
 *
 * - carrier switch: the phone on its carrier all day, a new CGNAT address every few hours (IPv4 or IPv6), geolocated
 *   to the carrier's gateways hundreds of km away, beside the laptop at home or in the office;
 * - IP inheritance: an office morning and a move home; for an hour or more some refreshes still log the office
 *   address, interleaved with rows from home;
 * - dual stack: a day at home where every device leaves over IPv4 or IPv6 of the same ISP, interchangeably;
 * - Microsoft proxy: Exchange and SharePoint Online refreshing in the user's session from Microsoft's ASNs;
 * - consumer VPN: the user's own registered laptop signing in and refreshing through a commercial VPN exit on a
 *   hosting ASN (M247, Datacamp), while the phone stays on the home carrier or Wi-Fi;
 * - personal browser: Office on the web at home in the evening, no device id, a new session;
 * - Cloud PC: a Windows 365 Cloud PC (its own joined device and session) egressing from an Azure region of AS8075
 *   while the laptop that connects to it works from home;
 * - VPN split tunnel: browser sign-ins through the corporate VPN, apps refreshing from the home ISP.
 */
import { laptopSpotAt, tracksOf, type DayPlan } from '../day-plan';
import { addressIn } from '../networks/network';
import { CONSUMER_VPN } from '../networks/pools';
import { rngFor } from '../prng';
import { cloudPcOf, type SynthUser } from '../users';
import { describeNet } from './attacker';
import { plantLookalikeDay } from './lookalike-day';
import type { Planted, ScenarioContext } from './planted';

const phoneIps = (plan: DayPlan) => [...new Set(plan.phone?.segments.map((s) => s.spot.net.ip) ?? [])];

export function plantCarrierSwitch(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-carrier-switch',
    claim: { filter: (u) => u.phone !== undefined },
    options: () => ({ phoneOnCarrier: true }),
    describe: (plan) => {
      const hops = plan.phone!.segments.map((s) => s.spot.net);
      const far = hops.find((h) => h.place.city !== plan.user.home.city) ?? hops[0];
      return {
        ipAddress: far.ip,
        description:
          `${plan.user.userPrincipalName}'s phone (${plan.user.phone!.displayName}, registered, its own session) spends the day on AS${plan.user.carrier.asn} ` +
          `(${plan.user.carrier.name}): ${phoneIps(plan).length} CGNAT addresses, geolocated to ${[...new Set(hops.map((h) => h.place.city))].join(', ')}, ` +
          `while the laptop works from ${describeNet(plan.interactiveNet)}.`,
      };
    },
  });
}

export function plantIpInheritance(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-ip-inheritance',
    options: () => ({ moveHome: true }),
    describe: (plan) => {
      const [office, home] = plan.laptop!.segments;
      const inherit = plan.laptop!.inherit!;
      return {
        ipAddress: office.spot.net.ip,
        description:
          `${plan.user.userPrincipalName} works from the office (${describeNet(office.spot.net)}) then moves home (${describeNet(home.spot.net)}) and signs in there; ` +
          `for ${(inherit.forMs / 3_600_000).toFixed(1)} h about ${Math.round(inherit.chance * 100)}% of the laptop's refreshes still log the office address.`,
      };
    },
  });
}

export function plantDualStack(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-dual-stack',
    claim: { filter: (u) => u.homeV6 !== undefined },
    options: () => ({ at: 'home' }),
    describe: (plan) => {
      const spot = plan.laptop!.segments[0].spot;
      return {
        ipAddress: spot.alt!.ip,
        description: `${plan.user.userPrincipalName} works from a dual-stack home on AS${spot.net.asn} (${plan.user.homeIsp.name}): IPv4 ${spot.net.ip} and IPv6 ${spot.alt!.ip}, used interchangeably by every device.`,
      };
    },
  });
}

export function plantMicrosoftProxy(ctx: ScenarioContext, n: number): Planted {
  const count = ctx.rng.int(8, 30);
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-microsoft-proxy',
    options: () => ({ microsoftProxy: count }),
    describe: (plan) => ({
      ipAddress: plan.microsoftProxy.pool[0].ip,
      description:
        `Exchange Online / SharePoint Online refresh tokens ${count} times for ${plan.user.userPrincipalName} in the user's session ` +
        `from Microsoft's addresses (${plan.microsoftProxy.pool.map((a) => `${a.ip} AS${a.asn}`).join(', ')}), no device detail.`,
    }),
  });
}

export function plantConsumerVpn(ctx: ScenarioContext, n: number): Planted {
  const pick = ctx.rng.next();
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-consumer-vpn',
    options: (user: SynthUser) => {
      const sites = CONSUMER_VPN.filter((s) => (user.region.country === 'US' ? s.place.country === 'US' : s.place.continent === 'EU'));
      return { at: 'home', vpn: user.consumerVpn?.network ?? sites[Math.floor(pick * sites.length)] };
    },
    describe: (plan) => {
      const exit = plan.laptop!.segments[0].spot.net;
      return {
        ipAddress: exit.ip,
        description: `${plan.user.userPrincipalName} works from home through a consumer VPN exit ${describeNet(exit)} (a hosting ASN) on the registered laptop ${plan.user.laptop.displayName}, sign-ins and refreshes alike.`,
      };
    },
  });
}

export function plantByodBrowser(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-byod-browser',
    options: () => ({ browser: true }),
    describe: (plan) => {
      const browser = plan.others.find((t) => t.kind === 'browser')!;
      return {
        ipAddress: browser.segments[0].spot.net.ip,
        description: `${plan.user.userPrincipalName} opens Office on the web in a personal ${browser.device.browser} (${browser.device.operatingSystem}, no device id, a new session) at home in the evening.`,
      };
    },
  });
}

export function plantCloudPc(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-cloud-pc',
    options: (user, day) => ({ at: 'home', cloudPc: user.cloudPc ?? cloudPcOf(rngFor(ctx.seed, 'cloud-pc-device', user.index, day)) }),
    describe: (plan) => {
      const cpc = plan.others.find((t) => t.kind === 'cloud-pc')!;
      return {
        ipAddress: cpc.segments[0].spot.net.ip,
        description: `${plan.user.userPrincipalName} works on the Cloud PC ${cpc.device.displayName} (Azure AD joined, its own session) from ${describeNet(cpc.segments[0].spot.net)} while the laptop connects from ${describeNet(plan.interactiveNet)}.`,
      };
    },
  });
}

export function plantVpnSplitTunnel(ctx: ScenarioContext, n: number): Planted {
  return plantLookalikeDay(ctx, n, {
    kind: 'lookalike-vpn-split-tunnel',
    options: (user, day) => ({ at: 'home', splitTunnel: { net: { ...addressIn(user.region.vpn, rngFor(ctx.seed, 'corporate-vpn', user.index, day)), place: user.home }, namedNetwork: 'Corporate VPN' } }),
    describe: (plan) => {
      const home = laptopSpotAt(plan, plan.windowStart).net;
      return {
        ipAddress: home.ip,
        description: `${plan.user.userPrincipalName} signs in through the corporate VPN (${describeNet(plan.interactiveNet)}) while the laptop's apps refresh from the home ISP (${describeNet(home)}), same device.`,
      };
    },
  });
}

/** Every track's addresses of a planned day (for tests and descriptions). */
export function addressesOf(plan: DayPlan): string[] {
  return [...new Set(tracksOf(plan).flatMap((t) => t.segments.map((s) => s.spot.net.ip)))];
}
