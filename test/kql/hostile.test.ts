/**
 * Hostile scope values must not change a query's structure: the language service's token stream of the query built
 * with a hostile UPN / IP has the same kinds, token for token, as with a plain one, and the only tokens that differ
 * are string literals whose decoded value is exactly the input.
 */
import { isUserError } from '../../src/errors';
import { kqlTokens, validateKql } from '../../src/kql/validate';
import { TWINS } from './twin-list';

const PLAIN_USER = 'plain.user@contoso.com';
const PLAIN_IP = '198.51.100.1';
const HOSTILE = [
  'x" or 1==1 //',
  '"); SigninLogs | take 1 //',
  "a'b\\\" | where 1==1",
  'back\\slash\\',
  'line1\nline2\r\n| take 1',
  'semi; colon | pipe // comment /* block */',
  '```verbatim``` @"x" h"y"',
  'ünï 日本 😀 \u2028\u0000',
];

function compare(plain: string, hostile: string, values: Map<string, string>): void {
  const a = kqlTokens(plain);
  const b = kqlTokens(hostile);
  expect(b.map((t) => t.kind)).toEqual(a.map((t) => t.kind));
  for (let i = 0; i < a.length; i++) {
    if (a[i].text === b[i].text) continue;
    expect(a[i].kind).toBe('StringLiteralToken');
    expect(values.get(a[i].value)).toBe(b[i].value);
  }
}

it('the comparison catches a query built by naive string splicing', () => {
  const naive = (upn: string) => `SigninLogs | where UserPrincipalName =~ "${upn}" | take 10`;
  expect(() => compare(naive(PLAIN_USER), naive(HOSTILE[0]), new Map([[PLAIN_USER, HOSTILE[0]]]))).toThrow();
  expect(() => compare(naive(PLAIN_USER), naive(HOSTILE[1]), new Map([[PLAIN_USER, HOSTILE[1]]]))).toThrow();
});

describe.each(TWINS.map((a) => [a.id, a] as const))('%s keeps its structure with hostile scope values', (_id, a) => {
  const plain = a.kql({}, { user: PLAIN_USER, ip: PLAIN_IP });
  const plainTokens = kqlTokens(plain);

  it.each(HOSTILE)('user and ip %j', (value) => {
    const hostile = a.kql({}, { user: value, ip: value });
    compare(plain, hostile, new Map([[PLAIN_USER, value], [PLAIN_IP, value]]));
    // The value is in the query only inside literals that decode back to it.
    const literals = kqlTokens(hostile).filter((t) => t.kind === 'StringLiteralToken' && t.value === value);
    expect(literals.length).toBe(plainTokens.filter((t) => t.value === PLAIN_USER || t.value === PLAIN_IP).length);
    expect(literals.length).toBeGreaterThan(0);
  });

  it('still binds with the most hostile value', () => {
    const hostile = a.kql({}, { user: HOSTILE[1], ip: HOSTILE[4] });
    expect(validateKql(hostile).diagnostics.filter((d) => d.severity === 'Error')).toEqual([]);
  });

  it('refuses a hostile timespan instead of splicing it', () => {
    let error: unknown;
    try {
      a.kql({}, { user: PLAIN_USER, timespan: 'P1D) | take 1 //' });
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
  });
});
