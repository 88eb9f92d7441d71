/**
 * The HTML form of the report: one self-contained file (inline CSS, charts as data: images, no scripts, no external
 * URLs). Every value from the data passes through escapeHtml, and a Content-Security-Policy forbids scripts, plugins,
 * frames and any request off the page, so even a mistake in escaping cannot run code or leak data to a server.
 */
import { SEVERITIES } from '../findings/finding';
import { escapeHtml as h } from '../escape';
import { highlightKql } from '../notebook/kql-highlight';
import type { DetectorGuidance } from './detector-guidance';
import { chartImage, countsTable, fileTable, findingFacts, findingSubject, findingVerdict, inputFacts, loadFacts, reproductionText, severityTable, tableNote } from './report-content';
import { REPORT_CSS } from './report-css';
import type { FindingSection, ReportModel, TextTable } from './report-model';

/** No script, style only inline, images only data: URIs; base-uri and form-action are not covered by default-src. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const sevClass = (s: string) => ((SEVERITIES as readonly string[]).includes(s) ? `sev-${s}` : 'sev-unknown');

function table(t: TextTable, caption?: string): string {
  if (!t.columns.length) return `<p class="note">No rows.</p>`;
  const head = t.columns.map((c) => `<th scope="col">${h(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((v) => `<td>${h(v)}</td>`).join('')}</tr>`).join('\n');
  const cap = tableNote(t, caption);
  return `<div class="scroll"><table>${cap ? `<caption>${h(cap)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

function keyValues(pairs: readonly (readonly [string, string])[]): string {
  if (!pairs.length) return '<p class="note">None.</p>';
  return `<dl class="kv">${pairs.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`;
}

/** Links to documentation pages (constants from detector-guidance.ts, never data); they open without a referrer. */
function link(url: string, text: string): string {
  return `<a href="${h(url)}" rel="noreferrer noopener">${h(text)}</a>`;
}

function guidance(g: DetectorGuidance | undefined): string {
  if (!g) return '';
  const techniques = g.techniques.map((t) => `<li>${link(t.url, t.id)} ${h(t.name)}</li>`).join('');
  const steps = g.steps.map((st) => `<li>${h(st.step)} <span class="note">(${st.sources.map((u) => link(u, 'source')).join(', ')})</span></li>`).join('');
  return `<h4>MITRE ATT&amp;CK</h4><ul class="attack">${techniques}</ul><p class="note">${h(g.note)}</p><h4>Response</h4><ol>${steps}</ol>`;
}

/** What the KQL gave when run offline on the report's input. */
function reproduced(s: FindingSection): string {
  return s.reproduction ? `<p class="note reproduced">${h(reproductionText(s.reproduction))}</p>` : '';
}

function finding(s: FindingSection, n: number): string {
  const f = s.finding;
  const who = findingSubject(f);
  const kql = s.kql
    ? `<details class="kql"><summary>KQL to reproduce${s.analysisId ? ` (${h(s.analysisId)})` : ''}: ${s.kql.split('\n').length} lines</summary><pre><code>${highlightKql(s.kql)}</code></pre></details>${reproduced(s)}`
    : `<p class="note">${h(s.kqlNote ?? '')}</p>`;
  return `<article class="finding ${sevClass(f.severity)}" id="finding-${n}">
<h3><span class="sev ${sevClass(f.severity)}">${h(f.severity)}</span> ${n}. ${h(f.detector)}${who ? ` — ${h(who)}` : ''}${s.guidance ? ` <span class="attack-id">${s.guidance.techniques.slice(0, 1).map((t) => h(t.id)).join('')}</span>` : ''}</h3>
<p class="summary">${h(f.summary)}</p>
${findingVerdict(s).map(([title, items]) => `<h4>${h(title)}</h4><ul class="verdict">${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`).join('\n')}
${keyValues(findingFacts(s))}
${guidance(s.guidance)}
<h4>Evidence</h4>
${table(s.evidence)}
${kql}
</article>`;
}

/** Renders the model as one HTML document. */
export function renderHtml(m: ReportModel): string {
  const alerts = m.findings.length;
  const fp = m.fingerprint;
  const load = m.load ? keyValues(loadFacts(m.load, m.rows)) + m.load.lists.map(([caption, t]) => table(t, caption)).join('') : '';
  const nav = m.findings.map((s, i) => `<li><a href="#finding-${i + 1}">${h(s.finding.severity)}: ${h(s.finding.detector)} ${h(s.finding.userPrincipalName ?? s.finding.ipAddress ?? '')}</a></li>`).join('');
  const charts = m.charts
    .map((c) => ({ c, img: chartImage(c) }))
    .map(
      ({ c, img }) => `<figure><img alt="${h(c.title)}" src="${img.src}"${img.width ? ` width="${img.width}" height="${img.height}"` : ''}>
<figcaption><strong>${h(c.title)}</strong>${c.caption ? ` — ${h(c.caption)}` : ''}</figcaption></figure>`,
    )
    .join('\n');
  const analyses = m.analyses
    .map(
      (a) => `<section class="analysis" id="analysis-${h(a.id)}">
<h3>${h(a.title)} <code>${h(a.id)}</code></h3>
<p>${h(a.question)}</p>
${a.tables.length ? `<p class="note">Tables: ${h(a.tables.join(', '))}</p>` : ''}
${a.warnings.map((w) => `<p class="warn">${h(w)}</p>`).join('\n')}
<h4>Parameters</h4>
${keyValues(a.parameters)}
${a.results ? `<h4>Results</h4>${table(a.results)}` : ''}
${a.findingCount !== undefined ? `<p class="note">Findings raised: ${a.findingCount}</p>` : ''}
</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="signinlab ${h(m.version)}">
<title>${h(m.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${h(m.title)}</h1>
<p class="meta">Generated ${h(m.generatedAt)} by signinlab ${h(m.version)}. ${alerts} finding${alerts === 1 ? '' : 's'}.</p>
</header>
<section id="summary">
<h2>Summary</h2>
${table(severityTable(m))}
${nav ? `<nav><ol>${nav}</ol></nav>` : '<p>No findings: no detector raised anything on this data.</p>'}
</section>
<section id="scope">
<h2>Scope and parameters</h2>
${keyValues([['Data source', m.source], ...m.parameters])}
</section>
<section id="data">
<h2>Input data</h2>
${keyValues(inputFacts(m))}
${fp.files.length ? table(fileTable(m)) : ''}
${m.pulls.map((facts) => `<h3>Pulled from a workspace</h3>${keyValues(facts)}`).join('\n')}
${table(countsTable(m), 'Rows per table')}
${load}
</section>
<section id="findings">
<h2>Findings</h2>
${m.findings.length ? m.findings.map((s, i) => finding(s, i + 1)).join('\n') : '<p>None.</p>'}
</section>
${charts ? `<section id="charts">\n<h2>Charts</h2>\n${charts}\n</section>` : ''}
${analyses ? `<section id="analyses">\n<h2>Analyses run</h2>\n${analyses}\n</section>` : ''}
<footer><p class="meta">signinlab ${h(m.version)} · generated ${h(m.generatedAt)} · data ${h(fp.sha256)}</p></footer>
</body>
</html>
`;
}
