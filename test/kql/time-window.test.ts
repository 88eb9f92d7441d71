import { isUserError } from '../../src/errors';
import { scopeFilter } from '../../src/kql/scope';
import { parseIsoDuration, parseTimeWindow } from '../../src/kql/time-window';

describe('parseTimeWindow', () => {
  it('reads durations back from now', () => {
    expect(parseTimeWindow('P7D')).toEqual({ kind: 'last', ms: 7 * 86_400_000 });
    expect(parseTimeWindow('PT12H')).toEqual({ kind: 'last', ms: 12 * 3_600_000 });
    expect(parseTimeWindow('P1DT30M')).toEqual({ kind: 'last', ms: 86_400_000 + 30 * 60_000 });
    expect(parseTimeWindow('P2W')).toEqual({ kind: 'last', ms: 14 * 86_400_000 });
    expect(parseIsoDuration('P1M')).toBeUndefined();
    expect(parseIsoDuration('PT')).toBeUndefined();
  });

  it('reads intervals in all three forms', () => {
    const start = new Date('2025-06-01T00:00:00Z');
    const end = new Date('2025-06-08T00:00:00Z');
    expect(parseTimeWindow('2025-06-01T00:00:00Z/2025-06-08T00:00:00Z')).toEqual({ kind: 'between', start, end });
    expect(parseTimeWindow('2025-06-01T00:00:00Z/P7D')).toEqual({ kind: 'between', start, end });
    expect(parseTimeWindow('P7D/2025-06-08T00:00:00Z')).toEqual({ kind: 'between', start, end });
  });

  it.each(['', '7d', 'P1Y', 'P1D/P2D', '2025-06-08/2025-06-01', 'a/b', '2025-06-01/2025-06-02/2025-06-03', 'P1D) | take 1'])(
    'refuses %j with a UserError',
    (text) => {
      let error: unknown;
      try {
        parseTimeWindow(text);
      } catch (e) {
        error = e;
      }
      expect(isUserError(error)).toBe(true);
    },
  );
});

describe('scopeFilter', () => {
  it('renders nothing for an empty scope and escaped clauses otherwise', () => {
    expect(scopeFilter({}).text).toBe('');
    expect(scopeFilter({ user: 'a"b', ip: '1.2.3.4', timespan: 'PT90M' }, { indent: 2 }).text).toBe(
      '\n  | where TimeGenerated > ago(90m)\n  | where UserPrincipalName =~ "a\\"b"\n  | where IPAddress == "1.2.3.4"',
    );
    expect(scopeFilter({ user: 'a', ip: '1.2.3.4' }, { ip: false, user: false }).text).toBe('');
  });
});
