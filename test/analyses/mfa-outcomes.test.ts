import { groupAttempts, mfaOutcomes } from '../../src/analyses/mfa-outcomes';
import { table, times, type TestRow } from '../rows';

const HOME = '198.51.100.10';
const at = (hhmm: string) => `2025-06-02T${hhmm}:00Z`;
const rows: TestRow[] = [
  // alice: interrupt, then success in the same session a minute later -> completed
  { at: at('10:00'), UserPrincipalName: 'alice@contoso.com', ResultType: '50074', SessionId: 'S1', AppDisplayName: 'Outlook', IPAddress: HOME },
  { at: at('10:01'), UserPrincipalName: 'alice@contoso.com', SessionId: 'S1', AppDisplayName: 'Outlook', IPAddress: HOME },
  // bob: usual IP is HOME; an interrupt from a foreign IP is never completed -> abandoned, unfamiliar
  { at: at('08:00'), UserPrincipalName: 'bob@contoso.com', IPAddress: HOME },
  { at: at('11:00'), UserPrincipalName: 'bob@contoso.com', ResultType: '50074', IPAddress: '203.0.113.99', AppDisplayName: 'OfficeHome', SessionId: 'B9' },
  // carol: walks away from a prompt at her usual IP -> abandoned, familiar
  { at: at('08:00'), UserPrincipalName: 'carol@contoso.com', IPAddress: HOME, AppDisplayName: 'Teams' },
  { at: at('11:00'), UserPrincipalName: 'carol@contoso.com', ResultType: '50076', IPAddress: HOME, AppDisplayName: 'OfficeHome' },
  // dave: four denied pushes from one IP, then he approves (interrupt + success in the same flow)
  ...times(4, (i) => ({
    at: at(`13:0${i}`),
    UserPrincipalName: 'dave@contoso.com',
    ResultType: '500121',
    AuthenticationStepResultDetail: 'MFA denied; user declined',
    IPAddress: '203.0.113.7',
    AppDisplayName: 'OfficeHome',
  })),
  { at: at('13:06'), UserPrincipalName: 'dave@contoso.com', ResultType: '50074', IPAddress: '203.0.113.7', AppDisplayName: 'OfficeHome' },
  { at: at('13:07'), UserPrincipalName: 'dave@contoso.com', IPAddress: '203.0.113.7', AppDisplayName: 'OfficeHome' },
  // erin: only a silent token refresh follows the interrupt; that does not complete MFA
  { at: at('14:00'), UserPrincipalName: 'erin@contoso.com', ResultType: '50074', IPAddress: HOME, AppDisplayName: 'Teams' },
  { at: at('14:02'), UserPrincipalName: 'erin@contoso.com', IPAddress: HOME, AppDisplayName: 'Teams', IsInteractive: false },
  // frank: a wrong password is no MFA event, even with "Invalid" in the detail
  { at: at('15:00'), UserPrincipalName: 'frank@contoso.com', ResultType: '50126', AuthenticationStepResultDetail: 'Invalid username or password or Invalid on-premise username or password.' },
  // gina: success in the same session but 30 minutes later
  { at: at('12:00'), UserPrincipalName: 'gina@contoso.com', ResultType: '50074', SessionId: 'G1', IPAddress: HOME },
  { at: at('12:30'), UserPrincipalName: 'gina@contoso.com', SessionId: 'G1', IPAddress: HOME },
];

describe('mfa-outcomes', () => {
  const res = mfaOutcomes.run(table(rows));
  const byUser = Object.fromEntries(res.rows.map((r) => [r.UserPrincipalName.split('@')[0], r]));

  test('per-user outcomes, counted by hand', () => {
    expect(Object.keys(byUser).sort()).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'gina']);
    const slim = (u: string) => {
      const r = byUser[u];
      return [r.Attempts, r.Completed, r.Denied, r.Abandoned, r.Denials, r.UnfamiliarIpAttempts];
    };
    expect(slim('alice')).toEqual([1, 1, 0, 0, 0, 0]);
    expect(slim('bob')).toEqual([1, 0, 0, 1, 0, 1]);
    expect(slim('carol')).toEqual([1, 0, 0, 1, 0, 0]);
    expect(slim('dave')).toEqual([1, 1, 0, 0, 4, 0]);
    expect(slim('erin')).toEqual([1, 0, 0, 1, 0, 0]);
    expect(slim('gina')).toEqual([1, 0, 0, 1, 0, 0]);
    expect(byUser.dave.CompletedAfterDenials).toBe(true);
    expect(byUser.bob).toMatchObject({ IPAddresses: ['203.0.113.99'], FirstSeen: '2025-06-02T11:00:00.000Z', LastSeen: '2025-06-02T11:00:00.000Z' });
  });

  test('fatigue is high, an unfamiliar IP medium, a familiar walk-away informational, completion nothing', () => {
    const sev = Object.fromEntries(res.findings.map((f) => [f.userPrincipalName!.split('@')[0], f.severity]));
    expect(sev).toEqual({ dave: 'high', bob: 'medium', carol: 'informational', erin: 'informational', gina: 'informational' });
    const dave = res.findings[0];
    expect(dave).toMatchObject({ detector: 'mfa-abandoned', ipAddress: '203.0.113.7' });
    expect(dave.summary).toContain('then an MFA prompt was approved');
    expect(dave.evidence.rows).toHaveLength(5);
  });

  test('a longer window credits the late success', () => {
    const wide = mfaOutcomes.run(table(rows), { windowMinutes: 60 });
    expect(wide.rows.find((r) => r.UserPrincipalName === 'gina@contoso.com')!.Completed).toBe(1);
  });

  test('findingsFromRows matches run', () => {
    expect(mfaOutcomes.findingsFromRows!(res.rows, res.parameters).map((f) => [f.userPrincipalName, f.severity])).toEqual(
      res.findings.map((f) => [f.userPrincipalName, f.severity]),
    );
  });

  test('groupAttempts splits by flow and by time', () => {
    const t = [0, 1, 2, 100];
    const flow = ['a', 'b', 'a', 'a'];
    expect(groupAttempts([0, 1, 2, 3], (k) => t[k], (x, y) => flow[x] === flow[y], 10)).toEqual([[0, 2], [1], [3]]);
  });
});
