/**
 * The Markdown form of the report, for tickets and wikis. Every value from the data passes through escapeMarkdown
 * (no raw HTML, no links, no table breaks); KQL goes in fences its content cannot close. Charts are data: images,
 * which viewers that refuse them show as their title.
 */
import { TABLE_NAMES } from '../schema/table-names';
import { codeBlock, escapeMarkdown as m } from './escape-markdown';
import type { FindingSection, ReportModel, TextTable } from './report-model';

function table(t: TextTable, caption?: string): string {
  if (!t.columns.length) return '_No rows._';
  const lines = [
    `| ${t.columns.map(m).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(m).join(' | ')} |`),
  ];
  const more = t.total > t.rows.length ? `showing ${t.rows.length} of ${t.total} rows` : '';
  const cap = [caption, more].filter(Boolean).join('; ');
  return lines.join('\n') + (cap ? `\n\n_${m(cap)}_` : '');
}

function keyValues(pairs: readonly (readonly [string, string])[]): string {
  if (!pairs.length) return '_None._';
  return pairs.map(([k, v]) => `- **${m(k)}**: ${m(v)}`).join('\n');
}

function finding(s: FindingSection, n: number): string {
  const f = s.finding;
  const who = [f.userPrincipalName, f.ipAddress].filter(Boolean).join(' from ');
  const kql = s.kql
    ? `#### KQL to reproduce${s.analysisId ? ` (${m(s.analysisId)})` : ''}\n\n${codeBlock(s.kql, 'kql')}`
    : `_${m(s.kqlNote ?? '')}_`;
  return [
    `### ${n}. ${m(f.severity.toUpperCase())}: ${m(f.detector)}${who ? ` — ${m(who)}` : ''}`,
    `> ${m(f.summary)}`,
    keyValues([
      ['User', f.userPrincipalName ?? ''],
      ['IP address', f.ipAddress ?? ''],
      ['First', f.first],
      ['Last', f.last],
      ['Evidence rows', String(s.evidence.total)],
      ...s.facts,
    ]),
    '#### Evidence',
    table(s.evidence),
    kql,
  ].join('\n\n');
}

/** Renders the model as one Markdown document. */
export function renderMarkdown(r: ReportModel): string {
  const fp = r.fingerprint;
  const out: string[] = [
    `# ${m(r.title)}`,
    `Generated ${m(r.generatedAt)} by signinlab ${m(r.version)}. ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}.`,
    '## Summary',
    table({ columns: ['Severity', 'Findings'], rows: r.severityCounts.map(([s, n]) => [s, String(n)]), total: r.severityCounts.length }),
    r.findings.length
      ? r.findings.map((s, i) => `${i + 1}. ${m(s.finding.severity)}: ${m(s.finding.detector)} ${m(s.finding.userPrincipalName ?? s.finding.ipAddress ?? '')}`).join('\n')
      : 'No findings: no detector raised anything on this data.',
    '## Scope and parameters',
    keyValues([['Data source', r.source], ...r.parameters]),
    '## Input data',
    keyValues([
      ['Fingerprint', `${fp.algorithm} ${fp.sha256}`],
      ['Computed over', fp.over === 'files' ? 'the bytes of each input file (combined over the sorted per-file digests)' : 'the sorted Ids of the loaded rows'],
      ['Time range (UTC)', r.timeRange ? `${r.timeRange.first} to ${r.timeRange.last}` : 'no rows'],
    ]),
  ];
  if (fp.files.length) out.push(table({ columns: ['File', 'Bytes', 'SHA-256'], rows: fp.files.map((f) => [f.path, String(f.bytes), f.sha256]), total: fp.files.length }));
  out.push(table({ columns: ['Table', 'Rows'], rows: [...TABLE_NAMES.map((t) => [t, String(r.counts[t])]), ['Both', String(r.rows)]], total: 3 }, 'Rows per table'));
  if (r.load)
    out.push(
      keyValues([
        ['Rows offered', r.load.offered],
        ['Rows loaded', String(r.rows)],
        ['Duplicates dropped (same Id)', r.load.duplicates],
        ['Rows rejected', r.load.rejected],
      ]),
    );
  if (r.load?.rejections.total) out.push(table(r.load.rejections, 'Rejected rows'));
  out.push('## Findings', r.findings.length ? r.findings.map((s, i) => finding(s, i + 1)).join('\n\n') : 'None.');
  if (r.charts.length) {
    out.push('## Charts');
    for (const c of r.charts) {
      out.push(`![${m(c.title)}](data:image/svg+xml;base64,${Buffer.from(c.svg, 'utf8').toString('base64')})`);
      out.push(`**${m(c.title)}**${c.caption ? ` — ${m(c.caption)}` : ''}`);
    }
  }
  if (r.analyses.length) {
    out.push('## Analyses run');
    for (const a of r.analyses) {
      out.push(`### ${m(a.title)} (${m(a.id)})`, m(a.question));
      if (a.tables.length) out.push(`Tables: ${m(a.tables.join(', '))}`);
      for (const w of a.warnings) out.push(`> **Warning:** ${m(w)}`);
      out.push('#### Parameters', keyValues(a.parameters));
      if (a.results) out.push('#### Results', table(a.results));
      if (a.findingCount !== undefined) out.push(`Findings raised: ${a.findingCount}`);
    }
  }
  out.push('---', `signinlab ${m(r.version)} · generated ${m(r.generatedAt)} · data ${m(fp.sha256)}`);
  return out.join('\n\n') + '\n';
}
