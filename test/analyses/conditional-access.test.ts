import { conditionalAccess } from '../../src/analyses/conditional-access';
import { table, times, type TestRow } from '../rows';

const base = { ConditionalAccessStatus: 'success', CountryOrRegion: 'NL' };
const rows: TestRow[] = [
  // alice signs in from NL; four blocks from an RU IP on day 2 (policy named)
  { at: '2025-06-01T08:00:00Z', UserPrincipalName: 'alice@contoso.com', ...base, IPAddress: '198.51.100.1' },
  ...times(4, (i) => ({
    at: `2025-06-02T03:0${i}:00Z`,
    UserPrincipalName: 'alice@contoso.com',
    IPAddress: '203.0.113.66',
    CountryOrRegion: 'RU',
    ResultType: '53003',
    ConditionalAccessStatus: 'failure',
    AppDisplayName: 'Office 365 Exchange Online',
    ConditionalAccessPoliciesFailed: 'Block outside EU; Require compliant device',
  })),
  // bob: one block from his usual country, recorded by status only (portal casing)
  { at: '2025-06-01T09:00:00Z', UserPrincipalName: 'bob@contoso.com', ...base, IPAddress: '198.51.100.2' },
  { at: '2025-06-02T09:00:00Z', UserPrincipalName: 'bob@contoso.com', CountryOrRegion: 'NL', IPAddress: '198.51.100.2', ResultType: '53000', ConditionalAccessStatus: 'Failure', AppDisplayName: 'Teams' },
  // carol: one block from a new country -> medium
  { at: '2025-06-01T10:00:00Z', UserPrincipalName: 'carol@contoso.com', ...base },
  { at: '2025-06-02T10:00:00Z', UserPrincipalName: 'carol@contoso.com', CountryOrRegion: 'BR', IPAddress: '192.0.2.50', ResultType: '53003', ConditionalAccessStatus: 'failure', AppDisplayName: 'Teams' },
  // traffic no policy covered
  ...times(3, (i) => ({ at: `2025-06-01T1${i}:00:00Z`, UserPrincipalName: 'dave@contoso.com', ConditionalAccessStatus: 'Not applied', IsInteractive: false })),
];

describe('conditional-access', () => {
  const res = conditionalAccess.run(table(rows));

  test('rows per user × IP with blocks, home countries and policies', () => {
    expect(res.rows.map((r) => [r.UserPrincipalName, r.IPAddress, r.Blocks, r.CountryOrRegion, r.Unfamiliar])).toEqual([
      ['alice@contoso.com', '203.0.113.66', 4, 'RU', true],
      ['bob@contoso.com', '198.51.100.2', 1, 'NL', false],
      ['carol@contoso.com', '192.0.2.50', 1, 'BR', true],
    ]);
    expect(res.rows[0]).toMatchObject({ HomeCountries: ['NL'], Policies: ['Block outside EU', 'Require compliant device'], FirstSeen: '2025-06-02T03:00:00.000Z', LastSeen: '2025-06-02T03:03:00.000Z' });
  });

  test('severity: repeated unfamiliar blocks high, one unfamiliar medium, familiar low', () => {
    expect(res.findings.map((f) => [f.userPrincipalName, f.severity, f.detector])).toEqual([
      ['alice@contoso.com', 'high', 'ca-blocked'],
      ['carol@contoso.com', 'medium', 'ca-blocked'],
      ['bob@contoso.com', 'low', 'ca-blocked'],
    ]);
    expect(res.findings[0].evidence.rows.map((r) => r.Id)).toEqual(['r2', 'r3', 'r4', 'r5']);
  });

  test('counts per day, per policy, per user and app; notApplied share as context', () => {
    expect(res.tables!.perDay).toEqual([
      { Day: '2025-06-01', Type: 'AADNonInteractiveUserSignInLogs', SignIns: 3, Blocks: 0, NotApplied: 3 },
      { Day: '2025-06-01', Type: 'SigninLogs', SignIns: 3, Blocks: 0, NotApplied: 0 },
      { Day: '2025-06-02', Type: 'SigninLogs', SignIns: 6, Blocks: 6, NotApplied: 0 },
    ]);
    expect(res.tables!.perPolicy).toEqual([
      { Policy: 'Block outside EU', Blocks: 4, Users: 1 },
      { Policy: 'Require compliant device', Blocks: 4, Users: 1 },
    ]);
    expect(res.tables!.perUserApp[0]).toEqual({ UserPrincipalName: 'alice@contoso.com', AppDisplayName: 'Office 365 Exchange Online', Blocks: 4 });
    expect(res.tables!.statusShare).toContainEqual({ Type: 'AADNonInteractiveUserSignInLogs', ConditionalAccessStatus: 'notApplied', SignIns: 3, Share: 1 });
    expect(res.tables!.statusShare).toContainEqual({ Type: 'SigninLogs', ConditionalAccessStatus: 'failure', SignIns: 6, Share: 6 / 9 });
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toContain('100% of AADNonInteractiveUserSignInLogs');
  });

  test('53000 only counts as a block through its status unless listed in blockCodes', () => {
    const noStatus = table([{ at: '2025-06-02T09:00:00Z', UserPrincipalName: 'x@contoso.com', ResultType: '53000' }]);
    expect(conditionalAccess.run(noStatus).rows).toEqual([]);
    expect(conditionalAccess.run(noStatus, { blockCodes: ['53000'] }).rows).toHaveLength(1);
  });

  test('the notApplied caveat has its own threshold', () => {
    expect(conditionalAccess.run(table(rows), { notAppliedWarning: 1.01 }).warnings).toEqual([]);
  });

  test('a block row without a time leaves the span to the rows that have one (as KQL min/max skip nulls)', () => {
    const t = table([
      { at: '2025-06-02T09:00:00Z', UserPrincipalName: 'x@contoso.com', IPAddress: '192.0.2.9', ResultType: '53003' },
      { at: '2025-06-02T09:05:00Z', UserPrincipalName: 'x@contoso.com', IPAddress: '192.0.2.9', ResultType: '53003' },
    ]);
    t.column('CreatedDateTime').values[0] = NaN;
    expect(conditionalAccess.run(t).rows[0]).toMatchObject({ Blocks: 2, FirstSeen: '2025-06-02T09:05:00.000Z', LastSeen: '2025-06-02T09:05:00.000Z' });
  });

  test('findingsFromRows matches run', () => {
    expect(conditionalAccess.findingsFromRows!(res.rows, res.parameters).map((f) => f.severity)).toEqual(res.findings.map((f) => f.severity));
  });
});
