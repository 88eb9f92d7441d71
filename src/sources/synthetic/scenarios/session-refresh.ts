/**
 * A successful silent refresh inside a user's own session: what an attacker holding the stolen token produces and,
 * from Microsoft's addresses, what Exchange and SharePoint produce on the user's behalf. The token carries both
 * factors, so no step is asked and the row is a success.
 */
import type { App } from '../apps';
import type { NetPoint } from '../networks/network';
import type { Rng } from '../prng';
import { refreshSteps, type IncomingTokenType, type SignInSpec } from '../sign-in-spec';
import type { Device, SynthUser } from '../users';

/** What every refresh of one planted scenario shares: who, on which device, in which session, with which token. */
export interface RefreshSession {
  readonly user: SynthUser;
  readonly device: Device;
  readonly sessionId: string;
  readonly incomingTokenType: IncomingTokenType;
  /** Scenario id the rows carry. */
  readonly scenario: string;
  /** The client's own UserAgent, when it is not the one the device and app would give. */
  readonly userAgent?: string;
}

/**
 * One refresh of `app` in `session`. The caller draws `at` (Id, time, address: in that order, as an object literal
 * evaluates them); the resource is drawn here, after them, which keeps the generator deterministic for a seed.
 */
export function sessionRefresh(rng: Rng, session: RefreshSession, app: App, at: { id: string; time: number; net: NetPoint }): SignInSpec {
  return {
    id: at.id,
    time: at.time,
    interactive: false,
    user: session.user,
    device: session.device,
    net: at.net,
    app,
    resource: rng.pick(app.resources),
    sessionId: session.sessionId,
    incomingTokenType: session.incomingTokenType,
    steps: refreshSteps(),
    resultType: 0,
    multiFactor: true,
    userAgent: session.userAgent,
    scenario: session.scenario,
  };
}
