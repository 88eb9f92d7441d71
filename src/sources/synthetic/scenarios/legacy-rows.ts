/**
 * One sign-in over a legacy protocol (IMAP, POP, SMTP AUTH, Exchange ActiveSync, other basic-auth clients) or a
 * password grant: a password and nothing else, no token presented, no MFA possible, no session. Exchange Online is
 * the resource; Entra logs the protocol as ROPC. Mail clients that poll keep signing in, and those repeats are logged
 * in the non-interactive table.
 */
import { APPS } from '../apps';
import type { NetPoint } from '../networks/network';
import type { Rng } from '../prng';
import { correctPassword, wrongPassword, type SignInSpec } from '../sign-in-spec';
import type { Device, SynthUser } from '../users';

export const LEGACY_CLIENTS = ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients'] as const;
export type LegacyClient = (typeof LEGACY_CLIENTS)[number];

/** The UserAgent a legacy client sends: Exchange's basic-auth proxy says BAV2ROPC; ActiveSync says what the phone is. */
export function legacyAgent(client: LegacyClient, device: Device): string {
  if (client === 'Exchange ActiveSync') return device.operatingSystem.startsWith('Ios') ? 'iOS/18.5 (22F76) dataaccessd/1.0' : 'Android-Mail/2025.05.18';
  return 'BAV2ROPC';
}

export interface LegacyAttempt {
  readonly user: SynthUser;
  readonly net: NetPoint;
  readonly device: Device;
  readonly client: LegacyClient;
  readonly time: number;
  /** Right password (0) or wrong (50126) or locked out (50053). */
  readonly resultType: 0 | 50126 | 50053;
  readonly interactive: boolean;
  readonly scenario: string;
  readonly userAgent?: string;
}

export function legacyRow(rng: Rng, a: LegacyAttempt): SignInSpec {
  return {
    id: rng.guid(),
    time: Math.round(a.time),
    interactive: a.interactive,
    user: a.user,
    device: a.device,
    net: a.net,
    app: APPS.exchangeOnline,
    resource: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
    sessionId: '',
    incomingTokenType: 'none',
    steps: a.resultType === 0 ? correctPassword() : wrongPassword(),
    resultType: a.resultType,
    multiFactor: false,
    clientAppUsed: a.client,
    userAgent: a.userAgent ?? legacyAgent(a.client, a.device),
    authenticationProtocol: 'ropc',
    scenario: a.scenario,
  };
}
