/**
 * Token replay: a user signs in interactively from IP-A while non-interactive refreshes of the same account come from
 * IP-B. The pipeline:
 *
 *   findCandidates (one pass: foreign, non-excluded refresh IPs near an interactive sign-in)
 *     → candidateFacts (distance, speed, concurrency, session keys, token types, travel)
 *     → scoreReplay (points and severity; see token-replay-score.ts for why each signal counts)
 *     → one row and one finding per user and IP-B
 */
import type { Finding } from '../../findings/finding';
import { contextEvidenceRow } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type ParameterDefs } from '../analysis';
import { findCandidates } from './candidates';
import { candidateFacts } from './features';
import { replayRow, tokenReplayFinding, type TokenReplayRow } from './row';
import { scoreReplay } from './score';
import { tokenReplayKql } from './kql';

export interface TokenReplayParams {
  windowHours: number;
  minDistanceKm: number;
  farDistanceKm: number;
  maxTravelKmh: number;
  concurrencyMinutes: number;
  travelWindowHours: number;
  knownIpLookbackDays: number;
  excludedAsns: string[];
  excludedIpRanges: string[];
  maxEvidenceRows: number;
}

const parameters: ParameterDefs<TokenReplayParams> = {
  windowHours: {
    default: 8,
    description: 'Refreshes from IP-B count when they fall within this many hours before or after an interactive sign-in from IP-A.',
    source: 'Our reasoning: about a working day of one session; the course only says "simultaneously".',
  },
  minDistanceKm: {
    default: 500,
    description: 'Below this distance between the two IPs a candidate stays informational (VPN split tunnel, carrier switching).',
    source: 'Our reasoning from the course (same city = VPN and direct connection): carrier gateways and VPN egress points are often geolocated to another city of the same region.',
  },
  farDistanceKm: {
    default: 3000,
    description: 'Distance above which the IPs are on different continents or far sides of one; adds to the score.',
    source: 'Our reasoning: the course calls two IPs on different continents a high-confidence indicator.',
  },
  maxTravelKmh: {
    default: 1000,
    description: 'Implied speed between the nearest IP-A and IP-B events above which one person cannot have made the trip.',
    source: 'Our reasoning: a little above an airliner\'s cruising speed (about 900 km/h).',
  },
  concurrencyMinutes: {
    default: 60,
    description: 'IP-A activity this close to IP-B\'s refresh span counts as both sessions being active at once.',
    source: 'Our reasoning: Teams and Outlook refresh every few minutes, so an hour of silence means the session is idle.',
  },
  travelWindowHours: {
    default: 24,
    description: 'An interactive sign-in of the user near IP-B within this many hours of its refreshes means the user moved there (travel), unless IP-A stays active.',
    source: 'Our reasoning: a traveller signs in interactively at the destination within a day; a token thief never signs in interactively.',
  },
  knownIpLookbackDays: {
    default: 30,
    description: 'An IP the user signed in from interactively within this many days is the user\'s own, not foreign.',
    source: 'Our reasoning: home and office addresses recur; an attacker replaying a token never signs in interactively.',
  },
  excludedAsns: {
    default: ['8075'],
    description: 'Autonomous systems that are not where a person sits: their refreshes are not foreign (services refreshing on the user\'s behalf) and their interactive sign-ins (Cloud PCs, hosted desktops) do not place the user.',
    source: 'Microsoft documentation and the course: Microsoft services (AS8075) proxy token refreshes from their own IPs.',
  },
  excludedIpRanges: {
    default: [],
    description: 'IP addresses or CIDR ranges treated like the excluded ASNs (corporate proxies, known service egress).',
    source: 'The course (EI13 refines the query with IP exclusion lists); empty because every tenant has its own.',
  },
  maxEvidenceRows: {
    default: 20,
    description: 'Rows cited as evidence per finding (the count of all rows is always given).',
    source: 'Our choice: enough to read, small enough for a report.',
  },
};

export const tokenReplay: Analysis<TokenReplayParams, TokenReplayRow> = {
  id: 'token-replay',
  title: 'Token replay across the two tables',
  question: 'Is a stolen token being refreshed from another place while the user signs in from their own?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters,

  run(table: SignInTable, overrides?: Partial<TokenReplayParams>): AnalysisResult<TokenReplayParams, TokenReplayRow> {
    const p = resolveParameters(parameters, overrides);
    const { candidates, exclusions } = findCandidates(table, p);
    const rows: TokenReplayRow[] = [];
    const findings: Finding[] = [];
    for (const c of candidates) {
      const facts = candidateFacts(table, c, p);
      const row = replayRow(table, c, facts, scoreReplay(facts, p));
      rows.push(row);
      const evidence = [c.anchor, ...c.refreshes.slice(0, Math.max(0, p.maxEvidenceRows - 1))].map((k, i) => ({
        ...contextEvidenceRow(table, k),
        Role: i === 0 ? 'interactive sign-in at IP-A' : 'refresh at IP-B',
      }));
      findings.push(tokenReplayFinding(row, evidence, isoTime(facts.first), isoTime(facts.last)));
    }
    rows.sort((a, b) => b.Score - a.Score || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
    const warnings: string[] = [];
    const excluded = exclusions.reduce((n, e) => n + e.refreshes, 0);
    if (excluded) warnings.push(`${excluded} refreshes from excluded ASNs or IP ranges were not treated as foreign (see tables.excluded).`);
    if (table.counts().AADNonInteractiveUserSignInLogs === 0) {
      warnings.push('No AADNonInteractiveUserSignInLogs rows: token replay shows only in the non-interactive table.');
    }
    return { id: 'token-replay', parameters: p, rows, tables: { excluded: exclusions }, findings, warnings };
  },

  kql(overrides, scope) {
    return tokenReplayKql(resolveParameters(parameters, overrides), scope);
  },

  findingsFromRows(rows: TokenReplayRow[]): Finding[] {
    return rows.map((r) => {
      const times = [r.InteractiveTime, r.FirstRefreshTime, r.LastRefreshTime].sort();
      return tokenReplayFinding(r, [], times[0], times[2]);
    });
  },
};
