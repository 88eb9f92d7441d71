/**
 * The detectors hold whatever the export format: one labelled tenant written as every format the generator writes
 * (Log Analytics JSON Lines, JSON array and CSV; Graph JSON), loaded back by the loaders an analyst uses, and scored
 * against the same answer key. A format that loses what a detector reads (a session id, a device, an ASN, whole-second
 * times) shows here as a miss or a false alert.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDetectors } from '../../src/analyses/run-detectors';
import { loadFiles } from '../../src/sources/files/load-files';
import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { WRITER_FORMATS, writeRows } from '../../src/sources/writers/write-rows';
import { expectQuality } from './expect-quality';

const rows = generateRows({ users: 18, days: 4, seed: 31 });
const dir = mkdtempSync(join(tmpdir(), 'signinlab-formats-'));

describe.each(WRITER_FORMATS.map((f) => [f]))('detectors on the %s export', (format) => {
  test('every detector at precision and recall >= 0.95, no look-alike raised, nothing rejected', async () => {
    const path = join(dir, `tenant.${format}`);
    await writeRows(rows, path, format);
    const loaded = await loadFiles([path]);
    expect(loaded.rejected).toEqual([]);
    expectQuality(runDetectors(loaded.table), rows.labels);
  });
});
