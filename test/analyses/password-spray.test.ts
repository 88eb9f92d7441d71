import { passwordSpray, slidingPeak } from '../../src/analyses/password-spray';
import { table, times, type TestRow } from '../rows';

const SPRAY = '185.220.101.7';
const min = (m: number) => new Date(Date.parse('2025-06-02T10:00:00Z') + m * 60_000).toISOString();

/** Six accounts, one wrong password each, two minutes apart from one IP; then frank's password works (MFA prompt). */
const spray: TestRow[] = [
  ...times(6, (i) => ({ at: min(i * 2), UserPrincipalName: `user${i}@contoso.com`, IPAddress: SPRAY, ResultType: i === 3 ? '50053' : '50126' })),
  { at: min(30), UserPrincipalName: 'user5@contoso.com', IPAddress: SPRAY, ResultType: '50074' },
];
/** A user mistyping three times then getting in, from home. */
const typo: TestRow[] = [
  ...times(3, (i) => ({ at: min(i), UserPrincipalName: 'gina@contoso.com', IPAddress: '198.51.100.20', ResultType: '50126' })),
  { at: min(4), UserPrincipalName: 'gina@contoso.com', IPAddress: '198.51.100.20' },
];
/** An office NAT: two colleagues mistype, many sign in fine. */
const office: TestRow[] = [
  { at: min(1), UserPrincipalName: 'hal@contoso.com', IPAddress: '192.0.2.1', ResultType: '50126' },
  { at: min(2), UserPrincipalName: 'ivy@contoso.com', IPAddress: '192.0.2.1', ResultType: '50126' },
  ...times(4, (i) => ({ at: min(3 + i), UserPrincipalName: `staff${i}@contoso.com`, IPAddress: '192.0.2.1' })),
];

describe('password-spray', () => {
  test('six accounts in ten minutes from one IP, then an accepted password: one high finding', () => {
    const res = passwordSpray.run(table([...spray, ...typo, ...office]));
    expect(res.findings).toHaveLength(1);
    const f = res.findings[0];
    expect(f).toMatchObject({ detector: 'password-spray', severity: 'high', ipAddress: SPRAY, first: min(0), last: min(30) });
    expect(f.evidence).toMatchObject({ peakAccounts: 6, accounts: 6, rowCount: 6, accountsAcceptedAfterFailure: ['user5@contoso.com'] });
    expect(f.evidence.rows[0]).toMatchObject({ ResultType: '50074', UserPrincipalName: 'user5@contoso.com' });
    expect(f.evidence.rows).toHaveLength(7);
    const row = res.rows.find((r) => r.IPAddress === SPRAY)!;
    expect(row).toMatchObject({ PeakAccounts: 6, Failures: 6, FailureCodes: ['50053', '50126'], AcceptedAccounts: 1, Breached: true });
  });

  test('a user mistyping their password is no spray and not even a row', () => {
    const res = passwordSpray.run(table(typo));
    expect(res.rows).toEqual([]);
    expect(res.findings).toEqual([]);
  });

  test('two colleagues failing from the office IP is a row under the threshold, no finding', () => {
    const res = passwordSpray.run(table(office));
    expect(res.rows).toHaveLength(1);
    expect(res.rows[0]).toMatchObject({ PeakAccounts: 2, Breached: false, AcceptedAccounts: 4 });
    expect(res.findings).toEqual([]);
  });

  test('without an accepted password the spray is medium', () => {
    const res = passwordSpray.run(table(spray.slice(0, 6)));
    expect(res.findings.map((f) => f.severity)).toEqual(['medium']);
  });

  test('the same accounts spread over hours stay under the window', () => {
    const slow = times(6, (i) => ({ at: min(i * 40), UserPrincipalName: `user${i}@contoso.com`, IPAddress: SPRAY, ResultType: '50126' }));
    const res = passwordSpray.run(table(slow));
    expect(res.rows[0].PeakAccounts).toBe(1);
    expect(res.findings).toEqual([]);
    expect(passwordSpray.run(table(slow), { windowMinutes: 240 }).findings).toHaveLength(1);
  });

  test('a busy IP where more accounts succeed than fail is informational', () => {
    const busy = [...spray.slice(0, 6), ...times(7, (i) => ({ at: min(40 + i), UserPrincipalName: `ok${i}@contoso.com`, IPAddress: SPRAY }))];
    const res = passwordSpray.run(table(busy));
    expect(res.findings.map((f) => f.severity)).toEqual(['informational']);
    expect(passwordSpray.run(table(busy), { requireMoreFailedThanAcceptedAccounts: false }).findings[0].severity).toBe('high');
  });

  test('failures without an IP are left out of the per-IP counts, with a warning', () => {
    const res = passwordSpray.run(table(times(6, (i) => ({ at: min(i), UserPrincipalName: `u${i}@contoso.com`, IPAddress: '', ResultType: '50126' }))));
    expect(res.rows).toEqual([]);
    expect(res.warnings).toEqual(['6 password failures have no IPAddress and were left out of the per-IP counts.']);
  });

  test('slidingPeak counts distinct keys inside the window', () => {
    const t = [0, 1, 2, 10, 11];
    const key = [1, 1, 2, 3, 4];
    expect(slidingPeak([0, 1, 2, 3, 4], (k) => t[k], (k) => key[k], 2)).toEqual({ accounts: 2, start: 0 });
    expect(slidingPeak([0, 1, 2, 3, 4], (k) => t[k], (k) => key[k], 10)).toEqual({ accounts: 4, start: 1 });
  });
});

describe('password-spray at three speeds', () => {
  const hour = (h: number) => new Date(Date.parse('2025-06-02T00:00:00Z') + h * 3_600_000).toISOString();
  const failure = (at: string, user: string, ip: string, more: Partial<TestRow> = {}): TestRow => ({ at, UserPrincipalName: user, IPAddress: ip, ResultType: '50126', ...more });

  test('low-and-slow: one IP, thirty accounts, one attempt every 40 minutes over IMAP: one finding that says whose threshold', () => {
    const slow = times(30, (i) => failure(hour(i * 0.66), `user${i}@contoso.com`, SPRAY, { ClientAppUsed: 'IMAP4', AutonomousSystemNumber: '9009' }));
    const res = passwordSpray.run(table(slow));
    expect(res.findings).toHaveLength(1);
    const f = res.findings[0];
    expect(f).toMatchObject({ severity: 'medium', ipAddress: SPRAY });
    expect(f.evidence).toMatchObject({ speed: 'low-and-slow', peakAccounts: 1, clientApps: ['IMAP4'] });
    expect(f.summary).toMatch(/^low-and-slow password spray from 185\.220\.101\.7 \(AS9009 \(M247 Europe SRL\)\): \d+ accounts failed within 24 hours \(low-and-slow: 10, after Sentinel's ADFS spray rule\)/);
  });

  test('distributed over one ASN: eight addresses, two accounts each, none a spray alone', () => {
    const ips = times(8, (i) => `159.89.${i}.9`);
    const spread = ips.flatMap((ip, i) => [0, 1].map((j) => failure(hour(i + j * 0.2), `v${i * 2 + j}@contoso.com`, ip, { AutonomousSystemNumber: '14061' })));
    const res = passwordSpray.run(table(spread));
    const alerts = res.findings.filter((f) => f.severity !== 'informational');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].evidence).toMatchObject({ speed: 'distributed', source: 'AutonomousSystemNumber', accounts: 16 });
    expect(alerts[0].ipAddresses).toHaveLength(8);
    expect(alerts[0].network).toMatchObject({ asn: '14061', class: 'hosting' });
  });

  test('distributed by one user agent over addresses of many networks', () => {
    const spread = times(12, (i) => failure(hour(i), `w${i}@contoso.com`, `203.0.113.${i + 1}`, { AutonomousSystemNumber: String(64500 + i), UserAgent: 'BAV2ROPC' }));
    const f = passwordSpray.run(table(spread)).findings;
    expect(f).toHaveLength(1);
    expect(f[0].evidence).toMatchObject({ speed: 'distributed', source: 'UserAgent', userAgent: 'BAV2ROPC' });
  });

  test('a big ISP where a dozen people mistype and then get in from their own homes is no spray', () => {
    const homes = times(12, (i) => [
      failure(hour(8 + i * 0.5), `staff${i}@contoso.com`, `73.53.${i}.20`, { AutonomousSystemNumber: '7922', UserAgent: 'Mozilla/5.0 Chrome' }),
      { at: hour(8 + i * 0.5 + 0.01), UserPrincipalName: `staff${i}@contoso.com`, IPAddress: `73.53.${i}.20`, AutonomousSystemNumber: '7922', UserAgent: 'Mozilla/5.0 Chrome' },
    ]).flat();
    expect(passwordSpray.run(table(homes)).findings).toEqual([]);
  });

  test('a spray whose source is reported alone is not reported again by its ASN', () => {
    const burst = times(6, (i) => failure(min(i), `user${i}@contoso.com`, SPRAY, { AutonomousSystemNumber: '9009' }));
    const res = passwordSpray.run(table(burst));
    expect(res.findings.map((f) => f.evidence.speed)).toEqual(['burst']);
  });
});
