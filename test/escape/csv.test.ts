import { parse } from 'csv-parse/sync';
import { escapeCsvCell, unescapeCsvCell } from '../../src/escape';

describe('CSV cells', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","Click")', `"'=HYPERLINK(""https://evil.example"",""Click"")"`],
    ['+cmd|\' /C calc\'!A0', "'+cmd|' /C calc'!A0"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('a formula is neutralised: %j', (value, cell) => {
    expect(escapeCsvCell(value)).toBe(cell);
    const [[back]] = parse(cell + '\n', { relax_quotes: true }) as string[][];
    expect(back.startsWith("'")).toBe(true);
    expect(unescapeCsvCell(back)).toBe(value);
  });

  test('plain numbers, text and RFC 4180 quoting are kept', () => {
    expect(escapeCsvCell('-33.86')).toBe('-33.86');
    expect(escapeCsvCell('+1')).toBe('+1');
    expect(escapeCsvCell('1e-5')).toBe('1e-5');
    expect(escapeCsvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(escapeCsvCell('plain')).toBe('plain');
    expect(unescapeCsvCell("'plain")).toBe("'plain");
  });
});
