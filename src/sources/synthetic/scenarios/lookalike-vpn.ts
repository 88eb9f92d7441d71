/**
 * Look-alike: VPN split tunnelling. The browser sign-in goes through the corporate VPN (its egress address, the
 * company's network) while the desktop apps refresh straight out of the home ISP: two networks in one session, same
 * device, same city. Not an attack.
 */
import { planDay } from '../day-plan';
import { addressIn } from '../places';
import type { Planted, ScenarioContext } from './planted';

export function plantVpnSplitTunnel(ctx: ScenarioContext, n: number): Planted {
  const { rng } = ctx;
  const user = ctx.nextVictim();
  const day = ctx.workDay();
  const id = `lookalike-vpn-split-tunnel-${n}`;
  const egress = addressIn(user.region.vpn, rng);
  const vpn = { ...egress, place: user.home };
  const plan = { ...planDay(ctx.seed, ctx.startMs, user, day, true), interactiveNet: vpn, refreshNet: () => user.homeAddress, namedNetwork: 'Corporate VPN', scenario: id };
  return {
    label: {
      id,
      scenario: 'lookalike-vpn-split-tunnel',
      detector: 'token-replay',
      expect: 'no-alert',
      userPrincipalName: user.userPrincipalName,
      ipAddress: user.homeAddress.ip,
      description: `${user.userPrincipalName} signs in through the corporate VPN (${vpn.ip}, AS${vpn.asn}) while apps refresh from the home ISP (${user.homeAddress.ip}, AS${user.homeAddress.asn}), same device and city.`,
    },
    events: [],
    ownedDays: [plan],
    activeDays: [],
  };
}
