/** A Markdown report's charts as files beside it (src/report/chart-files.ts). */
import { chartFileName, chartFiles, chartFolderOf } from '../../src/report/chart-files';
import { writeReport } from '../../src/report/write-report';
import { tableFromRows } from '../../src/table/table-builder';

const png = { base64: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), width: 10, height: 5 };

test('charts are named by position and a slug of their title; a chart without an image has no file', () => {
  const charts = [{ title: 'Sign-ins per hour', png }, { title: 'Sign-ins per hour', svg: '<svg/>' }, { title: '<script>ümlaut/../x', png }, { title: 'empty' }];
  expect(charts.map(chartFileName)).toEqual(['01-sign-ins-per-hour.png', '02-sign-ins-per-hour.svg', '03-script-umlaut-x.png', undefined]);
  const files = chartFiles(charts);
  expect(files.map((f) => f.name)).toEqual(['01-sign-ins-per-hour.png', '02-sign-ins-per-hour.svg', '03-script-umlaut-x.png']);
  expect([...files[0].bytes]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(files[1].bytes.toString()).toBe('<svg/>');
});

test('the folder is named after the report, beside it', () => {
  expect(chartFolderOf('out/case-42.md')).toBe('case-42-charts');
  expect(chartFolderOf('C:\\cases\\Case 7.Markdown')).toBe('Case 7-charts');
});

test('Markdown links charts from the folder when asked, and inlines them otherwise; HTML always inlines', () => {
  const input = { table: tableFromRows([]), source: 'test', findings: [], generatedAt: 0, version: '1', charts: [{ title: 'Per hour', png }] };
  const linked = writeReport(input, { format: 'markdown', chartFolder: 'my case-charts' });
  expect(linked).toContain('![Per hour](my%20case-charts/01-per-hour.png)');
  expect(linked).not.toContain('data:image');
  expect(writeReport(input, { format: 'markdown' })).toContain('![Per hour](data:image/png;base64,');
  expect(writeReport(input, { format: 'html', chartFolder: 'x' })).toContain('src="data:image/png;base64,');
});
