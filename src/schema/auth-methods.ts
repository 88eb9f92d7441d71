/**
 * Authentication method strings of AuthenticationDetails[].authenticationMethod (our `AuthenticationMethods` field joins
 * the distinct ones of a row with ", "). Real logs carry display strings that differ from Microsoft's short Graph list,
 * so both are catalogued. `phishingResistant` marks methods bound to the device or origin (FIDO2, passkeys, Windows Hello
 * for Business, certificates): a phished password plus MFA prompt cannot produce them.
 *
 * Source: Graph authenticationDetail doc (short list), Entra MFA reporting docs, exported records, and third-party
 * detection lists (marked). Compared case-insensitively.
 */

export type AuthMethodGroup = 'password' | 'phone' | 'authenticator' | 'oath' | 'passwordless' | 'token' | 'other';

export interface AuthMethodDef {
  readonly value: string;
  readonly group: AuthMethodGroup;
  readonly phishingResistant: boolean;
  readonly source: string;
}

const GRAPH = 'Graph authenticationDetail.authenticationMethod';
const DATA = 'seen in exported sign-in records';
const THIRD = 'third-party detection queries (unconfirmed exact text)';
const MFA_DOC = 'Entra MFA reporting docs';

const m = (value: string, group: AuthMethodGroup, source: string, phishingResistant = false): AuthMethodDef => ({
  value,
  group,
  phishingResistant,
  source,
});

export const AUTH_METHODS: readonly AuthMethodDef[] = [
  m('Password', 'password', `${GRAPH}; ${DATA}`),
  m('CloudOnlyPassword', 'password', `${DATA} (older naming)`),
  m('Previously satisfied', 'token', `${GRAPH}; ${DATA}`),
  m('Satisfied by token', 'token', GRAPH),
  m('Primary Refresh Token', 'token', THIRD),
  m('SMS', 'phone', GRAPH),
  m('Text message', 'phone', THIRD),
  m('Voice', 'phone', GRAPH),
  m('Phone call approval (Authentication phone)', 'phone', THIRD),
  m('Phone call approval (Alternate phone)', 'phone', THIRD),
  m('Phone call approval (Office phone)', 'phone', THIRD),
  m('Authenticator App', 'authenticator', GRAPH),
  m('Mobile app notification', 'authenticator', THIRD),
  m('Passwordless phone sign-in', 'authenticator', THIRD),
  m('Passwordless Microsoft Authenticator', 'authenticator', THIRD),
  m('Microsoft Authenticator passwordless', 'authenticator', THIRD),
  m('Software OATH token', 'oath', GRAPH),
  m('OATH verification code', 'oath', `${MFA_DOC} (hardware and software OATH tokens)`),
  m('FIDO2 security key', 'passwordless', THIRD, true),
  m('Passkey (device-bound)', 'passwordless', `${THIRD}; Entra audit activity names it`, true),
  m('Windows Hello for Business', 'passwordless', `${THIRD}; ${MFA_DOC} names it passwordless`, true),
  m('Certificate-based authentication', 'passwordless', THIRD, true),
  m('Temporary Access Pass', 'other', THIRD),
  m('Email verification code', 'other', THIRD),
  m('Other', 'other', THIRD),
];

const BY_LOWER = new Map(AUTH_METHODS.map((d) => [d.value.toLowerCase(), d]));

/** The catalogue entry of a method string, or a generic 'other' entry for one we do not know. */
export function describeAuthMethod(value: string): AuthMethodDef {
  const v = value.trim();
  return BY_LOWER.get(v.toLowerCase()) ?? m(v, 'other', 'not catalogued');
}

/** True for FIDO2 keys, passkeys, Windows Hello for Business and certificate-based authentication. */
export function isPhishingResistant(value: string): boolean {
  return describeAuthMethod(value).phishingResistant;
}

/** The methods of an `AuthenticationMethods` field value ("Password, Mobile app notification" → two names). */
export function splitAuthMethods(joined: string): string[] {
  return joined
    .split(', ')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
