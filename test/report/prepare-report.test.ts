import { prepareReport, writeReport } from '../../src/report';
import type { SignIn } from '../../src/schema/fields';
import { tableFromRows } from '../../src/table/table-builder';

const t = (iso: string) => Date.parse(iso);
const lisbon = { City: 'Lisbon', CountryOrRegion: 'PT', Latitude: 38.72, Longitude: -9.14 };
const sydney = { City: 'Sydney', CountryOrRegion: 'AU', Latitude: -33.87, Longitude: 151.21 };

/** ana signs in from Lisbon while her token is refreshed from Sydney; ben signs in from Lisbon and refreshes there. */
const ROWS: Partial<SignIn>[] = [
  { Id: 'i1', IsInteractive: true, CreatedDateTime: t('2025-06-02T08:00:00Z'), UserPrincipalName: 'ana@contoso.com', IPAddress: '203.0.113.10', AppDisplayName: 'Microsoft Teams', ResultType: '0', IncomingTokenType: 'none', ...lisbon },
  { Id: 'n1', IsInteractive: false, CreatedDateTime: t('2025-06-02T08:20:00Z'), UserPrincipalName: 'ana@contoso.com', IPAddress: '198.51.100.7', AppDisplayName: 'Office 365 Exchange Online', ResultType: '0', IncomingTokenType: 'refreshToken', ...sydney },
  { Id: 'n2', IsInteractive: false, CreatedDateTime: t('2025-06-02T08:40:00Z'), UserPrincipalName: 'ana@contoso.com', IPAddress: '198.51.100.7', AppDisplayName: 'Microsoft Teams', ResultType: '0', IncomingTokenType: 'refreshToken', ...sydney },
  { Id: 'i2', IsInteractive: true, CreatedDateTime: t('2025-06-02T09:00:00Z'), UserPrincipalName: 'ben@contoso.com', IPAddress: '203.0.113.11', AppDisplayName: 'Microsoft Teams', ResultType: '0', IncomingTokenType: 'none', ...lisbon },
  { Id: 'n3', IsInteractive: false, CreatedDateTime: t('2025-06-02T09:10:00Z'), UserPrincipalName: 'ben@contoso.com', IPAddress: '203.0.113.11', AppDisplayName: 'Microsoft Teams', ResultType: '0', IncomingTokenType: 'refreshToken', ...lisbon },
];

describe('prepareReport', () => {
  const table = tableFromRows(ROWS);

  it('runs every detector, keeps each result for its KQL twin, and runs that KQL on the input: it gives the finding back', async () => {
    const input = await prepareReport(table, { source: 'inline rows', charts: false, generatedAt: 0 });
    const replay = input.findings.find((f) => f.detector === 'token-replay')!;
    expect(replay.userPrincipalName).toBe('ana@contoso.com');
    expect(input.analyses!.map((a) => a.analysis.id)).toEqual(['token-replay', 'volume-ratio', 'password-spray', 'legacy-auth', 'conditional-access', 'mfa-outcomes']);
    const run = input.reproductions!.get(replay)!;
    expect({ analysisId: run.analysisId, aboutFinding: run.aboutFinding, reproduced: run.reproduced }).toEqual({ analysisId: 'token-replay', aboutFinding: 1, reproduced: true });
    const html = writeReport(input, { format: 'html' });
    const text = html.replace(/<\/?span[^>]*>/g, ''); // without the KQL highlighting
    // The whole twin, not narrowed to ana or her IP (that would take away what the verdict rests on).
    expect(text).toContain('// token-replay: a session or token');
    expect(text).not.toContain('UserPrincipalName =~ &quot;ana@contoso.com&quot;');
    expect(text).toMatch(/Run offline on this report&#39;s input by signinlab&#39;s KQL engine: \d+ rows?, 1 about this finding, in [\d.]+ s; they give this finding back\./);
    expect(input.charts).toEqual([]);
  });

  it('narrows findings and result rows to one user, and keeps the whole table for the fingerprint', async () => {
    const ben = await prepareReport(table, { source: 'inline rows', user: 'BEN@contoso.com', charts: false, generatedAt: 0 });
    expect(ben.findings.filter((f) => f.detector === 'token-replay')).toEqual([]);
    expect(ben.table.length).toBe(5);
    expect(ben.parameters).toEqual({ user: 'BEN@contoso.com' });
    for (const a of ben.analyses!) {
      for (const r of a.result!.rows as Record<string, unknown>[]) if ('UserPrincipalName' in r) expect(r.UserPrincipalName).toBe('ben@contoso.com');
    }
    const ana = await prepareReport(table, { source: 'inline rows', user: 'ana@contoso.com', charts: false, generatedAt: 0 });
    expect(ana.findings.some((f) => f.detector === 'token-replay')).toBe(true);
    expect(writeReport(ana, { format: 'markdown' })).not.toContain('ben');
  });

  it('passes overrides to the analysis they name, and refuses unknown ones', async () => {
    const strict = await prepareReport(table, { source: 'x', charts: false, generatedAt: 0, overrides: { 'token-replay': { excludedIpRanges: ['198.51.100.0/24'] } } });
    expect(strict.findings.filter((f) => f.detector === 'token-replay')).toEqual([]);
    expect(strict.parameters).toEqual({ 'token-replay.excludedIpRanges': ['198.51.100.0/24'] });
    await expect(prepareReport(table, { source: 'x', charts: false, generatedAt: 0, overrides: { 'no-such': {} } })).rejects.toThrow(/unknown analysis or detector "no-such"/);
  });

  it('refuses a user with no sign-ins', async () => {
    await expect(prepareReport(table, { source: 'x', user: 'nobody@contoso.com', generatedAt: 0 })).rejects.toThrow('no sign-ins of nobody@contoso.com in the data');
  });

  it('draws the charts as PNG: volume, the user\'s time line and places, the replay pairs and their map', async () => {
    const input = await prepareReport(table, { source: 'x', user: 'ana@contoso.com', generatedAt: 0 });
    expect(input.charts!.map((c) => c.title)).toEqual([
      'Sign-ins per hour, by table',
      'Timeline of ana@contoso.com',
      'Where ana@contoso.com signed in',
      'Token replay candidates: distance against time gap',
      'Token replay candidates on the map',
    ]);
    for (const c of input.charts!) {
      expect(Buffer.from(c.png!.base64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(c.png!.width).toBeGreaterThan(300);
    }
    const html = writeReport(input, { format: 'html' });
    expect(html.match(/<img alt="[^"]*" src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="\d+" height="\d+">/g)).toHaveLength(5);
  });

  it('a one-user report shows only that user: no other account named anywhere, even in a spray that hit them', async () => {
    // a spray from 192.0.2.66 fails against ana and six others within 12 minutes; then ana's and zoe's passwords work
    const others = ['ben', 'cai', 'dan', 'eve', 'fay', 'zoe'].map((n) => `${n}@contoso.com`);
    const spray: Partial<SignIn>[] = ['ana@contoso.com', ...others].map((upn, k) => ({
      Id: `s${k}`, IsInteractive: true, CreatedDateTime: t('2025-06-03T10:00:00Z') + k * 120_000, UserPrincipalName: upn,
      IPAddress: '192.0.2.66', AppDisplayName: 'Office 365 Exchange Online', ResultType: '50126', ClientAppUsed: 'IMAP4', ...sydney,
    }));
    const accepted: Partial<SignIn>[] = ['ana@contoso.com', 'zoe@contoso.com'].map((upn, k) => ({
      Id: `a${k}`, IsInteractive: true, CreatedDateTime: t('2025-06-03T10:30:00Z') + k * 60_000, UserPrincipalName: upn,
      IPAddress: '192.0.2.66', AppDisplayName: 'Office 365 Exchange Online', ResultType: '0', ClientAppUsed: 'IMAP4', ...sydney,
    }));
    const all = tableFromRows([...ROWS, ...spray, ...accepted]);
    // the whole-tenant report names the other accounts...
    const tenant = await prepareReport(all, { source: 'x', charts: false, generatedAt: 0 });
    expect(writeReport(tenant, { format: 'markdown' })).toContain('zoe\\@contoso.com');
    // ...the one about ana names none of them, in any table, fact or finding, in either format
    const ana = await prepareReport(all, { source: 'x', user: 'ana@contoso.com', charts: false, generatedAt: 0 });
    expect(ana.findings.map((f) => f.detector)).toEqual(expect.arrayContaining(['password-spray', 'token-replay']));
    for (const format of ['html', 'markdown'] as const) {
      const text = writeReport(ana, { format });
      for (const upn of others) {
        expect(text).not.toContain(upn);
        expect(text).not.toContain(upn.replace('@', '\\@')); // as Markdown escapes it
      }
      expect(text).toContain('1 other account');
    }
  });
});
