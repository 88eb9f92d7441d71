import { KQL_TOKEN_STYLES } from '../../src/notebook/kql-highlight';
import { DETECTOR_GUIDANCE, REPORT_CSP, reportFormatOf, writeReport } from '../../src/report';
import { tableFromRows } from '../../src/table/table-builder';
import { HOSTILE, input } from './fixtures';

/** Every tag and attribute name in an HTML document (the report has no comments, CDATA or '<' inside <style>). */
function markup(html: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.add(m[1].toLowerCase());
    for (const a of m[2].replace(/"[^"]*"|'[^']*'/g, '').matchAll(/([a-zA-Z-:]+)\s*=?/g)) attributes.add(a[1].toLowerCase());
  }
  return { tags, attributes };
}

const ALLOWED_TAGS = 'html head meta title style body header nav ol ul li a section details summary h1 h2 h3 h4 p div table caption thead tbody tr th td dl dt dd article span pre code figure img figcaption strong footer';
const ALLOWED_ATTRIBUTES = 'lang charset http-equiv content name class id href rel scope alt src width height style';

/** The documentation pages the report links to: ATT&CK techniques and response sources, constants, never data. */
const GUIDANCE_URLS = new Set(Object.values(DETECTOR_GUIDANCE).flatMap((g) => [...g.techniques.map((t) => t.url), ...g.steps.flatMap((s) => s.sources)]));

/** The report's text with the KQL highlighting taken off. */
const plain = (html: string) => html.replace(/<\/?span[^>]*>/g, '');

describe('writeReport (html)', () => {
  const html = writeReport(input(), { format: 'html' });

  it('is one document with the CSP first in <head>, before any style or content', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<style>'));
    expect(head).toContain(`content="${REPORT_CSP}"`);
    expect(REPORT_CSP).toContain("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('has no script, and no URL but its own anchors, data: images and the documentation links of its guidance', () => {
    expect(html).not.toMatch(/<script/i);
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) {
      if (!GUIDANCE_URLS.has(u)) expect(u).toMatch(/^(#finding-\d+|data:image\/(svg\+xml|png);base64,[A-Za-z0-9+/=]+)$/);
    }
    // links to documentation open without sending the report's address
    for (const m of html.matchAll(/<a href="https:[^"]*"([^>]*)>/g)) expect(m[1]).toBe(' rel="noreferrer noopener"');
  });

  it('names the MITRE ATT&CK technique of each finding and the response steps, each with its source', () => {
    expect(html).toContain('<a href="https://attack.mitre.org/techniques/T1550/001/" rel="noreferrer noopener">T1550.001</a> Use Alternate Authentication Material: Application Access Token');
    expect(html).toContain('<span class="attack-id">T1550.001</span>');
    expect(html).toMatch(/<h4>Response<\/h4><ol><li>Revoke the user&#39;s sessions and refresh tokens[^<]*<span class="note">\(<a href="https:\/\/learn\.microsoft\.com\/en-us\/graph\/api\/user-revokesigninsessions"/);
  });

  it('holds scope, fingerprint, row counts, time range, load accounting, version and generation time', () => {
    expect(html).toContain('inline test rows');
    expect(html).toMatch(/<dt>windowMinutes<\/dt><dd>60<\/dd>/);
    expect(html).toMatch(/SHA-256 [0-9a-f]{64}/);
    expect(html).toContain('the sorted Ids of the loaded rows');
    expect(html).toMatch(/<td>SigninLogs<\/td><td>1<\/td>/);
    expect(html).toMatch(/<td>AADNonInteractiveUserSignInLogs<\/td><td>2<\/td>/);
    expect(html).toContain('2025-06-02T08:00:00.000Z to 2025-06-02T09:10:00.000Z');
    expect(html).toMatch(/<dt>Duplicates dropped \(same Id\)<\/dt><dd>1<\/dd>/);
    expect(html).toContain('signinlab 9.9.9-test');
    expect(html).toContain('Generated 2025-06-03T09:00:00.000Z');
  });

  it('shows each finding with its evidence table, facts and its analysis\'s KQL over the loaded window (not narrowed to the finding)', () => {
    expect(html).toContain('id="finding-1"');
    expect(html).toContain('<span class="sev sev-high">high</span>');
    // the evidence table starts with what decides a case: role, time, table, who, where, which session
    expect(html).toMatch(/<th scope="col">CreatedDateTime<\/th><th scope="col">Type<\/th><th scope="col">UserPrincipalName<\/th><th scope="col">IPAddress<\/th><th scope="col">City<\/th>/);
    expect(html).toContain('<td>198.51.100.7</td>');
    expect(html).toMatch(/<dt>distanceKm<\/dt><dd>3782.457<\/dd>/);
    // The fixture's rows carry no TimeGenerated, so the twin gets no time filter (one would drop them).
    expect(plain(html)).toContain('// scope user=undefined ip=undefined timespan=undefined\nAADNonInteractiveUserSignInLogs\n| where window == 60');
    // highlighted: the KQL's operators coloured, nothing else added
    expect(html).toContain(`<span style="${KQL_TOKEN_STYLES.verb}">where</span>`);
  });

  it('embeds charts as data: images and lists the analyses run with their warnings', () => {
    expect(html).toMatch(/<img alt="Sign-ins per hour" src="data:image\/svg\+xml;base64,PHN2Zy/);
    expect(html).toContain('Token replay across the two tables');
    expect(html).toContain('<p class="warn">Microsoft-owned IPs (ASN 8075) are excluded.</p>');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(writeReport(input(), { format: 'html' })).toBe(html);
  });

  it('says so when there are no findings, and shows no KQL note for them', () => {
    const empty = writeReport({ table: tableFromRows([]), source: 'nothing', findings: [], generatedAt: 0, version: '1' }, { format: 'html' });
    expect(empty).toContain('No findings');
    expect(empty).toContain('no rows');
  });

  it('lists rejected rows with file, line and reason when the loader gives them', () => {
    const out = writeReport({ ...input(), load: { offered: 5, duplicates: 0, rejected: [{ file: 'a.csv', line: 7, reason: 'no <Id>' }] } }, { format: 'html' });
    expect(out).toMatch(/<dt>Rows rejected<\/dt><dd>1<\/dd>/);
    expect(out).toContain('<td>a.csv</td><td>7</td><td>no &lt;Id&gt;</td>');
    const md = writeReport({ ...input(), load: { offered: 5, duplicates: 0, rejected: [{ file: 'a.csv', line: 7, reason: 'no <Id>' }] } }, { format: 'markdown' });
    expect(md).toContain('| a.csv | 7 | no &lt;Id&gt; |');
  });

  it('lists repaired rows and duplicates that differ from the row kept, escaped, in both formats', () => {
    const load = {
      offered: 6,
      duplicates: 1,
      rejected: 0,
      repaired: [{ file: 'a.csv', line: 3, field: 'CreatedDateTime', reason: 'not a time: "<b>"; TimeGenerated used' }],
      conflicts: [{ file: 'b.csv', line: 9, Id: 'id-<1>', firstFile: 'a.csv', firstLine: 2 }],
    };
    const out = writeReport({ ...input(), load }, { format: 'html' });
    expect(out).toMatch(/<dt>Rows repaired \(loaded, one field not as written\)<\/dt><dd>1<\/dd>/);
    expect(out).toMatch(/<dt>Duplicates whose rows differ from the row kept<\/dt><dd>1<\/dd>/);
    expect(out).toContain('<td>a.csv</td><td>3</td><td>CreatedDateTime</td><td>not a time: &quot;&lt;b&gt;&quot;; TimeGenerated used</td>');
    expect(out).toContain('<td>b.csv</td><td>9</td><td>a.csv:2</td><td>id-&lt;1&gt;</td>');
    const md = writeReport({ ...input(), load }, { format: 'markdown' }).replace(/\\/g, ''); // (Markdown escapes parentheses and dots)
    expect(md).toContain('Repaired rows (loaded, one field not as written)');
    expect(md).toMatch(/\| b\.csv \| 9 \| a\.csv:2 \| id-&lt;1&gt; \|/);
    // Nothing to list: no table, and the counts say 0.
    const clean = writeReport({ ...input(), load: { offered: 5, duplicates: 0, rejected: 0 } }, { format: 'html' });
    expect(clean).toMatch(/<dt>Rows repaired \(loaded, one field not as written\)<\/dt><dd>0<\/dd>/);
    expect(clean).not.toContain('Repaired rows (loaded');
  });

  it('explains a missing KQL twin instead of failing', () => {
    const out = writeReport({ ...input(), analyses: [] }, { format: 'html' });
    expect(out).toContain('no analysis with id &quot;token-replay&quot; was given to the report');
  });
});

describe('writeReport (html) with hostile values', () => {
  const html = writeReport(input(true), { format: 'html' });

  it('produces only the markup the report itself writes', () => {
    const { tags, attributes } = markup(html);
    for (const t of tags) expect(ALLOWED_TAGS.split(' ')).toContain(t);
    for (const a of attributes) expect(ALLOWED_ATTRIBUTES.split(' ')).toContain(a);
    expect(html).not.toMatch(/<script|<img src=x|<\/style><script/i);
    // the only inline styles are the KQL highlighter's own colours
    for (const m of html.matchAll(/ style="([^"]*)"/g)) expect(Object.values(KQL_TOKEN_STYLES)).toContain(m[1]);
  });

  it('shows every hostile value as escaped text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;window.__pwned=&#39;city&#39;&lt;/script&gt;');
    expect(html).toContain('&#39; onmouseover=&#39;window.__pwned=1&#39; x=&#39;');
    expect(html).toContain('<td>javascript:alert(document.domain)</td>');
    expect(html).toContain('<td>| x | [link](javascript:alert(1))</td>');
  });

  it('keeps one <style> element, the report\'s own', () => {
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('writeReport (markdown)', () => {
  const md = writeReport(input(), { format: 'markdown' });

  it('has the sections in order', () => {
    const heads = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(heads).toEqual([
      '# Sign-in investigation',
      '## Summary',
      '## Scope and parameters',
      '## Input data',
      '## Findings',
      '### 1. HIGH: token-replay — ana\\@contoso.com from 198.51.100.7',
      '## Charts',
      '## Analyses run',
      '### Token replay across the two tables (token-replay)',
    ]);
  });

  it('holds the fingerprint, counts, evidence table and a kql fence', () => {
    expect(md).toMatch(/\*\*Fingerprint\*\*: SHA-256 [0-9a-f]{64}/);
    expect(md).toContain('| AADNonInteractiveUserSignInLogs | 2 |');
    expect(md).toContain('| CreatedDateTime | Type | UserPrincipalName | IPAddress | City | AppDisplayName | ResultType | IncomingTokenType | UserAgent | UserDisplayName | Id |');
    expect(md).toContain('- [T1550.001](https://attack.mitre.org/techniques/T1550/001/) Use Alternate Authentication Material: Application Access Token');
    expect(md).toMatch(/#### Response\n\n1\. Revoke the user's sessions/);
    expect(md).toMatch(/```kql\n\/\/ scope user=undefined ip=undefined timespan=undefined\n/);
    expect(md).toContain('signinlab 9.9.9-test');
  });
});

describe('writeReport (markdown) with hostile values', () => {
  const md = writeReport(input(true), { format: 'markdown' });
  const outsideFences = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');

  /** Characters Markdown would act on: not preceded by an odd number of backslashes. */
  const live = (s: string, ch: string) => [...s].filter((c, i) => c === ch && (s.slice(0, i).match(/\\*$/)?.[0].length ?? 0) % 2 === 0).length;

  it('writes no raw HTML and no link or image syntax outside code fences', () => {
    expect(outsideFences).not.toMatch(/<(?!-)/); // no '<' at all: every one in the data became &lt;
    // the report's own chart images and its guidance's documentation links are the only link syntax allowed
    const withoutGuidance = outsideFences.replace(/\[(T\d{4}(?:\.\d{3})?|source)\]\((https:[^)\s]+)\)/g, (all, _t, url: string) => (GUIDANCE_URLS.has(url) ? '' : all));
    expect(withoutGuidance.length).toBeLessThan(outsideFences.length);
    const text = withoutGuidance.replace(/!\[(?:\\.|[^\]\\])*\]\(data:image\/(svg\+xml|png);base64,[A-Za-z0-9+/=]+\)/g, '');
    expect(text.length).toBeLessThan(withoutGuidance.length);
    expect(live(text, '[')).toBe(0);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('keeps every table row to its own columns (no live | from the data)', () => {
    for (const block of outsideFences.split('\n\n')) {
      const lines = block.split('\n').filter((l) => l.startsWith('|'));
      if (!lines.length) continue;
      const width = live(lines[0], '|');
      for (const l of lines) expect(live(l, '|')).toBe(width);
    }
  });

  it('keeps each value on its own line: no heading or block starts from the data', () => {
    const heads = md.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(heads.some((h) => h.includes('heading'))).toBe(false);
    expect(md).toContain('\u21b5 # heading');
  });

  it('shows hostile values as escaped text', () => {
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain('\\| x \\| \\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain('\\`\\`\\`fence\\`\\`\\`');
  });
});

describe('reportFormatOf', () => {
  it('reads the format from the extension', () => {
    expect(reportFormatOf('out/case.md')).toBe('markdown');
    expect(reportFormatOf('case.MARKDOWN')).toBe('markdown');
    expect(reportFormatOf('case.html')).toBe('html');
    expect(reportFormatOf('case')).toBe('html');
  });
});

describe('writeReport: every verdict explains itself', () => {
  const base = input();
  const f = base.findings[0];
  const withVerdict = {
    ...base,
    findings: [{ ...f, reasons: ['+30 continues the user\'s own session <b>x</b>'], counterReasons: ['not alerted: a phone [x](javascript:alert(1))'], related: ['password-spray:198.51.100.7:t'] }, ...base.findings.slice(1)],
  };

  it('lists what counted for, against, and the related findings, escaped (html)', () => {
    const html = writeReport(withVerdict, { format: 'html' });
    expect(html).toContain('<h4>Counted for</h4><ul class="verdict"><li>+30 continues the user&#39;s own session &lt;b&gt;x&lt;/b&gt;</li></ul>');
    expect(html).toContain('<h4>Counted against</h4>');
    expect(html).toContain('<li>password-spray:198.51.100.7:t</li>');
    expect(html).not.toContain('<b>x</b>');
  });

  it('the same lists in Markdown, escaped', () => {
    const md = writeReport(withVerdict, { format: 'markdown' });
    expect(md).toContain('#### Counted for');
    expect(md).toContain('#### Counted against');
    expect(md).not.toContain('[x](javascript:alert(1))');
  });

  it('leaves the lists out when a finding has none', () => {
    expect(writeReport(base, { format: 'html' })).not.toContain('Counted for');
  });
});
