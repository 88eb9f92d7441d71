/**
 * Date and time functions. now() and ago() read the query's clock (EvalContext.now), which the caller can set, so a
 * query over a fixed tenant gives the same answer every day. Weeks start on Sunday, as in Kusto; bin() of a datetime
 * counts from 0001-01-01, as Kusto's ticks do (bin(t, 7d) falls on Mondays, not on the Unix epoch's Thursdays).
 */
import { EPOCH_TICKS } from '../values/datetime';
import { MS_PER_DAY, type Value } from '../values/types';
import { fn, strict, type ScalarFunctionDef } from './function';

/**
 * The end of a period is one microsecond before the next: Kusto's is one tick (100 ns) before, which a double of
 * epoch milliseconds cannot tell apart from the next period itself.
 */
const END = 0.001;

/** Milliseconds from 0001-01-01 to 1970-01-01. */
const YEAR_ONE_MS = EPOCH_TICKS / 10_000;

const UNIT_MS: Readonly<Record<string, number>> = {
  day: MS_PER_DAY, hour: 3_600_000, minute: 60_000, second: 1_000, millisecond: 1, microsecond: 0.001, nanosecond: 0.000001,
};

const parts = (ms: number) => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), dow: d.getUTCDay() };
};

const startOfDay = (ms: number) => Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
const startOfWeek = (ms: number) => startOfDay(ms) - parts(ms).dow * MS_PER_DAY;

function periodOf(p: Value): string {
  const s = String(p).toLowerCase().replace(/s$/, '');
  return s === 'ms' ? 'millisecond' : s;
}

function datetimeDiff(period: string, a: number, b: number): number | null {
  const pa = parts(a);
  const pb = parts(b);
  switch (period) {
    case 'year':
      return pa.y - pb.y;
    case 'quarter':
      return pa.y * 4 + Math.floor(pa.mo / 3) - (pb.y * 4 + Math.floor(pb.mo / 3));
    case 'month':
      return pa.y * 12 + pa.mo - (pb.y * 12 + pb.mo);
    case 'week':
      return Math.round((startOfWeek(a) - startOfWeek(b)) / (7 * MS_PER_DAY));
    case 'nanosecond':
      return Math.round((a - b) * 10_000) * 100;
    default: {
      const unit = UNIT_MS[period];
      if (unit === undefined) return null;
      return Math.floor(a / unit + 1e-9) - Math.floor(b / unit + 1e-9);
    }
  }
}

function datetimeAdd(period: string, amount: number, t: number): number | null {
  const d = new Date(t);
  switch (period) {
    case 'year':
      d.setUTCFullYear(d.getUTCFullYear() + amount);
      return d.getTime() + (t - Math.floor(t));
    case 'quarter':
    case 'month': {
      const months = period === 'quarter' ? amount * 3 : amount;
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + months);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last)); // Jan 31 + 1 month = Feb 28/29, as .NET's AddMonths
      return d.getTime() + (t - Math.floor(t));
    }
    case 'week':
      return t + amount * 7 * MS_PER_DAY;
    case 'nanosecond':
      return t + amount / 1_000_000;
    default: {
      const unit = UNIT_MS[period];
      return unit === undefined ? null : t + amount * unit;
    }
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** format_datetime's specifiers (d, dd, f..fffffff, F..FFFFFFF, h, hh, H, HH, m, mm, M, MM, s, ss, y, yy, yyyy, tt). */
function formatDatetime(ms: number, format: string): string {
  const d = new Date(Math.floor(ms));
  const ticks = Math.round((ms - Math.floor(ms / 1000) * 1000) * 10_000);
  const frac = pad(ticks, 7);
  return format.replace(/yyyy|yy|y|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|tt|f{1,7}|F{1,7}/g, (tok) => {
    switch (tok) {
      case 'yyyy': return pad(d.getUTCFullYear(), 4);
      case 'yy': return pad(d.getUTCFullYear() % 100, 2);
      case 'y': return String(d.getUTCFullYear() % 100);
      case 'MM': return pad(d.getUTCMonth() + 1, 2);
      case 'M': return String(d.getUTCMonth() + 1);
      case 'dd': return pad(d.getUTCDate(), 2);
      case 'd': return String(d.getUTCDate());
      case 'HH': return pad(d.getUTCHours(), 2);
      case 'H': return String(d.getUTCHours());
      case 'hh': return pad(d.getUTCHours() % 12 || 12, 2);
      case 'h': return String(d.getUTCHours() % 12 || 12);
      case 'mm': return pad(d.getUTCMinutes(), 2);
      case 'm': return String(d.getUTCMinutes());
      case 'ss': return pad(d.getUTCSeconds(), 2);
      case 's': return String(d.getUTCSeconds());
      case 'tt': return d.getUTCHours() < 12 ? 'AM' : 'PM';
      default: {
        const digits = frac.slice(0, tok.length);
        return tok[0] === 'F' ? digits.replace(/0+$/, '') : digits;
      }
    }
  });
}

/** bin(value, size): the multiple of size at or below value; datetimes count from 0001-01-01. */
function bin(v: number, size: number, isDatetime: boolean): number | null {
  if (!(size > 0)) return null;
  if (!isDatetime) return Math.floor(v / size) * size;
  return Math.floor((v + YEAR_ONE_MS) / size) * size - YEAR_ONE_MS;
}

const offsetArg = (a: Value[], i: number) => (a.length > i && a[i] !== null ? (a[i] as number) : 0);

export const DATETIME_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('now', [0, 1], 'now([offset]): datetime', (a, _t, ctx) => ctx.now + offsetArg(a, 0)),
  strict('ago', [1, 1], 'ago(timespan): datetime', (a, _t, ctx) => ctx.now - (a[0] as number)),
  strict('datetime_diff', [3, 3], 'datetime_diff(period, datetime1, datetime2): long', (a) =>
    datetimeDiff(periodOf(a[0]), a[1] as number, a[2] as number),
  ),
  strict('datetime_add', [3, 3], 'datetime_add(period, amount, datetime): datetime', (a) =>
    datetimeAdd(periodOf(a[0]), a[1] as number, a[2] as number),
  ),
  strict('startofday', [1, 2], 'startofday(datetime [, offset]): datetime', (a) => startOfDay(a[0] as number) + offsetArg(a, 1) * MS_PER_DAY),
  strict('endofday', [1, 2], 'endofday(datetime [, offset]): datetime', (a) => startOfDay(a[0] as number) + (offsetArg(a, 1) + 1) * MS_PER_DAY - END),
  strict('startofweek', [1, 2], 'startofweek(datetime [, offset]): datetime', (a) => startOfWeek(a[0] as number) + offsetArg(a, 1) * 7 * MS_PER_DAY),
  strict('endofweek', [1, 2], 'endofweek(datetime [, offset]): datetime', (a) => startOfWeek(a[0] as number) + (offsetArg(a, 1) + 1) * 7 * MS_PER_DAY - END),
  strict('startofmonth', [1, 2], 'startofmonth(datetime [, offset]): datetime', (a) => {
    const p = parts(a[0] as number);
    return Date.UTC(p.y, p.mo + offsetArg(a, 1), 1);
  }),
  strict('endofmonth', [1, 2], 'endofmonth(datetime [, offset]): datetime', (a) => {
    const p = parts(a[0] as number);
    return Date.UTC(p.y, p.mo + offsetArg(a, 1) + 1, 1) - END;
  }),
  strict('startofyear', [1, 2], 'startofyear(datetime [, offset]): datetime', (a) => Date.UTC(parts(a[0] as number).y + offsetArg(a, 1), 0, 1)),
  strict('endofyear', [1, 2], 'endofyear(datetime [, offset]): datetime', (a) => Date.UTC(parts(a[0] as number).y + offsetArg(a, 1) + 1, 0, 1) - END),
  strict('bin', [2, 2], 'bin(value, size)', (a, t) => bin(a[0] as number, a[1] as number, t.args[0] === 'datetime')),
  strict('floor', [2, 2], 'floor(value, size)', (a, t) => bin(a[0] as number, a[1] as number, t.args[0] === 'datetime')),
  strict('bin_at', [3, 3], 'bin_at(value, size, fixed_point)', (a) => {
    const size = a[1] as number;
    if (!(size > 0)) return null;
    const fixed = a[2] as number;
    return fixed + Math.floor(((a[0] as number) - fixed) / size) * size;
  }),
  strict('format_datetime', [2, 2], 'format_datetime(datetime, format): string', (a) => formatDatetime(a[0] as number, String(a[1]))),
  strict('dayofweek', [1, 1], 'dayofweek(datetime): timespan (days since Sunday)', (a) => parts(a[0] as number).dow * MS_PER_DAY),
  strict('dayofmonth', [1, 1], 'dayofmonth(datetime): int', (a) => parts(a[0] as number).d),
  strict('dayofyear', [1, 1], 'dayofyear(datetime): int', (a) => {
    const t = a[0] as number;
    return Math.floor((startOfDay(t) - Date.UTC(parts(t).y, 0, 1)) / MS_PER_DAY) + 1;
  }),
  strict('hourofday', [1, 1], 'hourofday(datetime): int', (a) => new Date(a[0] as number).getUTCHours()),
  strict('monthofyear', [1, 1], 'monthofyear(datetime): int', (a) => parts(a[0] as number).mo + 1),
  strict('getmonth', [1, 1], 'getmonth(datetime): int', (a) => parts(a[0] as number).mo + 1),
  strict('getyear', [1, 1], 'getyear(datetime): int', (a) => parts(a[0] as number).y),
  strict('datetime_part', [2, 2], 'datetime_part(part, datetime): int', (a) => {
    const d = new Date(a[1] as number);
    const part = String(a[0]).toLowerCase();
    const map: Record<string, number> = {
      year: d.getUTCFullYear(), quarter: Math.floor(d.getUTCMonth() / 3) + 1, month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
      dayofyear: Math.floor((startOfDay(d.getTime()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / MS_PER_DAY) + 1,
    };
    return map[part] ?? null;
  }),
  strict('unixtime_seconds_todatetime', [1, 1], 'unixtime_seconds_todatetime(seconds): datetime', (a) => (a[0] as number) * 1000),
  strict('unixtime_milliseconds_todatetime', [1, 1], 'unixtime_milliseconds_todatetime(ms): datetime', (a) => a[0] as number),
  strict('make_datetime', [3, 7], 'make_datetime(year, month, day [, hour, minute, second]): datetime', (a) =>
    Date.UTC(a[0] as number, (a[1] as number) - 1, a[2] as number, (a[3] as number) ?? 0, (a[4] as number) ?? 0, 0) + ((a[5] as number) ?? 0) * 1000,
  ),
];
