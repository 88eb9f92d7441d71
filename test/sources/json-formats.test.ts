import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { loadFiles, loadText } from '../../src/sources/files/load-files';
import { diagnosticRecord, expectAccounted, graphSignIn, laRow, tempFiles } from './fixtures';

const SAMPLES = resolve(__dirname, '../fixtures/samples');

describe('Log Analytics rows', () => {
  test('a JSON array of rows of both tables', async () => {
    const rows = [
      laRow('a1'),
      laRow('a2', {
        Type: 'AADNonInteractiveUserSignInLogs',
        LocationDetails: '{"city":"Bergen","countryOrRegion":"NO"}',
        Status: '{"errorCode":0}',
      }),
    ];
    const r = await loadText(JSON.stringify(rows, null, 2), 'rows.json');
    expect(r.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 1 });
    expect(r.files[0].format).toBe('Log Analytics JSON');
    expect(r.table.get(0, 'UserPrincipalName')).toBe('ann@contoso.com');
    expect(r.table.get(1, 'City')).toBe('Bergen');
    expectAccounted(r);
  });

  test('JSON Lines, with a broken line and a row without Id reported by line', async () => {
    const text = [
      JSON.stringify(laRow('a1')),
      '{"Id": "a2", "CreatedDateTime": ',
      '',
      JSON.stringify(laRow('', {})),
      JSON.stringify(laRow('a4')),
    ].join('\n');
    const r = await loadText(text, 'rows.jsonl');
    expect(r.files[0].format).toBe('Log Analytics JSON Lines');
    expect(r.table.length).toBe(2);
    expect(r.rejected.map((x) => [x.line, x.reason.split(' ')[0]])).toEqual([
      [2, 'not'],
      [4, 'no'],
    ]);
    expect(r.rejected[0].reason).toMatch(/not valid JSON/);
    expect(r.rejected[1].reason).toBe('no Id');
    expectAccounted(r);
  });

  test('a query REST response with sign-in columns loads; dynamic cells arrive as JSON text', async () => {
    const body = {
      tables: [
        {
          name: 'PrimaryResult',
          columns: [
            { name: 'TimeGenerated', type: 'datetime' },
            { name: 'Id', type: 'string' },
            { name: 'CreatedDateTime', type: 'datetime' },
            { name: 'UserPrincipalName', type: 'string' },
            { name: 'IsInteractive', type: 'bool' },
            { name: 'LocationDetails', type: 'dynamic' },
            { name: 'Type', type: 'string' },
          ],
          rows: [
            ['2024-05-01T10:00:01.1Z', 'r1', '2024-05-01T10:00:00Z', 'ann@contoso.com', true, '{"city":"Oslo"}', 'SigninLogs'],
            ['2024-05-01T10:00:02Z', 'r2', '2024-05-01T10:00:01Z', 'ann@contoso.com', false, '{}', 'AADNonInteractiveUserSignInLogs'],
            [null, 'r3', 'not a date', 'ann@contoso.com', false, '{}', 'AADNonInteractiveUserSignInLogs'],
          ],
        },
      ],
    };
    const r = await loadText(JSON.stringify(body, null, 2), 'response.json');
    expect(r.files[0].format).toBe('Log Analytics query response');
    expect(r.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 1 });
    expect(r.table.get(0, 'City')).toBe('Oslo');
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0].reason).toMatch(/^row 3 of table PrimaryResult: CreatedDateTime "not a date" is not a time/);
    expectAccounted(r);
  });

  test('the real SecurityAlert query response is refused as not sign-in data', async () => {
    await expect(loadFiles([resolve(SAMPLES, 'az_mon_raw_query.json')])).rejects.toThrow(
      /az_mon_raw_query\.json:1: not sign-in data: a Log Analytics query response whose 34 columns \(TenantId, TimeGenerated/,
    );
  });
});

describe('Microsoft Graph signIn', () => {
  test('a {"value":[...]} page: camelCase mapped, service principals rejected with a reason', async () => {
    const page = {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
      value: [
        graphSignIn('g1'),
        graphSignIn('g2', { signInEventTypes: ['nonInteractiveUser'], isInteractive: false }),
        graphSignIn('g4', { status: { errorCode: 0, failureReason: 'Other.', additionalDetails: null } }),
        graphSignIn('g3', { signInEventTypes: ['servicePrincipal'], userPrincipalName: '', userId: '', servicePrincipalName: 'app' }),
      ],
    };
    const r = await loadText(JSON.stringify(page, null, 2), 'page.json');
    expect(r.files[0].format).toBe('Graph signIn JSON');
    expect(r.rows).toEqual({ SigninLogs: 2, AADNonInteractiveUserSignInLogs: 1 });
    expect(r.table.row(2)).toMatchObject({ ResultType: '0', FailureReason: '', AdditionalDetails: '' });
    const s = r.table.row(0);
    expect(s).toMatchObject({
      UserPrincipalName: 'bob@contoso.com',
      UserType: 'Member',
      ResultType: '50126',
      FailureReason: 'Invalid username or password',
      AutonomousSystemNumber: '3320',
      IncomingTokenType: 'primaryRefreshToken',
      City: 'Mombasa',
      CountryOrRegion: 'KE',
      OperatingSystem: 'Windows 10',
      ConditionalAccessPoliciesFailed: 'Block KE',
      AuthenticationMethods: '',
      AuthenticationStepResultDetail: 'Invalid password',
      CreatedDateTime: Date.UTC(2024, 4, 1, 11),
    });
    // Graph's "Other." on a success is dropped, as Log Analytics has no text there.
    expect(r.table.row(1).FailureReason).toBe('Invalid username or password');
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0].reason).toMatch(/service-principal/);
    expect(r.rejected[0].line).toBeGreaterThan(1);
    expectAccounted(r);
  });

  test('collector output: UTF-8 BOM, concatenated arrays, and a bare object for a one-record page', async () => {
    const text =
      '\ufeff' +
      JSON.stringify([graphSignIn('c1'), graphSignIn('c2')], null, 4) +
      '\r\n' +
      JSON.stringify([graphSignIn('c3')], null, 4) +
      '\r\n' +
      JSON.stringify(graphSignIn('c4'), null, 4) +
      '\r\n';
    const r = await loadText(text, '20240501-interactiveUser-SignInLogs.json');
    expect(r.table.length).toBe(4);
    expect(r.rejected).toEqual([]);
    expect([...r.table].map((s) => s.Id)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  test('UTF-16 text with its BOM (Windows PowerShell Out-File without -Encoding)', async () => {
    const text = '\ufeff' + JSON.stringify([graphSignIn('w1', { userDisplayName: 'Zoë Ångström' })], null, 4);
    const r = await loadText(Buffer.from(text, 'utf16le'), 'ps51.json');
    expect(r.rejected).toEqual([]);
    expect(r.table.get(0, 'UserDisplayName')).toBe('Zoë Ångström');
  });

  test('NDJSON (SOF-ELK output); a record without signInEventTypes takes the table from isInteractive', async () => {
    const text = [graphSignIn('n1', { signInEventTypes: undefined, isInteractive: false }), graphSignIn('n2')].map((o) => JSON.stringify(o)).join('\n');
    const r = await loadText(text, 'sof-elk.json');
    expect(r.files[0].format).toBe('Graph signIn JSON Lines');
    expect(r.table.get(0, 'Type')).toBe('AADNonInteractiveUserSignInLogs');
    expect(r.table.get(1, 'Type')).toBe('SigninLogs');
  });

  test('a truncated pretty-printed array: the complete records load, the cut one is reported', async () => {
    const full = JSON.stringify([graphSignIn('t1'), graphSignIn('t2')], null, 2);
    const r = await loadText(full.slice(0, full.length - 40), 'cut.json');
    expect(r.table.length).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0].reason).toMatch(/truncated/);
    expectAccounted(r);
  });
});

describe('diagnostic-settings records', () => {
  test('a {"records":[...]} batch and one record per line', async () => {
    const batch = JSON.stringify({ records: [diagnosticRecord('d1'), diagnosticRecord('d2', 'ServicePrincipalSignInLogs')] });
    const lines = [diagnosticRecord('d3', 'SignInLogs'), diagnosticRecord('d4')].map((o) => JSON.stringify(o)).join('\n');
    const r1 = await loadText(batch, 'eventhub.json');
    expect(r1.rows).toEqual({ SigninLogs: 0, AADNonInteractiveUserSignInLogs: 1 });
    expect(r1.rejected[0].reason).toMatch(/ServicePrincipalSignInLogs/);
    const s = r1.table.row(0);
    expect(s).toMatchObject({
      ResultType: '50097',
      CreatedDateTime: Date.UTC(2025, 1, 1, 16, 26, 24, 695),
      TimeGenerated: Date.UTC(2025, 1, 1, 16, 27, 59, 343),
      Latitude: 30.65,
      AdditionalDetails: 'MFA requirement satisfied by claim in the token',
      IncomingTokenType: 'refreshToken',
    });
    const r2 = await loadText(lines, 'PT1H.json');
    expect(r2.files[0].format).toBe('diagnostic-settings JSON Lines');
    expect(r2.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 1 });
  });
});

describe('several files, gzip', () => {
  test('gzip is detected from the content; overlapping Ids across files are loaded once and counted', async () => {
    const a = [laRow('x1'), laRow('x2'), laRow('x3')].map((o) => JSON.stringify(o)).join('\n');
    const b = JSON.stringify({ value: [graphSignIn('x3'), graphSignIn('x4')] });
    const t = tempFiles({ 'a.data': gzipSync(a), 'b.json': b, 'c.jsonl.gz': gzipSync(a) });
    try {
      const r = await loadFiles([t.path('a.data'), t.path('b.json'), t.path('c.jsonl.gz')]);
      expect(r.table.length).toBe(4);
      expect(r.offered).toBe(8);
      expect(r.duplicates).toBe(4);
      expect(r.files.map((f) => [f.format, f.offered, f.loaded])).toEqual([
        ['Log Analytics JSON Lines', 3, 3],
        ['Graph signIn JSON', 2, 1],
        ['Log Analytics JSON Lines', 3, 0],
      ]);
      expectAccounted(r);
    } finally {
      t.cleanup();
    }
  });

  test('onProgress reports bytes of the stored file and rows so far', async () => {
    const t = tempFiles({ 'a.jsonl': [laRow('p1'), laRow('p2')].map((o) => JSON.stringify(o)).join('\n') });
    try {
      const seen: { bytes: number; totalBytes: number; rows: number }[] = [];
      await loadFiles([t.path('a.jsonl')], { onProgress: (p) => seen.push(p) });
      const last = seen[seen.length - 1];
      expect(last.bytes).toBe(last.totalBytes);
      expect(last.rows).toBe(2);
    } finally {
      t.cleanup();
    }
  });
});
