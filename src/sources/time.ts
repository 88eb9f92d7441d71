/**
 * Time values as the sources write them, to epoch milliseconds UTC. `Date.parse` is not used for text: it reads an ISO
 * string without an offset, and every non-ISO string, as *local* time, which would shift sign-ins by the analyst's zone.
 * Every source here writes UTC (Log Analytics, Graph, the portal's "Date (UTC)", the CSV `[UTC]` columns), so text
 * without an offset is UTC. `Date.UTC` is not trusted with the calendar either: it rolls 2024-02-31 into March and
 * reads the years 0–99 as 1900–1999, so every date is checked first and a date that does not exist, or a year outside
 * 1970–9999 (a two-digit year written as "0099", a "0000" placeholder), is not a time. Numbers are not times: no
 * source writes one, and epoch seconds and milliseconds cannot be told apart.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** en-US display form of the Log Analytics CSV export and of PowerShell: `4/28/2021, 2:08:45.221 PM`, `6/18/2024 8:36:22 AM`. */
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AP]M)?$/i;

/** The years a sign-in time may fall in. Entra ID began in the 2010s; 9999 is the last year ISO text can hold. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 9999;

/**
 * Whole milliseconds from a run of fractional-second digits (any count): "2213421" -> 221, "1" -> 100. Truncated, not
 * rounded, so a time never moves into the next second, and the same event read from Graph (whole seconds or ms) and from
 * Log Analytics (7 digits) keeps the same millisecond.
 */
function fractionMs(digits: string | undefined): number {
  if (!digits) return 0;
  const d = digits.length >= 3 ? digits.slice(0, 3) : (digits + '00').slice(0, 3);
  return +d;
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** Why these fields are not a time, or "" when they are one. */
function calendarProblem(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  if (y < FIRST_YEAR || y > LAST_YEAR) return `the year ${String(y).padStart(4, '0')} is outside ${FIRST_YEAR}–${LAST_YEAR}`;
  if (mo < 1 || mo > 12) return `there is no month ${mo}`;
  if (d < 1 || d > daysInMonth(y, mo)) return `there is no day ${d} in ${y}-${String(mo).padStart(2, '0')}`;
  if (h > 23 || mi > 59 || s > 59) return `there is no time of day ${h}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return '';
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (calendarProblem(y, mo, d, h, mi, s) !== '') return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, s) + ms;
}

/** Milliseconds east of UTC of `Z`, `+hh`, `+hhmm` or `+hh:mm`; NaN for an offset that cannot exist. */
function offsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2) || '0');
  if (h > 14 || m > 59) return NaN;
  return sign * (h * 60 + m) * 60000;
}

/**
 * Epoch milliseconds (UTC) of a time value, or NaN when it is absent or not a time.
 * Accepts a valid `Date`, ISO-8601 text with 0-7 (or more) fractional digits and `Z` / `+00:00` / no offset (UTC), and
 * the en-US 12-hour display form of CSV exports. Dates that do not exist and years outside 1970–9999 are NaN; so is
 * every number.
 *
 * @example parseTime('2021-04-28T14:08:45.2213421+00:00') // 1619618925221
 * @example parseTime('2024-02-31T00:00:00Z') // NaN
 */
export function parseTime(v: unknown): number {
  if (typeof v === 'string') return parseTimeText(v);
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isFinite(t) && inYears(t) ? t : NaN;
  }
  return NaN;
}

const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
const END_MS = Date.UTC(LAST_YEAR + 1, 0, 1);
const inYears = (t: number) => t >= FIRST_MS && t < END_MS;

/**
 * Why a value is not a time, for the reason of a rejected row; "" when it is one.
 * @example timeProblem('2024-02-31') // 'there is no day 31 in 2024-02'
 */
export function timeProblem(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'it is empty';
  if (typeof v === 'number') return 'it is a number, not a date-time text';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'it is an invalid Date' : inYears(v.getTime()) ? '' : `it is outside ${FIRST_YEAR}–${LAST_YEAR}`;
  if (typeof v !== 'string') return `it is ${Array.isArray(v) ? 'an array' : `a${typeof v === 'object' ? 'n object' : ` ${typeof v}`}`}, not a date-time text`;
  const t = v.trim();
  let m = ISO.exec(t);
  if (m) {
    const why = calendarProblem(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (why) return why;
    if (Number.isNaN(offsetMs(m[8]))) return `there is no UTC offset ${m[8]}`;
    return Number.isNaN(parseTimeText(t)) ? `it is outside ${FIRST_YEAR}–${LAST_YEAR}` : '';
  }
  m = US.exec(t);
  if (m) {
    const h = +m[4];
    if (m[8] && (h < 1 || h > 12)) return `there is no hour ${h} ${m[8].toUpperCase()}`;
    return calendarProblem(+m[3], +m[1], +m[2], m[8] ? 0 : h, +m[5], +(m[6] ?? 0));
  }
  return 'it is not an ISO 8601 or en-US date-time';
}

/** The value of `n` ASCII digits of `s` from `i`, or -1 if any is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The common shape of every machine-written time here, `YYYY-MM-DDTHH:MM:SS[.fffffff](Z|+00:00|)`, read without a
 * regular expression (it runs twice per row on millions of rows). Anything else returns undefined for the full parser.
 */
function fastIso(t: string): number | undefined {
  const n = t.length;
  if (n < 19 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) {
    return undefined;
  }
  const y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2), h = digits(t, 11, 2), mi = digits(t, 14, 2), sec = digits(t, 17, 2);
  if ((y | mo | d | h | mi | sec) < 0) return undefined;
  let i = 19;
  let ms = 0;
  if (i < n && t.charCodeAt(i) === 46) {
    i++;
    let k = 0;
    for (; i < n; i++, k++) {
      const c = t.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      if (k < 3) ms = ms * 10 + c;
    }
    if (k === 0) return undefined;
    if (k < 3) ms *= k === 1 ? 100 : 10;
  }
  const rest = n - i;
  if (!(rest === 0 || (rest === 1 && t.charCodeAt(i) === 90) || (rest === 6 && t.endsWith('+00:00')))) return undefined;
  return utc(y, mo, d, h, mi, sec, ms);
}

function parseTimeText(text: string): number {
  const fast = fastIso(text);
  if (fast !== undefined) return fast;
  const t = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
  if (t === '') return NaN;
  let m = ISO.exec(t);
  if (m) {
    const base = utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), fractionMs(m[7]));
    const at = base - offsetMs(m[8]);
    return inYears(at) ? at : NaN;
  }
  m = US.exec(t);
  if (m) {
    let h = +m[4];
    const ampm = m[8]?.toUpperCase();
    if (ampm) {
      if (h < 1 || h > 12) return NaN;
      if (ampm === 'AM' && h === 12) h = 0;
      else if (ampm === 'PM' && h !== 12) h += 12;
    }
    return utc(+m[3], +m[1], +m[2], h, +m[5], +(m[6] ?? 0), fractionMs(m[7]));
  }
  return NaN;
}
