/**
 * One guess of a password spray. Sprays go where MFA cannot stop a guess being checked: legacy protocols (IMAP, POP,
 * SMTP AUTH, ActiveSync, "Other clients", all logged with the BAV2ROPC user agent of Exchange's basic-auth proxy) or
 * the resource-owner password grant (ROPC) against a first-party client such as Azure PowerShell, from a script.
 */
import { APPS } from '../apps';
import type { NetPoint } from '../networks/network';
import type { Rng } from '../prng';
import { wrongPassword, type SignInSpec } from '../sign-in-spec';
import type { SynthUser } from '../users';
import { LEGACY_CLIENTS, legacyRow, type LegacyClient } from './legacy-rows';
import { unregisteredDevice } from './planted';

export type SprayProtocol = 'ropc' | LegacyClient;

/** A spray's protocol: half the time a legacy one. */
export function sprayProtocol(rng: Rng): SprayProtocol {
  return rng.chance(0.5) ? 'ropc' : rng.pick(LEGACY_CLIENTS);
}

const SCRIPT_AGENTS = ['python-requests/2.32.3', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Go-http-client/1.1', 'fasthttp'];

/** A user agent a spraying tool sends over ROPC. */
export function sprayAgent(rng: Rng): string {
  return rng.pick(SCRIPT_AGENTS);
}

export interface Guess {
  readonly user: SynthUser;
  readonly net: NetPoint;
  readonly protocol: SprayProtocol;
  readonly time: number;
  readonly resultType: 50126 | 50053;
  readonly scenario: string;
  /** The tool's user agent (ROPC only; legacy clients say BAV2ROPC). */
  readonly userAgent: string;
}

export function sprayAttempt(rng: Rng, g: Guess): SignInSpec {
  const device = unregisteredDevice('', '');
  if (g.protocol !== 'ropc') return legacyRow(rng, { user: g.user, net: g.net, device, client: g.protocol, time: g.time, resultType: g.resultType, interactive: true, scenario: g.scenario });
  return {
    id: rng.guid(),
    time: Math.round(g.time),
    interactive: true,
    user: g.user,
    device,
    net: g.net,
    app: APPS.azurePowerShell,
    resource: APPS.azurePowerShell.resources[1],
    sessionId: '',
    incomingTokenType: 'none',
    steps: wrongPassword(),
    resultType: g.resultType,
    multiFactor: false,
    clientAppUsed: 'Mobile Apps and Desktop clients',
    userAgent: g.userAgent,
    authenticationProtocol: 'ropc',
    scenario: g.scenario,
  };
}

/** Words for a spray's protocol. */
export function protocolName(p: SprayProtocol): string {
  return p === 'ropc' ? 'ROPC (Azure PowerShell client)' : p;
}
