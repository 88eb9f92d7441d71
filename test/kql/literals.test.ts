import { datatableLiteral } from '../../src/kql/datatable';
import { Kql } from '../../src/kql/fragment';
import { column, fieldExpression } from '../../src/kql/identifier';
import { boolLiteral, datetimeLiteral, dynamicArray, numberLiteral, stringLiteral, timespanLiteral } from '../../src/kql/literals';
import { joinKql, kql } from '../../src/kql/template';
import { kqlTokens, validateKql } from '../../src/kql/validate';

/** The decoded values of the string literals the language service finds in `print x = <literal>`. */
function printedStrings(lit: Kql): string[] {
  const tokens = kqlTokens(`print x = ${lit.text}`);
  const kinds = tokens.map((t) => (t.kind === 'StringLiteralToken' ? 'literal' : t.kind));
  // Whatever the value, the statement stays `print x = <literal>`: no token after it.
  expect(kinds.slice(0, 3)).toEqual(['PrintKeyword', 'IdentifierToken', 'EqualToken']);
  expect(kinds[kinds.length - 1]).toBe(lit.text.startsWith('dynamic(') ? 'CloseParenToken' : 'literal');
  return tokens.filter((t) => t.kind === 'StringLiteralToken').map((t) => t.value);
}

const HOSTILE = [
  'x" or 1==1 //',
  '"); SigninLogs | take 1 //',
  'back\\slash\\',
  "single ' quote",
  'new\nline\r\nand\ttab',
  'pipe | semi ; comment // end',
  '```multi```',
  'h"ello',
  '@"verbatim"',
  'ünïcødé 日本語 😀 \u2028 \u2029 \u0085',
  '\u0000\u0001\u001f\u007f\u0008\u000b\u000c',
  'lone \ud800 surrogate \udfff',
  '',
];

describe('stringLiteral', () => {
  it.each(HOSTILE)('round-trips %j through the Kusto lexer as exactly one string literal', (value) => {
    const lit = stringLiteral(value);
    expect(lit.text).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(printedStrings(lit)).toEqual([value]);
    expect(kqlTokens(`print x = ${lit.text}`).map((t) => t.kind)).toEqual(['PrintKeyword', 'IdentifierToken', 'EqualToken', 'StringLiteralToken']);
    expect(validateKql(`print x = ${lit.text}`).ok).toBe(true);
  });

  it('round-trips every BMP code unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');
    // Lone surrogates pair up when adjacent, so check them separately from the rest.
    const chunk = all.slice(0, 0xd800) + all.slice(0xe000);
    expect(printedStrings(stringLiteral(chunk))).toEqual([chunk]);
  });

  it('escapes like Microsoft does for the usual characters', () => {
    expect(stringLiteral('a"b\\c\nd').text).toBe('"a\\"b\\\\c\\nd"');
    expect(stringLiteral('\u0001').text).toBe('"\\u0001"');
  });

  it('refuses a non-string', () => {
    expect(() => stringLiteral(5 as unknown as string)).toThrow(TypeError);
  });
});

describe('numbers, bools, datetimes, timespans', () => {
  it('renders finite numbers and refuses the rest', () => {
    expect(numberLiteral(8075).text).toBe('8075');
    expect(numberLiteral(-3).text).toBe('-3');
    expect(numberLiteral(0.25).text).toBe('real(0.25)');
    expect(numberLiteral(1e21).text).toBe('real(1e+21)');
    for (const n of [NaN, Infinity, -Infinity]) expect(() => numberLiteral(n)).toThrow(RangeError);
    for (const n of [0.25, 1e21, 2 ** 60, -7.5e-9]) expect(validateKql(`print x = ${numberLiteral(n).text} + 1`).ok).toBe(true);
  });

  it('renders bools', () => {
    expect(boolLiteral(true).text).toBe('true');
    expect(boolLiteral(false).text).toBe('false');
  });

  it('renders datetimes in UTC and refuses invalid ones', () => {
    expect(datetimeLiteral('2025-06-02T02:00:00+02:00').text).toBe('datetime(2025-06-02T00:00:00.000Z)');
    expect(datetimeLiteral(Date.UTC(2025, 5, 2)).text).toBe('datetime(2025-06-02T00:00:00.000Z)');
    expect(() => datetimeLiteral('yesterday')).toThrow(RangeError);
    expect(validateKql(`print x = ${datetimeLiteral(new Date(Date.UTC(2025, 5, 2, 3, 4, 5, 6))).text} - 1d`).ok).toBe(true);
  });

  it('renders timespans in the largest exact unit', () => {
    expect(timespanLiteral(15 * 60_000).text).toBe('15m');
    expect(timespanLiteral(3_600_000).text).toBe('1h');
    expect(timespanLiteral(7 * 86_400_000).text).toBe('7d');
    expect(timespanLiteral(90_000).text).toBe('90s');
    expect(timespanLiteral(1500).text).toBe('1500ms');
    expect(timespanLiteral(0).text).toBe('0s');
    for (const ms of [-1, 1.5, NaN]) expect(() => timespanLiteral(ms)).toThrow(RangeError);
    for (const ms of [15 * 60_000, 1500, 0]) expect(validateKql(`print x = ago(${timespanLiteral(ms).text})`).ok).toBe(true);
  });
});

describe('dynamicArray', () => {
  it('holds escaped strings that the lexer reads back', () => {
    const lit = dynamicArray(['8075', 'x"]) | take 1 //', 'a\nb']);
    expect(lit.text).toBe('dynamic(["8075", "x\\"]) | take 1 //", "a\\nb"])');
    expect(printedStrings(lit)).toEqual(['8075', 'x"]) | take 1 //', 'a\nb']);
    expect(validateKql(`print x = ${lit.text}`).ok).toBe(true);
    expect(validateKql(`print x = ${dynamicArray([1, 2.5]).text}`).ok).toBe(true);
  });
});

describe('identifiers', () => {
  it('accepts catalogue columns only', () => {
    expect(column('UserPrincipalName').text).toBe('UserPrincipalName');
    expect(() => column('UserPrincipalName | take 1')).toThrow(/not a column/);
    expect(() => column('ServicePrincipalName', 'AADNonInteractiveUserSignInLogs')).toThrow(/not a column of AADNonInteractive/);
  });

  it('gives the Kusto expression of a normalized field', () => {
    expect(fieldExpression('City').text).toBe('tostring(parse_json(LocationDetails).city)');
    expect(() => fieldExpression('Nope')).toThrow(/not a sign-in field/);
  });
});

describe('kql template', () => {
  it('renders each interpolation by its type', () => {
    const q = kql`SigninLogs | where UserPrincipalName =~ ${'a"b'} and IsRisky == ${true} and DurationMs > ${5} and TimeGenerated > ${new Date(0)} and AutonomousSystemNumber in (${['1']})`;
    expect(q.text).toBe(
      'SigninLogs | where UserPrincipalName =~ "a\\"b" and IsRisky == true and DurationMs > 5 and TimeGenerated > datetime(1970-01-01T00:00:00.000Z) and AutonomousSystemNumber in (dynamic(["1"]))',
    );
    expect(validateKql(q.text)).toEqual({ ok: true, diagnostics: [] });
  });

  it('splices trusted fragments and refuses null or objects', () => {
    expect(kql`${column('IPAddress')} == ${'1.2.3.4'}`.text).toBe('IPAddress == "1.2.3.4"');
    expect(joinKql([kql`a`, kql`b`], ' and ').text).toBe('a and b');
    expect(() => kql`${null as unknown as string}`).toThrow(TypeError);
    expect(() => kql`${{ text: 'x' } as unknown as string}`).toThrow(TypeError);
  });
});

describe('datatableLiteral', () => {
  it('holds escaped cells that bind as a table', () => {
    const t = datatableLiteral(
      [{ name: 'Code', type: 'string' }, { name: 'N', type: 'long' }, { name: 'R', type: 'real' }, { name: 'B', type: 'bool' }],
      [['x"] | take 1 //', 5, 0.5, true], ['0', -1, 2, false]],
    );
    expect(t.text).toBe('datatable(Code: string, N: long, R: real, B: bool)[\n    "x\\"] | take 1 //", 5, real(0.5), true,\n    "0", -1, real(2), false\n]');
    expect(validateKql(`${t.text} | where Code != "" and N > 0 and R > 0.1 and B`)).toEqual({ ok: true, diagnostics: [] });
    expect(() => datatableLiteral([{ name: 'N', type: 'long' }], [['5']])).toThrow(TypeError);
    expect(() => datatableLiteral([{ name: 'N; drop', type: 'long' }], [])).toThrow(RangeError);
    expect(() => datatableLiteral([{ name: 'N', type: 'long' }], [[1, 2]])).toThrow(RangeError);
  });
});
