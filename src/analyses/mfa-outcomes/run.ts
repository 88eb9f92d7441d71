/**
 * Runs mfa-outcomes over a table: the MFA rows (interrupts and denials) grouped by user in time order, the successes
 * of those users likewise, each user's attempts judged (outcomes.ts), then findings with their evidence rows.
 */
import { evidenceRows } from '../../findings/evidence-row';
import { groupBy } from '../../table/group-by';
import { and, matches, not, or, where, type RowTest } from '../../table/row-test';
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
  const denial = or(codeIn(p.denialCodes), and(not(success), denialText));
  const mfa = groupBy(table, 'UserPrincipalName', { where: or(codeIn(p.challengeCodes), denial)(table), order: 'time' });

  const upn = table.column('UserPrincipalName');
  const okOf = new Int32Array(upn.values.length).fill(-1);
  for (let g = 0; g < mfa.length; g++) okOf[mfa.code(g)] = 0;
  const oks = groupBy(table, 'UserPrincipalName', { where: and(success, where((pos) => okOf[upn.codes[pos]] >= 0))(table), order: 'time' });
  for (let g = 0; g < oks.length; g++) okOf[oks.code(g)] = g;

  const judge = outcomesOf(table, p, denial(table));
  const cited = new Map<string, number[]>();
  const rows: MfaOutcomesRow[] = [];
  for (let g = 0; g < mfa.length; g++) {
    const ok = okOf[mfa.code(g)];
    const user = judge(upn.values[mfa.code(g)], Array.from(mfa.rows(g)), ok >= 0 ? Array.from(oks.rows(ok)) : []);
    rows.push(user.row);
    cited.set(user.row.UserPrincipalName, user.cited);
  }
  rows.sort((a, b) => b.Denials - a.Denials || b.Abandoned + b.Denied - (a.Abandoned + a.Denied) || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
  const findings = mfaFindings(rows, p);
  for (const f of findings) f.evidence.rows = evidenceRows(table, cited.get(f.userPrincipalName ?? '') ?? [], ['AuthenticationStepResultDetail', 'SessionId']);
  return { id: 'mfa-outcomes', parameters: p, rows, findings, warnings: [] };
}
