/**
 * The Markdown form of the report, for tickets and wikis. Every value from the data passes through escapeMarkdown
 * (no raw HTML, no links, no table breaks; the only links are the ATT&CK and documentation pages, which are constants); KQL goes in fences its content cannot close. Charts are data: images,
 * which viewers that refuse them show as their title.
 */
import { codeBlock, escapeMarkdown as m } from '../escape';
import type { DetectorGuidance } from './detector-guidance';
import { chartImage, countsTable, fileTable, findingFacts, findingSubject, findingVerdict, inputFacts, loadFacts, reproductionText, severityTable, tableNote } from './report-content';
import type { FindingSection, ReportModel, TextTable } from './report-model';
import type { ReportOptions } from './report-input';
import { chartFileName } from './chart-files';

function table(t: TextTable, caption?: string): string {
  if (!t.columns.length) return '_No rows._';
  const lines = [
    `| ${t.columns.map(m).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(m).join(' | ')} |`),
  ];
  const cap = tableNote(t, caption);
  return lines.join('\n') + (cap ? `\n\n_${m(cap)}_` : '');
}

function keyValues(pairs: readonly (readonly [string, string])[]): string {
  if (!pairs.length) return '_None._';
  return pairs.map(([k, v]) => `- **${m(k)}**: ${m(v)}`).join('\n');
}

/** ATT&CK techniques and response steps; the links are constants from detector-guidance.ts, never data. */
function guidance(g: DetectorGuidance | undefined): string[] {
  if (!g) return [];
  return [
    '#### MITRE ATT&CK',
    g.techniques.map((t) => `- [${t.id}](${t.url}) ${m(t.name)}`).join('\n'),
    `_${m(g.note)}_`,
    '#### Response',
    g.steps.map((st, k) => `${k + 1}. ${m(st.step)} (${st.sources.map((u) => `[source](${u})`).join(', ')})`).join('\n'),
  ];
}

function finding(s: FindingSection, n: number): string {
  const f = s.finding;
  const who = findingSubject(f);
  const kql = s.kql
    ? `#### KQL to reproduce${s.analysisId ? ` (${m(s.analysisId)})` : ''}\n\n${codeBlock(s.kql, 'kql')}${s.reproduction ? `\n\n_${m(reproductionText(s.reproduction))}_` : ''}`
    : `_${m(s.kqlNote ?? '')}_`;
  return [
    `### ${n}. ${m(f.severity.toUpperCase())}: ${m(f.detector)}${who ? ` — ${m(who)}` : ''}`,
    `> ${m(f.summary)}`,
    ...findingVerdict(s).map(([title, items]) => `#### ${m(title)}\n\n${items.map((i) => `- ${m(i)}`).join('\n')}`),
    keyValues(findingFacts(s)),
    ...guidance(s.guidance),
    '#### Evidence',
    table(s.evidence),
    kql,
  ].join('\n\n');
}

/** One path segment of a link, percent-encoded, parentheses included (they would end a Markdown link). */
const urlSegment = (s: string): string => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Renders the model as one Markdown document; charts inline as `data:` images, or linked from `options.chartFolder`. */
export function renderMarkdown(r: ReportModel, options: Pick<ReportOptions, 'chartFolder'> = {}): string {
  const fp = r.fingerprint;
  const out: string[] = [
    `# ${m(r.title)}`,
    `Generated ${m(r.generatedAt)} by signinlab ${m(r.version)}. ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}.`,
    '## Summary',
    table(severityTable(r)),
    r.findings.length
      ? r.findings.map((s, i) => `${i + 1}. ${m(s.finding.severity)}: ${m(s.finding.detector)} ${m(s.finding.userPrincipalName ?? s.finding.ipAddress ?? '')}`).join('\n')
      : 'No findings: no detector raised anything on this data.',
    '## Scope and parameters',
    keyValues([['Data source', r.source], ...r.parameters]),
    '## Input data',
    keyValues(inputFacts(r)),
  ];
  if (fp.files.length) out.push(table(fileTable(r)));
  for (const facts of r.pulls) out.push('### Pulled from a workspace', keyValues(facts));
  out.push(table(countsTable(r), 'Rows per table'));
  if (r.load) out.push(keyValues(loadFacts(r.load, r.rows)));
  for (const [caption, t] of r.load?.lists ?? []) out.push(table(t, caption));
  out.push('## Findings', r.findings.length ? r.findings.map((s, i) => finding(s, i + 1)).join('\n\n') : 'None.');
  if (r.charts.length) {
    out.push('## Charts');
    // A linked file's path is encoded segment by segment, so a folder name with spaces or parentheses stays one link.
    const folder = options.chartFolder?.split(/[\\/]/).filter(Boolean);
    r.charts.forEach((c, i) => {
      const file = folder && chartFileName(c, i);
      const src = folder && file ? [...folder, file].map(urlSegment).join('/') : chartImage(c).src;
      out.push(`![${m(c.title)}](${src})`);
      out.push(`**${m(c.title)}**${c.caption ? ` — ${m(c.caption)}` : ''}`);
    });
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
