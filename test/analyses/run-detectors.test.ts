import { evaluate } from '../../src/findings/evaluate';
import type { Finding } from '../../src/findings/finding';
import { formatFindings } from '../../src/findings/format-findings';
import { parseOverrides } from '../../src/analyses/parse-overrides';
import { detect, runDetectors } from '../../src/analyses/run-detectors';
import type { TenantLabels } from '../../src/sources/synthetic/labels';
import { PLACES, signIn, table } from '../rows';

const alice = 'alice@contoso.com';
const home = { IPAddress: '198.51.100.10', AutonomousSystemNumber: '2856', ...PLACES.london };
const thief = { IPAddress: '203.0.113.50', AutonomousSystemNumber: '4804', ...PLACES.sydney };
const replay = table([
  signIn(alice, '2026-01-05T09:00', true, home),
  signIn(alice, '2026-01-05T09:30', false, thief),
  signIn(alice, '2026-01-05T09:40', false, home),
  signIn('bob@contoso.com', '2026-01-05T08:00', true, { IPAddress: '192.0.2.9', AutonomousSystemNumber: '2856', ...PLACES.london }),
  signIn('bob@contoso.com', '2026-01-05T08:30', false, { IPAddress: '198.51.100.88', AutonomousSystemNumber: '5089', ...PLACES.londonEast }),
]);

const finding = (over: Partial<Finding>): Finding => ({
  detector: 'token-replay',
  severity: 'high',
  userPrincipalName: alice,
  first: '2026-01-05T09:00:00.000Z',
  last: '2026-01-05T10:00:00.000Z',
  summary: '',
  evidence: { rows: [], rowCount: 0 },
  ...over,
});

describe('runDetectors', () => {
  test('runs every detector and sorts by severity, then time', () => {
    const fs = runDetectors(replay);
    // alice (no device, no session id: her first sign-in's place is her baseline): the person in London and Sydney
    // within 30 minutes (+30), at the same time (+15), a new network (+10) in a new country (+10) = 65: medium.
    // bob: a second London ISP 6 km away, nothing at once: informational. No other detector has anything to say.
    expect(fs.map((f) => [f.detector, f.severity, f.userPrincipalName])).toEqual([
      ['token-replay', 'medium', alice],
      ['token-replay', 'informational', 'bob@contoso.com'],
    ]);
  });

  test('overrides by analysis or detector id; unknown ids refused', () => {
    expect(runDetectors(replay, { 'token-replay': { excludedIpRanges: ['203.0.113.0/24'] } }).filter((f) => f.userPrincipalName === alice)).toEqual([]);
    expect(detect(replay, { 'high-volume-ratio': { suspicious: 1 } }).findings.some((f) => f.detector === 'high-volume-ratio')).toBe(false); // minEvents 100 still applies
    expect(() => runDetectors(replay, { 'no-such': {} })).toThrow('unknown analysis or detector "no-such"');
  });
});

describe('evaluate', () => {
  const labels: TenantLabels = {
    generator: { seed: 1, users: 2, days: 1, start: '2026-01-05T00:00:00.000Z', version: 'test' },
    scenarios: [
      { id: 'r1', scenario: 'token-replay-refresh', detector: 'token-replay', expect: 'alert', userPrincipalName: alice, first: '2026-01-05T09:30:00Z', last: '2026-01-05T09:30:00Z', eventIds: [], description: '' },
      { id: 'r2', scenario: 'token-replay-prt', detector: 'token-replay', expect: 'alert', userPrincipalName: 'carl@contoso.com', first: '2026-01-05T09:30:00Z', last: '2026-01-05T09:30:00Z', eventIds: [], description: '' },
      { id: 'v1', scenario: 'lookalike-vpn-split-tunnel', detector: 'token-replay', expect: 'no-alert', userPrincipalName: 'bob@contoso.com', first: '2026-01-05T08:00:00Z', last: '2026-01-05T09:00:00Z', eventIds: [], description: '' },
      { id: 's1', scenario: 'password-spray', detector: 'password-spray', expect: 'alert', ipAddress: '203.0.113.9', first: '2026-01-05T01:00:00Z', last: '2026-01-05T02:00:00Z', eventIds: [], description: '' },
    ],
  };

  test('precision, recall and look-alike failures by the rules of labels.md', () => {
    const findings = [
      finding({}), // matches r1
      finding({ first: '2026-01-06T09:00:00Z', last: '2026-01-06T10:00:00Z' }), // alice, outside every window: false alert
      finding({ userPrincipalName: 'bob@contoso.com', first: '2026-01-05T08:30:00Z', last: '2026-01-05T08:30:00Z' }), // the look-alike
      finding({ userPrincipalName: 'carl@contoso.com', severity: 'informational' }), // not an alert: r2 stays missed
      finding({ detector: 'password-spray', userPrincipalName: undefined, ipAddress: '203.0.113.9', first: '2026-01-05T01:30:00Z', last: '2026-01-05T03:00:00Z' }),
    ];
    const e = evaluate(findings, labels);
    const replayScore = e.detectors.find((d) => d.detector === 'token-replay')!;
    expect(replayScore).toMatchObject({ alerts: 3, truePositives: 1, precision: 1 / 3, labels: 2, found: 1, recall: 0.5, missed: ['r2'] });
    expect(e.detectors.find((d) => d.detector === 'password-spray')).toMatchObject({ precision: 1, recall: 1 });
    expect(e.lookalikeFailures.map((x) => x.label)).toEqual(['v1']);
  });
});

describe('parseOverrides', () => {
  test('reads values as the type of the default', () => {
    expect(parseOverrides(['token-replay.minDistanceKm=300', 'token-replay.excludedAsns=8075, 16509', 'high-volume-ratio.suspicious=800'])).toEqual({
      'token-replay': { minDistanceKm: 300, excludedAsns: ['8075', '16509'] },
      'volume-ratio': { suspicious: 800 },
    });
  });
  test('refuses what it cannot read', () => {
    expect(() => parseOverrides(['token-replay.minDistanceKm=far'])).toThrow('"far" is not a number');
    expect(() => parseOverrides(['token-replay.speed=3'])).toThrow('has no parameter "speed"');
    expect(() => parseOverrides(['nope.x=1'])).toThrow('no analysis or detector "nope"');
    expect(() => parseOverrides(['minDistanceKm=3'])).toThrow('analysis.parameter=value');
  });
});

describe('formatFindings', () => {
  test('shows control characters and bidi overrides from log text as their code, never obeys them', () => {
    const text = formatFindings([finding({ summary: 'from \u001b[31mSydney\u202e' }), finding({ severity: 'informational' })]);
    expect(text).toContain('2 findings: 1 high, 0 medium, 0 low, 1 informational');
    expect(text).toContain('from \\x1b[31mSydney\\u202e');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('1 informational finding not listed');
  });

  test('every verdict explains itself: reasons, counter-reasons and related findings, escaped', () => {
    const text = formatFindings(
      [finding({ reasons: ['+30 continues the session \u001b]52;c;evil\u0007'], counterReasons: ['not alerted: mobile carrier'], related: ['password-spray:192.0.2.1:x'] }), finding({ severity: 'informational', counterReasons: ['not alerted: the phone'] })],
      { all: true },
    );
    expect(text).toContain('why: +30 continues the session');
    expect(text).toContain('but: not alerted: mobile carrier');
    expect(text).toContain('related: password-spray:192.0.2.1:x');
    expect(text).toContain('but: not alerted: the phone');
    expect(text).not.toContain('\u001b');
  });
});
