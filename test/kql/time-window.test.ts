import { isUserError } from '../../src/errors';
import { scopeFilter } from '../../src/kql/scope';
import { parseIsoDuration, parseTimeWindow } from '../../src/kql/time-window';

describe('parseTimeWindow', () => {
  it('reads durations back from now', () => {
    expect(parseTimeWindow('P7D')).toEqual({ kind: 'last', ms: 7 * 86_400_000, months: 0 });
    expect(parseTimeWindow('PT12H')).toEqual({ kind: 'last', ms: 12 * 3_600_000, months: 0 });
    expect(parseTimeWindow('P1DT30M')).toEqual({ kind: 'last', ms: 86_400_000 + 30 * 60_000, months: 0 });
    expect(parseTimeWindow('P2W')).toEqual({ kind: 'last', ms: 14 * 86_400_000, months: 0 });
    expect(parseTimeWindow('P1Y2M')).toEqual({ kind: 'last', ms: 0, months: 14 });
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

  it.each(['', '7d', 'P', 'P0D', 'P1D/P2D', '2025-06-08/2025-06-01', 'a/b', '2025-06-01/2025-06-02/2025-06-03', 'P1D) | take 1', '2024-02-31/P1D', '0099-01-01/P1D'])(
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

describe('one timespan reader for the pull, the twins and pushdown', () => {
  // That a date-time without a zone is UTC whatever TZ says is proved on the real binary, which runs under another
  // TZ (jest's process.env does not reach the clock): test/cli/hostile-cli.test.ts, "timespans mean the same everywhere".
  it('a date-time without a zone is read as UTC by both', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseTimespan } = require('../../src/sources/live/time-window') as typeof import('../../src/sources/live/time-window');
    expect(parseTimeWindow('2025-06-01T00:00/2025-06-02T06:00')).toEqual({ kind: 'between', start: new Date(Date.UTC(2025, 5, 1)), end: new Date(Date.UTC(2025, 5, 2, 6)) });
    expect(parseTimespan('2025-06-01T00:00/2025-06-02T06:00')).toEqual({ start: Date.UTC(2025, 5, 1), end: Date.UTC(2025, 5, 2, 6) });
  });

  it('calendar months work in both: the twin counts them with datetime_add, the pull by the UTC calendar', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseTimespan } = require('../../src/sources/live/time-window') as typeof import('../../src/sources/live/time-window');
    expect(scopeFilter({ timespan: 'P1M' }).text).toBe("\n| where TimeGenerated > datetime_add('month', -1, now())");
    expect(scopeFilter({ timespan: 'P1Y1D' }).text).toBe("\n| where TimeGenerated > datetime_add('month', -12, now()) - 1d");
    expect(parseTimespan('P1M', Date.UTC(2024, 2, 31))).toEqual({ start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 31) });
    expect(parseTimeWindow('2024-01-31T00:00:00Z/P1M')).toEqual({ kind: 'between', start: new Date(Date.UTC(2024, 0, 31)), end: new Date(Date.UTC(2024, 1, 29)) });
  });

  it('a zone, when given, is honoured', () => {
    expect(parseTimeWindow('2025-06-01T00:00:00+02:00/PT1H')).toEqual({
      kind: 'between',
      start: new Date(Date.UTC(2025, 4, 31, 22)),
      end: new Date(Date.UTC(2025, 4, 31, 23)),
    });
  });
});
