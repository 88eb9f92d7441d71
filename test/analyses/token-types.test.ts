import { tokenTypes } from '../../src/analyses/token-types';
import { table, times, type TestRow } from '../rows';

const ni = { IsInteractive: false };
const rows: TestRow[] = [
  ...times(3, (i) => ({ at: `2025-06-02T08:0${i}:00Z`, ...ni, UserPrincipalName: 'alice@contoso.com', AppDisplayName: 'Teams', IncomingTokenType: 'refreshToken' })),
  { at: '2025-06-02T09:00:00Z', ...ni, UserPrincipalName: 'alice@contoso.com', AppDisplayName: 'Teams', IncomingTokenType: 'Primary Refresh Token' },
  { at: '2025-06-02T09:01:00Z', ...ni, UserPrincipalName: 'bob@contoso.com', AppDisplayName: 'Outlook', IncomingTokenType: 'primaryRefreshToken' },
  { at: '2025-06-02T09:02:00Z', ...ni, UserPrincipalName: 'bob@contoso.com', AppDisplayName: 'Outlook', IncomingTokenType: '' },
  { at: '2025-06-02T09:03:00Z', UserPrincipalName: 'bob@contoso.com', AppDisplayName: 'Outlook', IncomingTokenType: 'none' },
  { at: '2025-06-02T09:04:00Z', UserPrincipalName: 'carol@contoso.com', AppDisplayName: 'Outlook', IncomingTokenType: 'futureToken' },
];

describe('token-types', () => {
  const res = tokenTypes.run(table(rows));

  test('per table and normalised type, with share and replay weight', () => {
    expect(res.rows.map((r) => [r.Type, r.IncomingTokenType, r.SignIns, r.Users, r.ReplayWeight])).toEqual([
      ['AADNonInteractiveUserSignInLogs', 'refreshToken', 3, 1, 2],
      ['AADNonInteractiveUserSignInLogs', 'primaryRefreshToken', 2, 2, 3],
      ['AADNonInteractiveUserSignInLogs', '', 1, 1, 0],
      ['SigninLogs', 'none', 1, 1, 0],
      ['SigninLogs', 'futureToken', 1, 1, 0],
    ]);
    expect(res.rows[0].Share).toBeCloseTo(0.5);
    expect(res.rows[2].Label).toBe('(not recorded)');
    expect(res.warnings[0]).toContain('1 sign-ins carry no IncomingTokenType');
  });

  test('PRT vs refresh token share per table and per user × app', () => {
    expect(res.tables!.prtVsRefresh).toContainEqual({ Type: 'AADNonInteractiveUserSignInLogs', PrimaryRefreshToken: 2, RefreshToken: 3, PrtShare: 0.4 });
    const aliceTeams = res.tables!.perUserApp.find((r) => r.UserPrincipalName === 'alice@contoso.com');
    expect(aliceTeams).toMatchObject({ AppDisplayName: 'Teams', SignIns: 4, PrimaryRefreshToken: 1, RefreshToken: 3, PrtShare: 0.25 });
    const bob = res.tables!.perUserApp.find((r) => r.UserPrincipalName === 'bob@contoso.com');
    expect(bob).toMatchObject({ SignIns: 3, PrimaryRefreshToken: 1, NotRecorded: 1, Other: 1, PrtShare: 1 });
  });

  test('the per user × app table can be switched off', () => {
    expect(tokenTypes.run(table(rows), { perUserApp: false }).tables!.perUserApp).toBeUndefined();
  });
});
