/**
 * Runs token replay over a table:
 *
 *   replayContext (per table: replayable rows, networks and places, devices, tokens, shared egress)
 *     → per user: userBaseline (devices, own places, foreign rows per place)
 *     → per foreign place: signals → verdict (score.ts) → one row and one finding
 */
import type { Finding } from '../../findings/finding';
import { contextEvidenceRow } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import { networkClassifier } from '../../networks/classify';
import { groupBy } from '../../table/group-by';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { userBaseline } from './baseline';
import { replayContext } from './context';
import type { TokenReplayParams } from './parameters';
import { replayRow, tokenReplayFinding, type TokenReplayRow } from './row';
import { verdict } from './score';
import { ownTimelines, signals } from './signals';

export function runTokenReplay(table: SignInTable, p: TokenReplayParams): AnalysisResult<TokenReplayParams, TokenReplayRow> {
  const classifier = networkClassifier(p.networkClasses);
  const c = replayContext(table, p, classifier);
  const users = groupBy(table, 'UserPrincipalName', { where: (q) => c.replayable[q] === 1, order: 'time' });
  const rows: TokenReplayRow[] = [];
  const findings: Finding[] = [];
  let microsoft = 0;
  let excluded = 0;
  for (let g = 0; g < users.length; g++) {
    if (users.code(g) === 0) continue; // rows without a user cannot be baselined
    const u = userBaseline(c, Array.from(users.rows(g), (k) => table.position(k)));
    microsoft += u.microsoft;
    excluded += u.excluded;
    if (u.foreign.size === 0) continue;
    const own = ownTimelines(c, u);
    for (const [place, foreignRows] of u.foreign) {
      const s = signals(c, u, own, place, foreignRows);
      const v = verdict(s, p, classifier);
      const row = replayRow(c, s, v);
      rows.push(row);
      const cited = [...(s.anchor >= 0 ? [s.anchor] : []), ...foreignRows.slice(0, Math.max(0, p.maxEvidenceRows - 1))];
      const evidence = cited.map((q, i) => ({ ...contextEvidenceRow(positional(table), q), Role: i === 0 && s.anchor >= 0 ? "user's own place (IP-A)" : 'foreign place (IP-B)' }));
      const times = [s.anchor >= 0 ? c.time[s.anchor] : Infinity, c.time[foreignRows[0]]];
      findings.push(tokenReplayFinding(row, evidence, isoTime(Math.min(...times)), isoTime(Math.max(c.time[foreignRows[foreignRows.length - 1]], s.anchor >= 0 ? c.time[s.anchor] : -Infinity))));
    }
  }
  rows.sort((a, b) => b.Score - a.Score || a.UserPrincipalName.localeCompare(b.UserPrincipalName) || a.FirstRefreshTime.localeCompare(b.FirstRefreshTime));
  const warnings: string[] = [];
  if (excluded) warnings.push(`${excluded} successful sign-ins from the excluded ASNs or IP ranges were neither own nor foreign.`);
  if (microsoft) warnings.push(`${microsoft} successful sign-ins from Microsoft's networks (services acting for the user, Cloud PCs) were neither own nor foreign.`);
  if (table.counts().AADNonInteractiveUserSignInLogs === 0) {
    warnings.push('No AADNonInteractiveUserSignInLogs rows: token replay shows mostly in the non-interactive table.');
  }
  return { id: 'token-replay', parameters: p, rows, tables: {}, findings, warnings };
}

/** The whole table seen by position (evidence rows are cited by position, not by k of a view). */
function positional(table: SignInTable): SignInTable {
  return table.unfiltered();
}
