/**
 * The compact description of one planned sign-in. Normal days and planted scenarios both produce these; `laRow`
 * expands one into the full Log Analytics row only when it is written, which keeps a big tenant's memory small.
 */
import type { App, Resource } from './apps';
import type { NetPoint } from './networks/network';
import type { Device, SynthUser } from './users';

export interface AuthStep {
  readonly method: string;
  readonly methodDetail?: string;
  readonly succeeded: boolean;
  readonly resultDetail: string;
  readonly requirement: 'Primary authentication' | 'Multifactor authentication';
}

export type IncomingTokenType = 'none' | 'refreshToken' | 'primaryRefreshToken';

export interface SignInSpec {
  readonly id: string;
  /** CreatedDateTime, epoch ms UTC. */
  readonly time: number;
  readonly interactive: boolean;
  readonly user: SynthUser;
  /** The device, or a bare description of an unregistered one (an attacker's machine). */
  readonly device: Device;
  readonly net: NetPoint;
  readonly app: App;
  readonly resource: Resource;
  readonly sessionId: string;
  readonly incomingTokenType: IncomingTokenType;
  readonly steps: readonly AuthStep[];
  /** 0 for success, else the AADSTS code. */
  readonly resultType: number;
  /** multiFactorAuthentication when MFA was done or carried by the token. */
  readonly multiFactor: boolean;
  /** Overrides for unusual clients: legacy protocols, scripts. */
  readonly clientAppUsed?: string;
  readonly userAgent?: string;
  readonly authenticationProtocol?: string;
  /** A trusted named location (office, VPN) matched the IP. */
  readonly namedNetwork?: string;
  /** Id of the planted scenario the row belongs to, when it is one. */
  readonly scenario?: string;
}

/** The step list of a password sign-in followed by the user's second factor. */
export function passwordThenMfa(method: string, mfaDetail = 'MFA successfully completed', mfaSucceeded = true): AuthStep[] {
  return [
    { method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' },
    { method, methodDetail: method === 'Text message' ? '+X XXXXXXXX' + '42' : '', succeeded: mfaSucceeded, resultDetail: mfaDetail, requirement: 'Multifactor authentication' },
  ];
}

/** The step list of a later interactive sign-in whose MFA the session already carries. */
export function passwordMfaByClaim(): AuthStep[] {
  return [
    { method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' },
    { method: 'Previously satisfied', succeeded: true, resultDetail: 'MFA requirement satisfied by claim in the token', requirement: 'Multifactor authentication' },
  ];
}

/** A passwordless sign-in (Windows Hello, FIDO2 key, passkey): one strong step. */
export function passwordless(method: string): AuthStep[] {
  return [{ method, succeeded: true, resultDetail: 'MFA successfully completed', requirement: 'Primary authentication' }];
}

/** A silent refresh: the token carries the first factor (and Status says the MFA claim carried the second). */
export function refreshSteps(): AuthStep[] {
  return [{ method: 'Previously satisfied', succeeded: true, resultDetail: 'First factor requirement satisfied by claim in the token', requirement: 'Primary authentication' }];
}

export function wrongPassword(): AuthStep[] {
  return [{ method: 'Password', methodDetail: 'Password in the cloud', succeeded: false, resultDetail: 'Invalid username or password or Invalid on-premise username or password.', requirement: 'Primary authentication' }];
}

/** An interactive sign-in that presents a session cookie: both factors satisfied by claims the session already holds. */
export function sessionCookie(): AuthStep[] {
  return [
    { method: 'Previously satisfied', succeeded: true, resultDetail: 'First factor requirement satisfied by claim in the token', requirement: 'Primary authentication' },
    { method: 'Previously satisfied', succeeded: true, resultDetail: 'MFA requirement satisfied by claim in the token', requirement: 'Multifactor authentication' },
  ];
}

/** A password-only sign-in that succeeds (legacy protocols and ROPC cannot do MFA). */
export function correctPassword(): AuthStep[] {
  return [{ method: 'Password', methodDetail: 'Password in the cloud', succeeded: true, resultDetail: 'Correct password', requirement: 'Primary authentication' }];
}
