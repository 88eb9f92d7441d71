/**
 * Runs mfa-outcomes over a table: the MFA rows (interrupts and denials) grouped by user in time order, the successes
 * of those users likewise, each user's attempts judged (outcomes.ts), then findings with their evidence rows.
 */
import { evidenceRows } from '../../findings/evidence-row';
import { groupBy } from '../../table/group-by';
import { and, matches, not, or, type RowTest } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { mfaFindings } from './finding';
import { outcomesOf, type MfaOutcomesRow } from './outcomes';
import type { MfaOutcomesParams } from './parameters';

/** A ResultType in `codes`, compared trimmed as the catalogue's codes are. */
const codeIn = (codes: readonly string[]): RowTest => {
  const set = new Set(codes.map((c) => c.trim()));
  return matches('ResultType', (v) => set.has(v.trim()));
};

export function runMfaOutcomes(table: SignInTable, p: MfaOutcomesParams): AnalysisResult<MfaOutcomesParams, MfaOutcomesRow> {
  const success = codeIn(['0']);
  const phrases = p.denialPhrases.map((s) => s.toLowerCase());
  const denialText = matches('AuthenticationStepResultDetail', (v) => v !== '' && phrases.some((s) => v.toLowerCase().includes(s)));
  const failedWithDenialText = and(not(success), denialText);
  const denial = or(codeIn(p.denialCodes), failedWithDenialText);
  // The codes in one ResultType lookup, so most rows are decided by one array read.
  const mfaRow = or(codeIn([...p.challengeCodes, ...p.denialCodes]), failedWithDenialText);
  const mfa = groupBy(table, 'UserPrincipalName', { where: mfaRow(table), order: 'time' });

  // Their successes, to tell completed attempts and known IPs: only the users with MFA rows.
  const users = Array.from({ length: mfa.length }, (_, g) => mfa.keyValue(g) as string);
  const theirs = new Set(users);
  const oks = groupBy(table, 'UserPrincipalName', { where: and(success, matches('UserPrincipalName', (u) => theirs.has(u)))(table), order: 'time' });
  const okGroup = new Map(Array.from({ length: oks.length }, (_, g) => [oks.keyValue(g) as string, g]));

  const judge = outcomesOf(table, p, denial(table));
  const cited = new Map<string, number[]>();
  const rows: MfaOutcomesRow[] = [];
  users.forEach((user, g) => {
    const ok = okGroup.get(user);
    const judged = judge(user, Array.from(mfa.rows(g)), ok === undefined ? [] : Array.from(oks.rows(ok)));
    rows.push(judged.row);
    cited.set(user, judged.cited);
  });
  rows.sort((a, b) => b.Denials - a.Denials || b.Abandoned + b.Denied - (a.Abandoned + a.Denied) || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
  const findings = mfaFindings(rows, p);
  for (const f of findings) f.evidence.rows = evidenceRows(table, cited.get(f.userPrincipalName ?? '') ?? [], ['AuthenticationStepResultDetail', 'SessionId']);
  return { id: 'mfa-outcomes', parameters: p, rows, findings, warnings: [] };
}
