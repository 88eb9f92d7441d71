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
