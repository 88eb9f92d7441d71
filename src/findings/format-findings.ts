/**
 * Findings as text for a terminal: one block per finding, with what counted for it (why), against it (but) and the
 * findings of the same attack (related); attacker-controlled text made inert.
 */
import { terminalSafe } from '../terminal-text';
import { SEVERITIES, type Finding } from './finding';

const shortTime = (iso: string): string => iso.replace(/:\d\d\.\d{3}Z$/, 'Z').replace('T', ' ');

export function formatFindings(findings: Finding[], options: { all?: boolean } = {}): string {
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
  }
  const hidden = findings.length - shown.length;
  if (hidden) out.push('', `${hidden} informational finding${hidden === 1 ? '' : 's'} not listed (--all lists them).`);
  return out.join('\n') + '\n';
}
