import { failureTriage } from '../../src/analyses/failure-triage';
import { table } from '../rows';

const t = table([
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'a@contoso.com' },
  { at: '2025-06-02T08:01:00Z', UserPrincipalName: 'b@contoso.com' },
  { at: '2025-06-02T08:02:00Z', UserPrincipalName: 'a@contoso.com', ResultType: '50126' },
  { at: '2025-06-02T08:03:00Z', UserPrincipalName: 'a@contoso.com', ResultType: '50126' },
  { at: '2025-06-02T08:04:00Z', UserPrincipalName: 'b@contoso.com', ResultType: '50126' },
  { at: '2025-06-02T08:05:00Z', UserPrincipalName: 'c@contoso.com', ResultType: '53003' },
  { at: '2025-06-02T08:06:00Z', UserPrincipalName: 'a@contoso.com', ResultType: '50140', IsInteractive: false },
  { at: '2025-06-02T08:07:00Z', UserPrincipalName: 'a@contoso.com', ResultType: '0', IsInteractive: false },
  { at: '2025-06-02T08:08:00Z', UserPrincipalName: 'a@contoso.com', ResultType: '424242', IsInteractive: false },
]);

describe('failure-triage', () => {
  const res = failureTriage.run(t);

  test('counts per table and code with users, share and catalogue meaning', () => {
    expect(res.rows.map((r) => [r.Type, r.ResultType, r.SignIns, r.Users, r.Category])).toEqual([
      ['AADNonInteractiveUserSignInLogs', '0', 1, 1, 'success'],
      ['AADNonInteractiveUserSignInLogs', '424242', 1, 1, 'unknown'],
      ['AADNonInteractiveUserSignInLogs', '50140', 1, 1, 'benign_interrupt'],
      ['SigninLogs', '50126', 3, 2, 'credentials'],
      ['SigninLogs', '0', 2, 2, 'success'],
      ['SigninLogs', '53003', 1, 1, 'conditional_access'],
    ]);
    const wrongPassword = res.rows.find((r) => r.ResultType === '50126')!;
    expect(wrongPassword.Share).toBeCloseTo(0.5);
    expect(wrongPassword.IsFailure).toBe(true);
    expect(res.rows.find((r) => r.ResultType === '50140')!.InterruptOrBenign).toBe(true);
  });

  test('an uncatalogued code is kept, marked unknown and warned about', () => {
    expect(res.warnings[0]).toContain('424242');
  });

  test('categories roll up per table, and successes can be left out', () => {
    expect(res.tables!.byCategory).toContainEqual({ Type: 'SigninLogs', Category: 'credentials', SignIns: 3 });
    expect(failureTriage.run(t, { includeSuccess: false }).rows.some((r) => r.ResultType === '0')).toBe(false);
    expect(failureTriage.findingsFromRows!(res.rows, res.parameters)).toEqual([]);
  });
});
