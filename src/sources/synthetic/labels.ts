/** The answer key of a synthetic tenant: every planted scenario, the rows it planted and what a detector should do. */

export type ScenarioKind =
  | 'token-replay-refresh'
  | 'token-replay-prt'
  | 'password-spray'
  | 'legacy-auth'
  | 'ca-blocked'
  | 'mfa-abandoned'
  | 'high-volume-ratio'
  | 'lookalike-vpn-split-tunnel'
  | 'lookalike-carrier-switch'
  | 'lookalike-microsoft-proxy'
  | 'lookalike-travel';

export interface ScenarioLabel {
  id: string;
  scenario: ScenarioKind;
  /** Detector that must alert on it; for a look-alike, the detector that must not. */
  detector: string | null;
  expect: 'alert' | 'no-alert';
  /** Victim or account, lower-case UPN. */
  userPrincipalName?: string;
  /** Attacker, spraying or legacy-client IP (for a look-alike, the address that makes it look suspicious). */
  ipAddress?: string;
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
export const GENERATOR_VERSION = '1.0.0';
