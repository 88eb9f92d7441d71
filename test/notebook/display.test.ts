import {
  bundleOf,
  escapeTerminal,
  plainCell,
  findingsBundle,
  htmlTable,
  jupyterWriter,
  md,
  plainBundleOf,
  progress,
  progressLine,
  publish,
  show,
  VEGA_LITE_MIME,
  interactiveChartBundle,
  kqlBlock,
  details,
  type MimeBundle,
} from '../../src/notebook';
import { legacyClientsChart } from '../../src/charts';
import { tableFromRows } from '../../src/table/table-builder';
import type { Finding } from '../../src/findings/finding';
import type { LoadOptions } from '../../src/sources/files/load-files';
import type { PullTableOptions } from '../../src/sources/live/pull-table';

const EVIL = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "javascript:alert('3')", "' onmouseover='alert(4)"];

/** No tag, attribute or entity from the data survives unescaped. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/"><img/);
  expect(html).not.toMatch(/' onmouseover='/);
  expect(html).not.toMatch(/href=|src=["']?javascript/i);
}

const t0 = Date.UTC(2024, 4, 1, 8, 0);
const table = tableFromRows(
  EVIL.map((s, k) => ({
    Id: `id${k}`,
    CreatedDateTime: t0 + k * 60_000,
    IsInteractive: k % 2 === 0,
    UserPrincipalName: `user${k}@contoso.com`,
    City: s,
    AppDisplayName: s,
    UserAgent: s,
    ResultType: '0',
  })),
);

describe('HTML tables', () => {
  test('every cell and header is escaped', () => {
    const html = htmlTable(EVIL, [EVIL, EVIL], EVIL[0]);
    expectInert(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&#39; onmouseover=&#39;alert(4)');
  });

  test('a SignInTable shows its first rows, ISO times, table counts, escaped fields', () => {
    const b = plainBundleOf(table, { limit: 3, columns: ['CreatedDateTime', 'Type', 'City', 'UserAgent'] });
    const html = b['text/html'] as string;
    expectInert(html);
    expect(html).toContain('first 3 of 4 sign-ins (SigninLogs 2, AADNonInteractiveUserSignInLogs 2)');
    expect(html).toMatch(/<td style="[^"]*">2024-05-01T08:00:00\.000Z<\/td>/);
    expect(html.match(/<tr>/g)).toHaveLength(4); // header + 3 rows
    expect(b['text/plain']).toContain('first 3 of 4 sign-ins');
    expect(b['text/plain']).toContain('2024-05-01T08:02:00.000Z');
  });

  test('result rows show every key; NaN and null are blank', () => {
    const b = plainBundleOf([{ UserPrincipalName: 'a@b.c', Ratio: NaN }, { UserPrincipalName: 'd@e.f', Ratio: 2.34567 }]);
    expect(b['text/html']).toContain('2 rows');
    expect(b['text/plain'].split('\n')).toEqual(['2 rows', 'UserPrincipalName  Ratio', '-----------------  -----', 'a@b.c', 'd@e.f              2.346']);
  });

  test('a danfo DataFrame shows as a table', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dfd = require('danfojs-node');
    const b = plainBundleOf(new dfd.DataFrame([{ IPAddress: EVIL[1], Count: 3 }]));
    expectInert(b['text/html'] as string);
    expect(b['text/plain']).toContain('DataFrame: 1 rows');
  });
});

describe('text/plain', () => {
  test('control characters are shown, not obeyed (no ANSI injection)', () => {
    expect(escapeTerminal('ok\u001b[31mred\u0007\nnext\tx')).toBe('ok\\x1b[31mred\\x07\\x0anext\\x09x');
    expect(plainCell('ok\u001b[31m\nnext\tx')).toBe('ok\\x1b[31m⏎next x');
  });
});

describe('Markdown', () => {
  test('md escapes interpolated values for Markdown and HTML, keeps the literal parts', () => {
    const m = md`**User** ${'<img src=x onerror=alert(1)>'} in [${'a](javascript:alert(1))'}]`;
    expect(m.markdown).toBe('**User** &lt;img src=x onerror=alert\\(1\\)&gt; in [a\\]\\(javascript:alert\\(1\\)\\)]');
    expect(plainBundleOf(m)['text/markdown']).toBe(m.markdown);
  });

  test('a bare string is text, never Markdown or HTML (it may hold data)', () => {
    expect(plainBundleOf('<img src=x onerror=alert(1)>\nline 2\u001b[2J')).toEqual({
      'text/plain': '<img src=x onerror=alert(1)>\nline 2\\x1b[2J',
    });
  });
});

const finding = (severity: Finding['severity'], summary: string): Finding => ({
  detector: 'token-replay',
  severity,
  userPrincipalName: 'alice@contoso.com',
  ipAddress: '203.0.113.5',
  first: '2024-05-01T08:00:00.000Z',
  last: '2024-05-01T09:00:00.000Z',
  summary,
  evidence: {
    rows: [{ Id: 'x', CreatedDateTime: '2024-05-01T08:00:00.000Z', Type: 'SigninLogs', City: EVIL[1] }],
    rowCount: 7,
    distanceKm: 5200,
  },
});

describe('findings', () => {
  test('most severe first, coloured by severity, evidence folded, everything escaped', () => {
    const b = findingsBundle([finding('low', 'low one'), finding('high', EVIL[0]), finding('medium', 'medium one')]);
    const html = b['text/html'] as string;
    expectInert(html);
    const order = ['high', 'medium', 'low'].map((s) => html.indexOf(`>${s}</td>`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    expect(html).toContain('<tr style="background:#f8d7da">');
    expect(html).toContain('<details><summary>evidence (7 rows)</summary>');
    expect(html).toContain('>distanceKm</td>');
    expect(html).toContain('1 of 7 evidence rows');
    expect(b['text/plain']).toContain('3 findings (high 1, medium 1, low 1, informational 0)');
  });

  test('show() recognises a finding array and an AnalysisResult', () => {
    expect(plainBundleOf([finding('high', 's')])['text/html']).toContain('1 findings');
    const r = plainBundleOf({ id: 'replay', parameters: {}, rows: [{ IPAddress: '1.2.3.4' }], findings: [], warnings: [EVIL[0]] });
    expectInert(r['text/html'] as string);
    expect(r['text/html']).toContain('⚠ &lt;script&gt;');
    expect(r['text/plain']).toContain('⚠ <script>alert(1)</script>');
    expect(r['text/plain']).toContain('1 rows');
  });
});

describe('charts', () => {
  test('a spec becomes Vega-Lite (under the v5 type, naming the v5 schema) plus a PNG plus text; no SVG', async () => {
    const spec = legacyClientsChart([{ ClientAppUsed: EVIL[0], Successes: 1, Failures: 2 }]);
    const b = await bundleOf(spec);
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
    expect(b[VEGA_LITE_MIME]).toEqual({ ...spec, $schema: 'https://vega.github.io/schema/vega-lite/v5.json' });
    const png = Buffer.from(b['image/png'] as string, 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5000);
    expect(b['image/svg+xml']).toBeUndefined();
    expect(b['text/plain']).toBe('[chart] Sign-ins per client app: success and failure');
  });

  test('the interactive output carries the compiled spec inertly: no tag from the data survives in the script', () => {
    const html = interactiveChartBundle({ data: [{ values: [{ City: '</script><script>alert(1)</script>', App: '$& $1' }] }] }, { runtime: false, id: 'x' })['text/html'] as string;
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('</script><script>alert');
    expect(html).toContain('\\u003c/script\\u003e');
    expect(html).toContain('"App":"$\\u0026 $1"'); // $& kept as text, not expanded by String.replace
    expect(html).not.toContain('vegaEmbed=');
    const withLib = interactiveChartBundle({}, { runtime: true, id: 'y' })['text/html'] as string;
    expect(withLib.length).toBeGreaterThan(400_000);
    expect(withLib).not.toMatch(/<\/script(?![>])/i);
    expect(withLib.match(/<\/script>/g)).toHaveLength(2);
  });
});

describe('show', () => {
  test('a chart is shown at once as Vega-Lite, then updated in place with its PNG, then made interactive', async () => {
    const sent: { data: MimeBundle; metadata: Record<string, unknown>; id?: string; update: boolean }[] = [];
    const writer = (m: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } }, update: boolean) =>
      sent.push({ data: m.data, metadata: m.metadata, id: m.transient.display_id, update });
    const done = show(legacyClientsChart([{ ClientAppUsed: 'IMAP4', Successes: 1, Failures: 2 }]), { writer });
    expect(sent).toHaveLength(1); // before any await: nothing lost when the caller forgets to await
    expect(Object.keys(sent[0].data).sort()).toEqual([VEGA_LITE_MIME, 'text/plain']);
    expect(sent[0].data['text/plain']).toContain('await show(...)');
    await done;
    expect(sent).toHaveLength(3);
    expect(sent[1].update).toBe(true);
    expect(sent[1].id).toBe(sent[0].id);
    expect(Object.keys(sent[1].data).sort()).toEqual(['image/png', VEGA_LITE_MIME, 'text/plain'].sort());
    // drawn at 2x for sharpness, displayed at the chart's own size
    expect(sent[1].metadata).toEqual({ 'image/png': { width: expect.any(Number), height: expect.any(Number) } });
    const png = Buffer.from(sent[1].data['image/png'] as string, 'base64');
    expect(png.readUInt32BE(16)).toBe(2 * (sent[1].metadata['image/png'] as { width: number }).width);
    expect(sent[2].update).toBe(false);
    expect(sent[2].data['text/html']).toContain('class="signinlab-interactive"');
  });

  test('anything else is published before show() returns; outside a kernel it prints text', () => {
    const printed: string[] = [];
    expect(show([{ IPAddress: '1.2.3.4' }], { writer: null, print: (s) => printed.push(s) })).toBeUndefined();
    expect(printed).toEqual(['1 rows\nIPAddress\n---------\n1.2.3.4']);
  });
});

describe('publish', () => {
  test('in a kernel the whole bundle goes in one display_data message', () => {
    const sent: unknown[] = [];
    const where = publish({ 'text/plain': 'x', 'text/html': '<b>x</b>' }, { writer: (m, u) => sent.push([m, u]) });
    expect(where).toBe('jupyter');
    expect(sent).toEqual([[{ data: { 'text/plain': 'x', 'text/html': '<b>x</b>' }, metadata: {}, transient: {} }, false]]);
  });

  test('outside a kernel the text is printed', () => {
    const printed: string[] = [];
    expect(publish({ 'text/plain': 'hello' }, { writer: null, print: (s) => printed.push(s) })).toBe('console');
    expect(printed).toEqual(['hello']);
  });

  test("tslab's writer is found in the module cache, and only when set", () => {
    const writer = () => undefined;
    const mod = (exports: object) => ({ exports }) as unknown as NodeJS.Module;
    expect(jupyterWriter({ '/p/node_modules/tslab/dist/jupyter.js': mod({ lastWriteDisplayData: writer }) })).toBe(writer);
    expect(jupyterWriter({ '/p/node_modules/tslab/dist/jupyter.js': mod({}) })).toBeNull();
    expect(jupyterWriter({ '/p/other/jupyter.js': mod({ lastWriteDisplayData: writer }) })).toBeNull();
  });
});

describe('progress', () => {
  test('formats rows, bytes and percentages', () => {
    expect(progressLine('f.csv', { rows: 12000, bytes: 5 * 1048576, totalBytes: 20 * 1048576 })).toBe(
      'f.csv: 12,000 rows · 5.0 MB of 20.0 MB (25%)',
    );
    expect(progressLine('q', 42)).toBe('q: 42 rows');
    expect(progressLine('q', { rows: 3, duplicates: 1, rejected: 2, done: true })).toBe('q: 3 rows · 1 duplicates · 2 rejected · done');
    // the file loader's and the live workspace's own progress objects
    expect(progressLine('load', { file: 'SigninLogs.csv', bytes: 1048576, totalBytes: 4 * 1048576, rows: 900 })).toBe(
      'load: SigninLogs.csv · 900 rows · 1.0 MB of 4.0 MB (25%)',
    );
    expect(progressLine('pull', { table: 'SigninLogs', rows: 12000, queries: 3, done: 0.425 })).toBe('pull: SigninLogs · 12,000 rows · 3 queries · 42%');
    expect(progressLine('pull', { table: 'SigninLogs', rows: 12000, queries: 4, done: 1 })).toBe('pull: SigninLogs · 12,000 rows · 4 queries · done');
  });

  test('one display, updated in place; updates closer than the interval are skipped except the last', () => {
    const sent: { m: { data: MimeBundle; transient: { display_id?: string } }; update: boolean }[] = [];
    let t = 0;
    const onProgress = progress('load', { writer: (m, update) => sent.push({ m, update }), now: () => t, minIntervalMs: 100 });
    onProgress(1);
    t = 50;
    onProgress(2); // skipped: too soon
    t = 200;
    onProgress(3);
    t = 210;
    onProgress({ rows: 4, done: true });
    expect(sent.map((s) => [s.m.data['text/plain'], s.update])).toEqual([
      ['load: 1 rows', false],
      ['load: 3 rows', true],
      ['load: 4 rows · done', true],
    ]);
    const ids = new Set(sent.map((s) => s.m.transient.display_id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^signinlab-progress-/);
  });
});

// Compile-time: the loaders' onProgress parameters accept progress() as it is (checked by tsc, not at run time).
const asFileProgress: LoadOptions['onProgress'] = progress('files');
const asPullProgress: PullTableOptions['onProgress'] = progress('workspace');
void asFileProgress;
void asPullProgress;

describe('kqlBlock and details', () => {
  const query = 'SigninLogs // who\n| where UserPrincipalName =~ "</details><script>alert(1)</script>"\n| summarize count() by bin(TimeGenerated, 1h)';
  const unescape = (html: string) =>
    html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  test('folded by default, says how long it is, and the highlighted code reads back as the query exactly', () => {
    const b = kqlBlock(query, 'hostile user');
    const html = b['text/html'] as string;
    expect(html.startsWith('<details class="signinlab-kql"><summary')).toBe(true);
    expect(html).toContain('KQL: hostile user (3 lines; click to show, then Copy)');
    const code = html.slice(html.indexOf('<code>') + 6, html.indexOf('</code>'));
    expect(unescape(code)).toBe(query);
    expect(code).toContain('<span style="color:#d73a49;font-weight:bold">where</span>');
    expect(code).toContain('<span style="color:#6a737d;font-style:italic">// who</span>');
    expect(html.match(/<script/g)).toBeNull();
    expect(html.match(/<\/details>/g)).toHaveLength(1);
    expect(b['text/plain']).toBe(query);
    expect(kqlBlock(query, 'x', { open: true })['text/html']).toContain('<details class="signinlab-kql" open>');
  });

  test('details() folds any display under an escaped summary', () => {
    const b = details('<b>codes</b>', [{ ResultType: '50126', Meaning: EVIL[0] }]);
    const html = b['text/html'] as string;
    expect(html.startsWith('<details><summary style="cursor:pointer;color:#57606a">&lt;b&gt;codes&lt;/b&gt;</summary>')).toBe(true);
    expectInert(html.replace(/<\/?(details|summary)[^>]*>/g, ''));
    expect(html).toContain('50126');
    expect(b['text/plain']).toContain('<b>codes</b>');
  });
});

describe('key columns first', () => {
  test('result rows shown without `columns` start with the verdict, then who and where; the rest keep their order', () => {
    const rows = [{ RefreshCity: 'Lagos', UserPrincipalName: 'a@contoso.com', DistanceKm: 5200, Reasons: 'far; concurrent', Score: 80, Severity: 'high', Extra: 1 }];
    const head = (plainBundleOf(rows)['text/plain'] as string).split('\n')[1];
    expect(head.split(/\s+/)).toEqual(['Severity', 'Score', 'Reasons', 'UserPrincipalName', 'RefreshCity', 'DistanceKm', 'Extra']);
    // an explicit column list is kept as given
    expect((plainBundleOf(rows, { columns: ['Extra', 'Score'] })['text/plain'] as string).split('\n')[1].split(/\s+/)).toEqual(['Extra', 'Score']);
  });
});

test('rows without a verdict keep their own column order', () => {
  const head = (plainBundleOf([{ Scenario: 's', IPAddress: '1.2.3.4', UserPrincipalName: 'u' }])['text/plain'] as string).split('\n')[1];
  expect(head.split(/\s+/)).toEqual(['Scenario', 'IPAddress', 'UserPrincipalName']);
});
