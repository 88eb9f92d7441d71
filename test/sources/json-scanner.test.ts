import { JsonScanner } from '../../src/sources/files/json-scanner';

/** Runs the scanner over `text` cut into the given chunk sizes; returns the records (parsed) with lines, and problems. */
function scan(text: string, cut: number[] = [], maxRecordChars = 1 << 20): { records: [unknown, number][]; problems: [string, number][] } {
  const records: [unknown, number][] = [];
  const problems: [string, number][] = [];
  const s = new JsonScanner(
    (t, l) => records.push([JSON.parse(t), l]),
    (r, l) => problems.push([r, l]),
    maxRecordChars,
  );
  let at = 0;
  for (const c of cut) {
    s.push(text.slice(at, c));
    at = c;
  }
  s.push(text.slice(at));
  s.end();
  return { records, problems };
}

const tricky = { id: 'a"}{][\\', note: 'back\\\\slash\\"quote', nested: { value: [{ x: 1 }] }, records: [] };

describe('JsonScanner', () => {
  test('top-level array elements, with their start lines', () => {
    const text = `[\n  {"id": 1},\n  {\n    "id": 2\n  }\n]\n`;
    expect(scan(text)).toEqual({ records: [[{ id: 1 }, 2], [{ id: 2 }, 3]], problems: [] });
  });

  test('concatenated arrays and bare objects; a wrapper yields its value / records elements, not itself', () => {
    const text = `[{"id":1}]\n[{"id":2}]\n{"id":3}\n{"@odata.context":"x","value":[{"id":4},{"id":5}],"@odata.nextLink":"y"}\n{"records":[{"id":6}]}`;
    expect(scan(text).records.map(([v]) => (v as { id: number }).id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('any other top-level object is one record (a query REST response)', () => {
    const body = { tables: [{ name: 'PrimaryResult', columns: [], rows: [] }] };
    expect(scan(JSON.stringify(body, null, 2)).records).toEqual([[body, 1]]);
  });

  test('strings with quotes, brackets and backslashes, cut at every position', () => {
    const text = JSON.stringify([tricky, { id: 'b' }], null, 1);
    const whole = scan(text);
    expect(whole.records.map(([v]) => v)).toEqual([tricky, { id: 'b' }]);
    for (let a = 1; a < text.length; a++) {
      expect(scan(text, [a])).toEqual(whole);
    }
    for (let a = 1; a + 3 < text.length; a += 7) {
      expect(scan(text, [a, a + 1, a + 3])).toEqual(whole);
    }
  });

  test('truncated text and stray characters are reported with lines', () => {
    expect(scan('[{"id":1},\n{"id":').problems).toEqual([['the JSON ends inside this record (truncated file?)', 2]]);
    expect(scan('{"id":1}\nnot json\n{"id":2}').problems).toEqual([['text outside any JSON value', 2]]);
    expect(scan(']').problems).toEqual([["unexpected ']'", 1]]);
  });
});
