import { authMethods } from '../../src/analyses/auth-methods';
import { table, times, type TestRow } from '../rows';

const rows: TestRow[] = [
  // interactive: 2 password+push, 1 FIDO2 (alice), 1 passkey (bob, odd casing), 1 failed password (not counted)
  ...times(2, (i) => ({ at: `2025-06-02T08:0${i}:00Z`, UserPrincipalName: 'carol@contoso.com', AuthenticationMethods: 'Password, Mobile app notification' })),
  { at: '2025-06-02T09:00:00Z', UserPrincipalName: 'alice@contoso.com', AuthenticationMethods: 'FIDO2 security key' },
  { at: '2025-06-02T09:05:00Z', UserPrincipalName: 'bob@contoso.com', AuthenticationMethods: 'passkey (device-bound)' },
  { at: '2025-06-02T09:10:00Z', UserPrincipalName: 'dave@contoso.com', AuthenticationMethods: 'Password', ResultType: '50126' },
  // non-interactive: 3 FIDO2 refresh-token sign-ins for alice, 4 token-claim refreshes
  ...times(3, (i) => ({ at: `2025-06-02T10:0${i}:00Z`, UserPrincipalName: 'alice@contoso.com', AuthenticationMethods: 'FIDO2 security key', IsInteractive: false })),
  ...times(4, (i) => ({ at: `2025-06-02T11:0${i}:00Z`, UserPrincipalName: 'carol@contoso.com', AuthenticationMethods: 'Previously satisfied', IsInteractive: false })),
];

describe('auth-methods', () => {
  const res = authMethods.run(table(rows));

  test('counts per table and method, canonical names, failures left out', () => {
    expect(res.rows.map((r) => [r.Type, r.AuthenticationMethod, r.SignIns, r.Users, r.PhishingResistant])).toEqual([
      ['AADNonInteractiveUserSignInLogs', 'Previously satisfied', 4, 1, false],
      ['AADNonInteractiveUserSignInLogs', 'FIDO2 security key', 3, 1, true],
      ['SigninLogs', 'Mobile app notification', 2, 1, false],
      ['SigninLogs', 'Password', 2, 1, false],
      ['SigninLogs', 'FIDO2 security key', 1, 1, true],
      ['SigninLogs', 'Passkey (device-bound)', 1, 1, true],
    ]);
  });

  test('SigninLogs alone undercounts FIDO2: 3 of 4 FIDO2 sign-ins are non-interactive', () => {
    const fido = res.tables!.undercount.find((r) => r.AuthenticationMethod === 'FIDO2 security key')!;
    expect(fido).toMatchObject({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 3, Total: 4, MissedByInteractiveOnly: 3, MissedShare: 0.75 });
    expect(res.warnings[0]).toContain('misses 3 of 5 phishing-resistant sign-ins (60%)');
  });

  test('phishing-resistant share per table counts credential sign-ins only', () => {
    const by = Object.fromEntries(res.tables!.perTable.map((r) => [r.Type, r]));
    expect(by.SigninLogs).toMatchObject({ SignIns: 4, CredentialSignIns: 4, PhishingResistantSignIns: 2, PhishingResistantShare: 0.5, UsersWithPhishingResistant: 2 });
    expect(by.AADNonInteractiveUserSignInLogs).toMatchObject({ SignIns: 7, CredentialSignIns: 3, PhishingResistantSignIns: 3, PhishingResistantShare: 1 });
    expect(by.both).toMatchObject({ SignIns: 11, CredentialSignIns: 7, PhishingResistantSignIns: 5, Users: 3 });
  });

  test('successOnly false counts the failed password too', () => {
    const all = authMethods.run(table(rows), { successOnly: false });
    expect(all.rows.find((r) => r.Type === 'SigninLogs' && r.AuthenticationMethod === 'Password')!.SignIns).toBe(3);
  });
});
