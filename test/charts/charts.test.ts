import { compileSpec, legacyClientsChart, renderSvg, userTimelineChart } from '../../src/charts';
import { allCharts } from './fixtures';
import { expectGolden } from './golden';

const charts = allCharts();

describe('chart specs', () => {
  test.each(Object.keys(charts))('%s matches its golden file', (name) => {
    expectGolden(name, charts[name]);
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
  test('the user timeline labels 08:00 UTC as 08:00', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const svg = await renderSvg(charts['user-timeline-ip']);
      expect(svg).toContain('>05-01 08:00<');
    } finally {
      process.env.TZ = saved;
    }
  });
});
