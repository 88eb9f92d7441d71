/**
 * The answer key of a synthetic tenant: every planted scenario, the rows it planted and what a detector should do.
 * One scenario can carry several labels about the same rows, one per detector that has something to say: an IMAP
 * compromise is a legacy-auth alert and must not be a token-replay one; a spray over IMAP is a password-spray alert
 * about its source and must not become legacy-auth alerts about each account it tried.
 */

/** Attacks: a detector must alert. */
export const ATTACK_KINDS = [
  'token-replay-refresh',
  'token-replay-prt',
  'cookie-replay',
  'aitm-phishing',
  'idle-prt-theft',
  'password-spray',
  'password-spray-low-slow',
  'password-spray-distributed',
  'legacy-auth',
  'legacy-imap-compromise',
  'ca-blocked',
  'mfa-abandoned',
] as const;

/**
 * What real tenants hold that looks like an attack to a naive rule: legitimate activity, on which the detector a
 * label names must not alert, except for two kinds whose detector asks a question that is not "is this an attack":
 * high-volume-ratio (automation above 500:1 is worth a review) and legacy-client-in-use (below).
 */
export const BENIGN_KINDS = [
  'high-volume-ratio',
  'lookalike-vpn-split-tunnel',
  'lookalike-carrier-switch',
  'lookalike-microsoft-proxy',
  'lookalike-travel',
  'lookalike-roaming',
  'lookalike-ip-inheritance',
  'lookalike-dual-stack',
  'lookalike-consumer-vpn',
  'lookalike-byod-browser',
  'lookalike-cloud-pc',
  'lookalike-shared-nat-failures',
  'lookalike-stale-password-device',
  'service-account-steady',
  // A legitimate legacy mail client: not an attack, but a password that works without MFA, which legacy-auth must
  // report (exposure); token-replay must not.
  'legacy-client-in-use',
] as const;

export type ScenarioKind = (typeof ATTACK_KINDS)[number] | (typeof BENIGN_KINDS)[number];

export const SCENARIO_KINDS: readonly ScenarioKind[] = [...ATTACK_KINDS, ...BENIGN_KINDS];

export interface ScenarioLabel {
  id: string;
  scenario: ScenarioKind;
  /** Detector that must alert on it; for a look-alike, the detector that must not. */
  detector: string | null;
  expect: 'alert' | 'no-alert';
  /** Victim or account, lower-case UPN. Absent when the label is about a source (a spray). */
  userPrincipalName?: string;
  /** Attacker, spraying or legacy-client IP (for a look-alike, the address that makes it look suspicious). */
  ipAddress?: string;
  /** Every source address, when there are several (a distributed spray). */
  ipAddresses?: string[];
  /** The source's autonomous system, when the attack is spread over one (a distributed spray from one ASN). */
  autonomousSystemNumber?: number;
  /** ISO-8601 UTC window of the planted rows (their CreatedDateTime). */
  first: string;
  last: string;
  /** Id of every planted row. */
  eventIds: string[];
  description: string;
}

export interface TenantLabels {
  generator: { seed: number; users: number; days: number; start: string; version: string };
  scenarios: ScenarioLabel[];
}

/** Bumped whenever the same options would produce different rows. */
export const GENERATOR_VERSION = '2.0.0';
