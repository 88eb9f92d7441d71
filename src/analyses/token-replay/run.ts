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
import { networkClassifier, type NetworkClassifier } from '../../networks/classify';
import { groupBy } from '../../table/group-by';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { userBaseline, type UserBaseline } from './baseline';
import { replayContext, type ReplayContext } from './context';
import type { TokenReplayParams } from './parameters';
import { replayRow, tokenReplayFinding, type TokenReplayRow } from './row';
import { verdict, type Verdict } from './score';
import { ownTimelines, signals, type Signals } from './signals';

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
    const { u, judged } = judgeUser(c, Array.from(users.rows(g), (k) => table.position(k)), classifier);
    microsoft += u.microsoft;
    excluded += u.excluded;
    for (const { s, v } of judged) {
      const foreignRows = s.rows;
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

/**
 * One user's candidates and verdicts. A foreign place that raises an alert is distrusted and the user judged again, so
 * an attacker's place never becomes "the user's own" by history (its rows after midnight) or by coming first.
 */
function judgeUser(c: ReplayContext, rows: number[], classifier: NetworkClassifier): { u: UserBaseline; judged: { s: Signals; v: Verdict }[] } {
  const distrusted = new Set<number>();
  for (;;) {
    const u = userBaseline(c, rows, distrusted);
    const own = ownTimelines(c, u);
    const judged = [...u.foreign].map(([place, foreignRows]) => {
      const s = signals(c, u, own, place, foreignRows);
      return { s, v: verdict(s, c.p, classifier) };
    });
    const alerting = judged.filter((j) => j.v.severity !== 'informational').map((j) => networksPlace(c, j.s));
    const fresh = alerting.filter((pl) => !distrusted.has(pl));
    if (fresh.length === 0) return { u, judged };
    for (const pl of fresh) distrusted.add(pl);
  }
}

const networksPlace = (c: ReplayContext, s: Signals): number => c.networks.placeOfIp[c.ip.codes[s.rows[0]]];

/** The whole table seen by position (evidence rows are cited by position, not by k of a view). */
function positional(table: SignInTable): SignInTable {
  return table.unfiltered();
}
