/** Scoring against labels about a source (sprays) and per scenario kind. */
import { evaluate, findingMatches, scoreKinds } from '../../src/findings/evaluate';
import type { Finding } from '../../src/findings/finding';
import type { ScenarioLabel, TenantLabels } from '../../src/sources/synthetic/labels';

const label = (l: Partial<ScenarioLabel> & Pick<ScenarioLabel, 'id' | 'scenario' | 'detector' | 'expect'>): ScenarioLabel => ({
  first: '2026-01-05T01:00:00Z',
  last: '2026-01-05T05:00:00Z',
  eventIds: ['x'],
  description: '',
  ...l,
});

const finding = (f: Partial<Finding> & { ips?: string[] }): Finding => ({
  detector: 'password-spray',
  severity: 'high',
  first: '2026-01-05T02:00:00Z',
  last: '2026-01-05T03:00:00Z',
  summary: '',
  ...f,
  evidence: { rows: (f.ips ?? []).map((ip, i) => ({ Id: String(i), CreatedDateTime: '2026-01-05T02:00:00Z', Type: 'SigninLogs', IPAddress: ip })), rowCount: f.ips?.length ?? 0, ...f.evidence },
});

const distributed = label({ id: 'd', scenario: 'password-spray-distributed', detector: 'password-spray', expect: 'alert', ipAddress: '198.51.100.1', ipAddresses: ['198.51.100.1', '198.51.100.2', '198.51.100.3'], autonomousSystemNumber: 64500 });
const quiet = label({ id: 'd-not-legacy-auth', scenario: 'password-spray-distributed', detector: 'legacy-auth', expect: 'no-alert', ipAddress: '198.51.100.1', ipAddresses: ['198.51.100.1', '198.51.100.2', '198.51.100.3'] });

describe('matching a label about a source', () => {
  test('a spray is found by any of its addresses, its ASN, or a finding whose evidence comes from it', () => {
    expect(findingMatches(finding({ ipAddress: '198.51.100.2' }), distributed)).toBe(true);
    expect(findingMatches(finding({ evidence: { rows: [], rowCount: 0, autonomousSystemNumber: '64500' } }), distributed)).toBe(true);
    expect(findingMatches(finding({ ips: ['203.0.113.7', '198.51.100.3'] }), distributed)).toBe(true);
    expect(findingMatches(finding({ ipAddress: '203.0.113.7', ips: ['203.0.113.7'] }), distributed)).toBe(false);
    expect(findingMatches(finding({ ipAddress: '198.51.100.2', first: '2026-01-06T00:00:00Z', last: '2026-01-06T01:00:00Z' }), distributed)).toBe(false);
  });

  test('a look-alike about a source is raised only by a finding about that source, not by one that cites a row of it as context', () => {
    const perAccount = finding({ detector: 'legacy-auth', userPrincipalName: 'eve@contoso.com', ips: ['198.51.100.1', '198.51.100.3'] });
    const compromise = finding({ detector: 'legacy-auth', userPrincipalName: 'eve@contoso.com', ips: ['192.0.2.50', '192.0.2.50', '198.51.100.1'] });
    expect(findingMatches(perAccount, quiet)).toBe(true);
    expect(findingMatches(finding({ detector: 'legacy-auth', ipAddress: '198.51.100.2' }), quiet)).toBe(true);
    expect(findingMatches(compromise, quiet)).toBe(false);
  });
});

describe('scores per scenario kind', () => {
  const labels: TenantLabels = {
    generator: { seed: 1, users: 2, days: 1, start: '2026-01-05T00:00:00Z', version: 'test' },
    scenarios: [
      distributed,
      quiet,
      label({ id: 'c', scenario: 'lookalike-carrier-switch', detector: 'token-replay', expect: 'no-alert', userPrincipalName: 'bob@contoso.com' }),
      label({ id: 'r', scenario: 'token-replay-refresh', detector: 'token-replay', expect: 'alert', userPrincipalName: 'ann@contoso.com' }),
    ],
  };
  const findings = [
    finding({ ipAddress: '198.51.100.1' }), // finds the spray
    finding({ detector: 'legacy-auth', userPrincipalName: 'eve@contoso.com', ips: ['198.51.100.2'] }), // the spray as a per-account legacy alert
    finding({ detector: 'token-replay', userPrincipalName: 'bob@contoso.com' }), // the phone raised
    finding({ detector: 'token-replay', userPrincipalName: 'zed@contoso.com' }), // matches no label: no kind
  ];

  test('right and wrong alerts, recall, and look-alikes raised, per kind', () => {
    const kinds = Object.fromEntries(scoreKinds(findings, labels).map((k) => [k.kind, k]));
    expect(kinds['password-spray-distributed']).toMatchObject({ rightAlerts: 1, wrongAlerts: 1, precision: 0.5, labels: 1, found: 1, recall: 1, quietLabels: 1, raised: 1 });
    expect(kinds['lookalike-carrier-switch']).toMatchObject({ rightAlerts: 0, wrongAlerts: 1, precision: 0, labels: 0, recall: 1, quietLabels: 1, raised: 1 });
    expect(kinds['token-replay-refresh']).toMatchObject({ rightAlerts: 0, wrongAlerts: 0, precision: 1, labels: 1, found: 0, recall: 0 });
    expect(evaluate(findings, labels).kinds).toEqual(scoreKinds(findings, labels));
  });

  test('informational findings are not alerts', () => {
    const kinds = evaluate([finding({ ipAddress: '198.51.100.1', severity: 'informational' })], labels).kinds;
    expect(kinds.find((k) => k.kind === 'password-spray-distributed')).toMatchObject({ found: 0, rightAlerts: 0 });
  });
});

describe('matching: the shapes our findings take', () => {
  test('a spray found by the addresses it lists or the network it names', () => {
    expect(findingMatches(finding({ ipAddress: '203.0.113.9', ipAddresses: ['203.0.113.9', '198.51.100.3'] }), distributed)).toBe(true);
    expect(findingMatches(finding({ ipAddress: '203.0.113.9', network: { asn: '64500', name: 'AS64500', class: 'hosting' } }), distributed)).toBe(true);
    expect(findingMatches(finding({ ipAddress: '203.0.113.9', network: { asn: '64501', name: 'AS64501', class: 'hosting' } }), distributed)).toBe(false);
  });

  test('a second of slack for formats that keep whole seconds of a 7-digit label time', () => {
    const one = label({ id: 'o', scenario: 'password-spray', detector: 'password-spray', expect: 'alert', ipAddress: '198.51.100.9', first: '2026-01-05T02:00:00.6543210Z', last: '2026-01-05T02:00:00.6543210Z' });
    expect(findingMatches(finding({ ipAddress: '198.51.100.9', first: '2026-01-05T02:00:00Z', last: '2026-01-05T02:00:00Z' }), one)).toBe(true);
    expect(findingMatches(finding({ ipAddress: '198.51.100.9', first: '2026-01-05T01:59:58Z', last: '2026-01-05T01:59:58Z' }), one)).toBe(false);
  });

  test('an alert another label expects is no look-alike failure', () => {
    const mallory = { userPrincipalName: 'mallory@contoso.com' };
    const labels: TenantLabels = {
      generator: { seed: 1, users: 1, days: 1, start: '2026-01-05T00:00:00Z', version: 'test' },
      scenarios: [
        label({ id: 'client', scenario: 'legacy-auth', detector: 'legacy-auth', expect: 'alert', ...mallory }),
        label({ id: 'victim', scenario: 'password-spray', detector: 'legacy-auth', expect: 'no-alert', ...mallory }),
      ],
    };
    const e = evaluate([finding({ detector: 'legacy-auth', ...mallory })], labels);
    expect(e.lookalikeFailures).toEqual([]);
    expect(e.detectors.find((d) => d.detector === 'legacy-auth')).toMatchObject({ precision: 1, recall: 1 });
    const orphan = evaluate([finding({ detector: 'legacy-auth', ...mallory })], { ...labels, scenarios: [labels.scenarios[1]] });
    expect(orphan.lookalikeFailures.map((x) => x.label)).toEqual(['victim']);
  });
});
