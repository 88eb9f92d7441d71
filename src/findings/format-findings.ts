/**
 * Findings as text for a terminal: one block per finding, with what counted for it (why), against it (but), the
 * findings of the same attack (related) and its first evidence rows; attacker-controlled text made inert.
 */
import { textTable } from '../notebook/plain-text';
import { escapeTerminal as terminalSafe } from '../escape';
import { SEVERITIES, type EvidenceRow, type Finding } from './finding';

/** Evidence columns printed under a finding, in this order, when its rows have them (the rest are in --json). */
const EVIDENCE_TEXT_COLUMNS = ['Role', 'CreatedDateTime', 'Type', 'UserPrincipalName', 'IPAddress', 'City', 'AutonomousSystemNumber', 'AutonomousSystemName', 'AppDisplayName', 'ResultType'] as const;
const TABLE_SHORT: Record<string, string> = { SigninLogs: 'interactive', AADNonInteractiveUserSignInLogs: 'non-interactive' };

/** The first `n` evidence rows as an indented text table ("" when there are none). */
function evidenceText(rows: readonly EvidenceRow[], n: number, total: number): string[] {
  if (n <= 0 || !rows.length) return [];
  const shown = rows.slice(0, n);
  const columns = EVIDENCE_TEXT_COLUMNS.filter((c) => shown.some((r) => r[c] !== undefined && r[c] !== ''));
  const cells = shown.map((r) => columns.map((c) => (c === 'Type' ? TABLE_SHORT[String(r.Type)] ?? r.Type : c === 'CreatedDateTime' ? shortTime(String(r.CreatedDateTime)) : r[c])));
  const more = total > shown.length ? [`              … ${total - shown.length} more evidence rows (--json has them)`] : [];
  return [...textTable(columns, cells, 32).split('\n').map((l) => `              ${l}`), ...more];
}

const shortTime = (iso: string): string => iso.replace(/:\d\d\.\d{3}Z$/, 'Z').replace('T', ' ');

/**
 * Findings as text, alerts first; each with its summary and its first evidence rows.
 *
 * @param options `all`: list informational findings too; `evidenceRows`: evidence rows printed per finding (default 3)
 */
export function formatFindings(findings: Finding[], options: { all?: boolean; evidenceRows?: number } = {}): string {
  const evidenceRows = options.evidenceRows ?? 3;
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  const out = [`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.join(', ')}`];
  const shown = options.all ? findings : findings.filter((f) => f.severity !== 'informational');
  for (const f of shown) {
    const who = [f.userPrincipalName, f.ipAddress].filter((x): x is string => !!x).map(terminalSafe).join('  ');
    out.push('');
    out.push(`${f.severity.toUpperCase().padEnd(13)} ${f.detector}  ${who}`);
    out.push(`              ${shortTime(f.first)} → ${shortTime(f.last)}  (${f.evidence.rowCount} rows)`);
    out.push(`              ${terminalSafe(f.summary)}`);
    for (const r of f.reasons ?? []) out.push(`                why: ${terminalSafe(r)}`);
    for (const r of f.counterReasons ?? []) out.push(`                but: ${terminalSafe(r)}`);
    if (f.related?.length) out.push(`                related: ${f.related.map(terminalSafe).join(', ')}`);
    out.push(...evidenceText(f.evidence.rows, evidenceRows, Math.max(f.evidence.rowCount, f.evidence.rows.length)));
  }
  const hidden = findings.length - shown.length;
  if (hidden) out.push('', `${hidden} informational finding${hidden === 1 ? '' : 's'} not listed (--all lists them).`);
  return out.join('\n') + '\n';
}
