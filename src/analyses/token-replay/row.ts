/** The result row of the token-replay analysis (one per user and foreign IP) and the finding it becomes. */
import { isoTime } from '../../iso-time';
import type { EvidenceRow, Finding, Severity } from '../../findings/finding';
import type { SignInTable } from '../../table/signin-table';
import type { Candidate } from './candidates';
import type { CandidateFacts } from './features';
import type { ReplayScore } from './score';

export interface TokenReplayRow {
  UserPrincipalName: string;
  InteractiveIPAddress: string;
  RefreshIPAddress: string;
  /** ISO-8601 UTC of the interactive sign-in at IP-A nearest to IP-B's refreshes. */
  InteractiveTime: string;
  FirstRefreshTime: string;
  LastRefreshTime: string;
  RefreshCount: number;
  InteractiveCity: string;
  InteractiveCountryOrRegion: string;
  InteractiveAutonomousSystemNumber: string;
  RefreshCity: string;
  RefreshCountryOrRegion: string;
  RefreshAutonomousSystemNumber: string;
  DistanceKm: number | null;
  GapMinutes: number | null;
  ImpliedSpeedKmh: number | null;
  IncomingTokenTypes: string;
  RefreshApps: string;
  SharedSessionKeys: string;
  Concurrent: boolean;
  NearKnownLocation: boolean;
  Score: number;
  Severity: Severity;
  Reasons: string;
}

const rounded = (x: number): number | null => (Number.isFinite(x) ? Math.round(x) : null);

export function replayRow(table: SignInTable, c: Candidate, facts: CandidateFacts, s: ReplayScore): TokenReplayRow {
  const a = c.anchor;
  const b = c.refreshes[0];
  return {
    UserPrincipalName: table.get(a, 'UserPrincipalName'),
    InteractiveIPAddress: facts.ipA,
    RefreshIPAddress: facts.ipB,
    InteractiveTime: isoTime(table.get(a, 'CreatedDateTime')),
    FirstRefreshTime: isoTime(table.get(b, 'CreatedDateTime')),
    LastRefreshTime: isoTime(table.get(c.refreshes[c.refreshes.length - 1], 'CreatedDateTime')),
    RefreshCount: c.refreshes.length,
    InteractiveCity: table.get(a, 'City'),
    InteractiveCountryOrRegion: table.get(a, 'CountryOrRegion'),
    InteractiveAutonomousSystemNumber: table.get(a, 'AutonomousSystemNumber'),
    RefreshCity: table.get(b, 'City'),
    RefreshCountryOrRegion: table.get(b, 'CountryOrRegion'),
    RefreshAutonomousSystemNumber: table.get(b, 'AutonomousSystemNumber'),
    DistanceKm: rounded(facts.distanceKm),
    GapMinutes: rounded(facts.gapMinutes),
    ImpliedSpeedKmh: rounded(facts.impliedSpeedKmh),
    IncomingTokenTypes: facts.tokenTypes.join(', '),
    RefreshApps: facts.apps.join(', '),
    SharedSessionKeys: facts.sharedSessionKeys.join(', '),
    Concurrent: facts.concurrent,
    NearKnownLocation: facts.nearKnownLocation,
    Score: s.score,
    Severity: s.severity,
    Reasons: s.reasons.join('; '),
  };
}

const place = (city: string, country: string): string => [city, country].filter((s) => s).join(', ') || 'unknown place';

/** A finding from a row; `evidence` is empty when the row came back from a workspace query. */
export function tokenReplayFinding(r: TokenReplayRow, evidence: EvidenceRow[], first: string, last: string): Finding {
  const distance = r.DistanceKm === null ? 'an unknown distance' : `${r.DistanceKm} km`;
  // GapMinutes is between the nearest activity of the two IPs (any row from IP-A), not from the interactive sign-in.
  const gap = r.GapMinutes === null ? '' : `; the two IPs were active ${r.GapMinutes} min apart`;
  const tokens = r.IncomingTokenTypes ? ` (${r.IncomingTokenTypes})` : '';
  return {
    detector: 'token-replay',
    severity: r.Severity,
    userPrincipalName: r.UserPrincipalName,
    ipAddress: r.RefreshIPAddress,
    first,
    last,
    summary:
      `${r.RefreshCount} non-interactive refresh(es)${tokens} for ${r.UserPrincipalName} from ${r.RefreshIPAddress} ` +
      `(${place(r.RefreshCity, r.RefreshCountryOrRegion)}), ${distance} from the interactive sign-in at ` +
      `${r.InteractiveIPAddress} (${place(r.InteractiveCity, r.InteractiveCountryOrRegion)})${gap}; score ${r.Score}.`,
    evidence: {
      rows: evidence,
      rowCount: r.RefreshCount + 1,
      interactiveIPAddress: r.InteractiveIPAddress,
      refreshIPAddress: r.RefreshIPAddress,
      distanceKm: r.DistanceKm,
      gapMinutes: r.GapMinutes,
      impliedSpeedKmh: r.ImpliedSpeedKmh,
      incomingTokenTypes: r.IncomingTokenTypes,
      sharedSessionKeys: r.SharedSessionKeys,
      concurrent: r.Concurrent,
      score: r.Score,
      reasons: r.Reasons,
    },
  };
}
