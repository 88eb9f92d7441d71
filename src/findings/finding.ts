/**
 * A finding: what a detector raises, with the evidence that justifies it. The JSON shape is the contract of
 * `signinlab findings --json`, of the report and of the notebooks.
 */

export const SEVERITIES = ['high', 'medium', 'low', 'informational'] as const;
/** informational is context for the analyst, not an alert. */
export type Severity = (typeof SEVERITIES)[number];

/** One sign-in row cited as evidence. */
export interface EvidenceRow {
  Id: string;
  /** ISO-8601 UTC. */
  CreatedDateTime: string;
  Type: string;
  UserPrincipalName?: string;
  IPAddress?: string;
  AppDisplayName?: string;
  ResultType?: string;
  IncomingTokenType?: string;
  [extra: string]: unknown;
}

export interface Evidence {
  /** The rows that justify the finding (capped; `rowCount` says how many there were in all). */
  rows: EvidenceRow[];
  rowCount: number;
  /** Detector-specific facts: distance in km, time gap, token type, thresholds crossed... */
  [fact: string]: unknown;
}

export interface Finding {
  /**
   * Stable id within one run (detector, subject and start), which `related` uses; set by the detect loop when a
   * detector leaves it out.
   */
  id?: string;
  /** Detector id: token-replay, password-spray, legacy-auth, high-volume-ratio, ca-blocked, mfa-abandoned, ... */
  detector: string;
  severity: Severity;
  userPrincipalName?: string;
  /** The source address; for a source spread over many (a distributed spray), its busiest one. */
  ipAddress?: string;
  /** Every source address, when the source is more than one (capped at 200). */
  ipAddresses?: string[];
  /** ISO-8601 UTC of the first and last evidence row. */
  first: string;
  last: string;
  /** One sentence an analyst reads first. */
  summary: string;
  /** What counted for this verdict (an alert's case). */
  reasons?: string[];
  /** What counted against it; a quiet verdict's first counter-reason starts "not alerted:". */
  counterReasons?: string[];
  /** The network the finding is about, when it is about one: ASN, its registered name and class. */
  network?: { asn: string; name: string; class: string };
  /** Ids of findings about the same attack (a shared source or compromised account), across detectors. */
  related?: string[];
  evidence: Evidence;
}

export function isAlert(f: Finding): boolean {
  return f.severity !== 'informational';
}
