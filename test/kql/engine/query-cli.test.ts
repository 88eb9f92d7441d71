/** `signinlab query`: over real sample files, from a query file, as JSON, with hostile cells, and refusals. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bufferIO } from '../../../src/cli/io';
import { run } from '../../../src/cli/main';
import { failureTriage } from '../../../src/analyses/failure-triage';
import { loadFiles } from '../../../src/sources/files/load-files';

/** A real Log Analytics CSV export: 56 SigninLogs rows, ResultType 53 x 0, 2 x 16000, 1 x 50058 (fixtures README). */
const SAMPLE = path.join(__dirname, '../../fixtures/samples/sign-in_adelete.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'signinlab-query-'));

async function cli(...argv: string[]) {
  const io = bufferIO();
  const code = await run(['query', ...argv], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('signinlab query', () => {
  test('runs KQL over a real export and prints an aligned table', async () => {
    const r = await cli('SigninLogs | summarize n = count() by ResultType | sort by n desc', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toBe(['ResultType  n', '----------  --', '0           53', '16000       2', '50058       1', '(3 rows)', ''].join('\n'));
  });

  test('--file reads the query; --json prints engine, columns, rows, notes and the chart', async () => {
    const q = path.join(dir, 'q.kql');
    writeFileSync(q, '// per day\nSigninLogs\n| summarize SignIns = count() by Day = startofday(CreatedDateTime)\n| render columnchart');
    const r = await cli('--file', q, '--json', SAMPLE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.engine).toMatch(/^local: file .*sign-in_adelete\.csv$/);
    expect(out.columns).toEqual([{ name: 'Day', type: 'datetime' }, { name: 'SignIns', type: 'long' }]);
    expect(out.rows).toEqual([{ Day: '2021-04-28T00:00:00.000Z', SignIns: 56 }]);
    expect(out.chart.mark.type).toBe('bar');
  });

  test('cells are made inert for the terminal (control characters shown as escapes)', async () => {
    const r = await cli(`print s = "evil\\u001b[31mred\\u202eoverride"`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('evil\\x1b[31mred\\u202eoverride');
    expect(r.out).not.toMatch(/[\u001b\u202e]/);
  });

  test('--now fixes the clock of ago()', async () => {
    const r = await cli('--now', '2024-05-01T12:00:00Z', '--json', 'print t = ago(1d)', SAMPLE);
    expect(JSON.parse(r.out).rows).toEqual([{ t: '2024-04-30T12:00:00.000Z' }]);
  });

  test('--analysis runs a twin locally over the files', async () => {
    const r = await cli('--analysis', 'failure-triage', '--json', SAMPLE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const codes = out.rows.map((x: { ResultType: string }) => x.ResultType).sort();
    // The TypeScript analysis over the same file lists the same result codes.
    const loaded = await loadFiles([SAMPLE]);
    expect(codes).toEqual(failureTriage.run(loaded.table).rows.map((x) => x.ResultType).sort());
    expect(codes).toEqual(expect.arrayContaining(['16000', '50058']));
  });

  test('a refused query is one line on stderr and exit code 2', async () => {
    const r = await cli('SigninLogs | make-series count() on TimeGenerated step 1h', SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toBe('signinlab: KQL 1:14: the make-series operator is not supported by the local engine\n');
    expect(r.out).toBe('');
  });

  test('a column the export does not carry into the loaded data is shown empty with a note', async () => {
    const r = await cli('SigninLogs | take 1 | project Id, TenantId', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^note: shown empty: TenantId/m);
  });

  test('files and --cluster together are refused: files are read locally', async () => {
    const r = await cli('--cluster', 'https://example.kusto.windows.net', '--database', 'db', 'print 1', SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/files are read locally/);
  });
});
