import * as path from 'node:path';
import { chartFontFiles, compileSpec, legacyClientsChart, renderPng, renderSvg, svgToPng, userTimelineChart } from '../../src/charts';
import { allCharts, forGolden } from './fixtures';
import { expectGolden } from './golden';

const charts = allCharts();

describe('chart specs', () => {
  test.each(Object.keys(charts))('%s matches its golden file', (name) => {
    expectGolden(name, forGolden(charts[name]));
  });

  test.each(Object.keys(charts))('%s compiles with vega-lite without warnings', async (name) => {
    const { warnings } = await compileSpec(charts[name]);
    expect(warnings).toEqual([]);
  });

  test('the same input gives the same spec (no clock, no randomness)', () => {
    expect(JSON.stringify(allCharts())).toBe(JSON.stringify(charts));
  });
});

describe('rendered SVG', () => {
  const marks: Record<string, RegExp> = {
    'volume-hourly': /class="mark-line role-mark/,
    'volume-daily-log': /class="mark-symbol role-mark/,
    'ratio-per-user': /class="mark-rect role-mark/,
    'replay-pairs': /class="mark-symbol role-mark/,
    'legacy-clients': /class="mark-rect role-mark/,
    'failure-codes': /class="mark-rect role-mark/,
    'auth-methods': /class="mark-rect role-mark/,
    'user-timeline-ip': /class="mark-symbol role-mark/,
    'user-timeline-app': /class="mark-symbol role-mark/,
    'sign-in-map': /class="mark-symbol role-mark/,
    'replay-map': /class="mark-line role-mark/,
  };

  test.each(Object.keys(charts))('%s renders to an SVG with its marks', async (name) => {
    const svg = await renderSvg(charts[name]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(marks[name]);
  });

  test('ratio chart draws one bar per finite ratio and the three threshold rules', async () => {
    const svg = await renderSvg(charts['ratio-per-user']);
    const rect = svg.match(/<g class="mark-rect role-mark[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
    expect(rect.match(/<path/g)).toHaveLength(3);
    const rule = svg.match(/<g class="mark-rule role-mark[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
    expect(rule.match(/<line/g)).toHaveLength(3);
  });

  test('text from sign-ins cannot inject markup into the SVG', async () => {
    const evil = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "javascript:alert('3')"];
    const svg = await renderSvg(
      legacyClientsChart(evil.map((ClientAppUsed) => ({ ClientAppUsed, Successes: 1, Failures: 1 }))),
    );
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&lt;img src=x onerror=alert(2)&gt;');
    // the javascript: text is drawn as text, never as an attribute value vega would follow
    expect(svg).not.toMatch(/(href|src)="javascript:/i);
    const timeline = await renderSvg(
      userTimelineChart([
        { CreatedDateTime: Date.UTC(2024, 0, 1), Type: 'SigninLogs', IPAddress: '<svg onload=alert(4)>', AppDisplayName: 'x', ResultType: '0' },
      ]),
    );
    expect(timeline).not.toMatch(/<svg onload/i);
    expect(timeline).toContain('&lt;svg onload=alert(4)&gt;');
  });
});

describe('time axes are UTC whatever the machine time zone', () => {
  test('the user timeline labels 09:00 UTC as 09:00', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const svg = await renderSvg(charts['user-timeline-ip']);
      expect(svg).toContain('>05-01 09:00<');
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('rendered PNG', () => {
  test.each(Object.keys(charts))('%s renders to a PNG of the chart size at twice the pixels', async (name) => {
    const { png, width, height, scale } = await renderPng(charts[name]);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(scale).toBe(2);
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    expect(width).toBeGreaterThan(300);
  });

  test('text is drawn with the bundled DejaVu Sans, whatever fonts the machine has (system fonts are not read)', () => {
    expect(chartFontFiles().map((f) => path.basename(f))).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="28" font-family="sans-serif" font-size="20">${text}</text></svg>`;
    const blank = svgToPng(svg(''), { scale: 1 }).png;
    const written = svgToPng(svg('Sign-ins 0123'), { scale: 1 }).png;
    // a PNG of white compresses to almost nothing; glyphs add entropy (no font found would leave it blank)
    expect(written.length).toBeGreaterThan(blank.length + 300);
  });
});
