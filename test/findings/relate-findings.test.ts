import { detect } from '../../src/analyses/run-detectors';
import { relateFindings } from '../../src/findings/relate-findings';
import type { Finding } from '../../src/findings/finding';
import { table, times } from '../rows';

const SPRAY = '185.220.101.7';
const at = (h: number) => new Date(Date.parse('2025-06-02T08:00:00Z') + h * 3_600_000).toISOString();
/** A low-and-slow IMAP spray against twelve accounts; victim3's password works. */
const rows = [
  ...times(12, (i) => ({ at: at(i * 0.75), UserPrincipalName: `victim${i}@contoso.com`, IPAddress: SPRAY, ClientAppUsed: 'IMAP4', ResultType: '50126', IsInteractive: false })),
  { at: at(10), UserPrincipalName: 'victim3@contoso.com', IPAddress: SPRAY, ClientAppUsed: 'IMAP4', IsInteractive: false },
];

describe('one attack, one finding', () => {
  const { findings } = detect(table(rows));
  const alerts = findings.filter((f) => f.severity !== 'informational');

  test("a spray over IMAP is one alert about its source, plus the account it broke into; its victims' failures are context", () => {
    expect(alerts.map((f) => [f.detector, f.userPrincipalName ?? f.ipAddress, f.severity])).toEqual([
      ['password-spray', SPRAY, 'high'],
      ['legacy-auth', 'victim3@contoso.com', 'high'],
    ]);
    const spray = alerts[0];
    expect(spray.related).toContain(alerts[1].id);
    expect(alerts[1].related).toContain(spray.id);
    const victim = findings.find((f) => f.userPrincipalName === 'victim0@contoso.com')!;
    expect(victim).toMatchObject({ detector: 'legacy-auth', severity: 'informational' });
    expect(victim.counterReasons?.[0]).toMatch(/^not alerted: /);
  });

  test('every finding has an id unique in the run', () => {
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  });
});

describe('relateFindings on hand-made findings', () => {
  const f = (over: Partial<Finding>): Finding => ({ detector: 'token-replay', severity: 'high', first: '2025-06-02T08:00:00Z', last: '2025-06-02T09:00:00Z', summary: '', evidence: { rows: [], rowCount: 0 }, ...over });

  test('a distributed spray relates to a legacy-auth failure finding whose addresses it covers, and downgrades it', () => {
    const spray = f({ detector: 'password-spray', ipAddress: '192.0.2.1', ipAddresses: ['192.0.2.1', '192.0.2.2'], first: '2025-06-02T00:00:00Z', last: '2025-06-02T23:00:00Z' });
    const legacy = f({ detector: 'legacy-auth', severity: 'medium', userPrincipalName: 'a@contoso.com', evidence: { rows: [], rowCount: 1, successes: 0, ipAddresses: ['192.0.2.2'] } });
    const own = f({ detector: 'legacy-auth', severity: 'medium', userPrincipalName: 'b@contoso.com', evidence: { rows: [], rowCount: 1, successes: 0, ipAddresses: ['192.0.2.2', '198.51.100.1'] } });
    relateFindings([spray, legacy, own]);
    expect(legacy.severity).toBe('informational');
    expect(own.severity).toBe('medium'); // one of its addresses is its own: it stays an alert
  });

  test('alerts of different detectors about one account within a day are related; an unrelated user is not', () => {
    const replay = f({ userPrincipalName: 'ann@contoso.com' });
    const volume = f({ detector: 'high-volume-ratio', severity: 'medium', userPrincipalName: 'ANN@contoso.com', first: '2025-06-02T20:00:00Z', last: '2025-06-02T21:00:00Z' });
    const other = f({ detector: 'high-volume-ratio', severity: 'medium', userPrincipalName: 'ben@contoso.com' });
    relateFindings([replay, volume, other]);
    expect(replay.related).toEqual([volume.id]);
    expect(other.related).toBeUndefined();
  });
});
