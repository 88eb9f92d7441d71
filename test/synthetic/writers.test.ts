import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { loadFiles } from '../../src/sources/files/load-files';
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { escapeCsvCell as csvField } from '../../src/escape';
import { csvDateTime, csvValue } from '../../src/sources/writers/la-csv-values';
import { conditionFlags, graphSignInOf } from '../../src/sources/writers/graph-signin-of';
import { unionColumns } from '../../src/sources/writers/la-csv';
import { WRITER_FORMATS, writeRows } from '../../src/sources/writers/write-rows';

const OPTIONS = { users: 10, days: 1, seed: 11 };
const generated = generateRows(OPTIONS);
const rows = [...generated];
const labels = generated.labels;
const interactive = rows.filter((r) => r.Type === 'SigninLogs').length;
const dir = mkdtempSync(join(tmpdir(), 'signinlab-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writers', () => {
  test('la-jsonl: one row per line, parsing back to the same rows; .gz compresses the same bytes', async () => {
    const plain = join(dir, 't.la.jsonl');
    const result = await writeRows(rows, plain, 'la-jsonl');
    expect(result).toMatchObject({ rows: rows.length, byTable: { SigninLogs: interactive, AADNonInteractiveUserSignInLogs: rows.length - interactive } });
    const text = readFileSync(plain, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(JSON.parse(lines[7])).toEqual(rows[7]);
    await writeRows(rows, plain + '.gz', 'la-jsonl');
    expect(gunzipSync(readFileSync(plain + '.gz')).toString('utf8')).toBe(text);
  });

  test('la-json: one array of the rows', async () => {
    const path = join(dir, 't.la.json');
    await writeRows(rows, path, 'la-json');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(rows);
  });

  test('graph-json: Graph beta shapes and types', async () => {
    const path = join(dir, 't.graph.json');
    await writeRows(rows, path, 'graph-json');
    const body = JSON.parse(readFileSync(path, 'utf8'));
    expect(body['@odata.context']).toContain('auditLogs/signIns');
    expect(body.value).toHaveLength(rows.length);
    const g = body.value.find((x: Record<string, unknown>) => x.isInteractive === false);
    expect(typeof g.status.errorCode).toBe('number');
    expect(typeof g.autonomousSystemNumber).toBe('number');
    expect(typeof g.processingTimeInMilliseconds).toBe('number');
    expect(g.location).toHaveProperty('city');
    expect(g).not.toHaveProperty('locationDetails');
    expect(g).not.toHaveProperty('TimeGenerated');
    expect(g.signInEventTypes).toEqual(['nonInteractiveUser']);
    expect(g.userType).toBe('member');
    expect(g.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(typeof g.appliedConditionalAccessPolicies[0].conditionsSatisfied).toBe('string');
    expect(g.authenticationDetails[0]).not.toHaveProperty('StatusSequence');
  });

  test('graph conversion of one failing row', () => {
    const failed = rows.find((r) => r.ResultType !== '0') ?? { ...rows[0], ResultType: '50126', Status: { errorCode: 50126, failureReason: 'bad' } };
    const g = graphSignInOf(failed);
    expect((g.status as { errorCode: number }).errorCode).toBe(Number(failed.ResultType));
    expect(conditionFlags(3)).toBe('application,users');
    expect(conditionFlags(0)).toBe('none');
  });

  test('la-csv: the union export: [UTC] headers, split columns, en-US dates, TRUE/FALSE, CRLF', async () => {
    const path = join(dir, 't.csv');
    await writeRows(rows, path, 'la-csv');
    const text = readFileSync(path, 'utf8');
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header).toContain('CreatedDateTime [UTC]');
    expect(header).toContain('TimeGenerated [UTC]');
    for (const c of ['ConditionalAccessPolicies', 'DeviceDetail', 'LocationDetails', 'MfaDetail', 'Status', 'TokenProtectionStatusDetails', 'Agent']) {
      expect(header.indexOf(`${c}_string`)).toBe(header.indexOf(`${c}_dynamic`) + 1);
      expect(header).not.toContain(c);
    }
    expect(header).toEqual(unionColumns().map((c) => c.header));
    const records: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });
    expect(records).toHaveLength(rows.length);
    const i = records.find((r) => r.Type === 'SigninLogs')!;
    const n = records.find((r) => r.Type === 'AADNonInteractiveUserSignInLogs')!;
    expect(i['CreatedDateTime [UTC]']).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d\d:\d\d\.\d{3} [AP]M$/);
    expect(i.IsInteractive).toBe('TRUE');
    expect(n.IsInteractive).toBe('FALSE');
    expect(JSON.parse(i.Status_dynamic)).toHaveProperty('errorCode');
    expect(i.Status_string).toBe('');
    expect(JSON.parse(n.Status_string)).toHaveProperty('errorCode');
    expect(n.Status_dynamic).toBe('');
    expect(n.ProcessingTimeInMilliseconds).toBe('');
    expect(n.ProcessingTimeInMs).toMatch(/^\d+$/);
  });

  test('csv cells', () => {
    expect(csvDateTime('2021-04-28T14:08:45.2213421Z')).toBe('4/28/2021, 2:08:45.221 PM');
    expect(csvDateTime('2021-04-28T00:05:00Z')).toBe('4/28/2021, 12:05:00.000 AM');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('plain')).toBe('plain');
    expect(csvValue(null, 'string')).toBe('');
    expect(csvValue(false, 'bool')).toBe('FALSE');
    expect(csvValue({ a: 1 }, 'dynamic')).toBe('"{""a"":1}"');
  });

  test.each(WRITER_FORMATS)('%s round-trips through loadFiles with the same counts per table, and every label still points at its rows', async (format) => {
    const path = join(dir, `rt.${format}.gz`);
    await writeRows(rows, path, format);
    const loaded = await loadFiles([path]);
    expect(loaded.rejected).toEqual([]);
    expect(loaded.duplicates).toBe(0);
    expect(loaded.rows).toEqual({ SigninLogs: interactive, AADNonInteractiveUserSignInLogs: rows.length - interactive });
    const byId = new Map<string, { ip: string; user: string; asn: string }>();
    for (let k = 0; k < loaded.table.length; k++)
      byId.set(loaded.table.get(k, 'Id') as string, { ip: loaded.table.get(k, 'IPAddress') as string, user: loaded.table.get(k, 'UserPrincipalName') as string, asn: String(loaded.table.get(k, 'AutonomousSystemNumber')) });
    expect(labels.scenarios.length).toBeGreaterThan(10);
    for (const l of labels.scenarios) {
      const found = l.eventIds.map((id) => byId.get(id));
      expect(found.every(Boolean)).toBe(true);
      if (l.userPrincipalName && !l.scenario.startsWith('password-spray')) expect(found.every((r) => r!.user === l.userPrincipalName)).toBe(true);
    }
    // IPv6 addresses and ASNs survive every format.
    const v6 = rows.find((r) => (r.IPAddress as string).includes(':'))!;
    expect(byId.get(v6.Id as string)).toEqual({ ip: v6.IPAddress, user: v6.UserPrincipalName, asn: v6.AutonomousSystemNumber });
  });

  test('a missing folder is a clear error, an unknown format too', async () => {
    await expect(writeRows(rows, join(dir, 'no', 'such', 'x.jsonl'), 'la-jsonl')).rejects.toThrow(/folder .* does not exist/);
    expect(() => writeRows(rows, join(dir, 'x'), 'xml' as never)).toThrow(/unknown format/);
  });
});
