/**
 * Time values as the sources write them, to epoch milliseconds UTC. `Date.parse` is not used for text: it reads an ISO
 * string without an offset, and every non-ISO string, as *local* time, which would shift sign-ins by the analyst's zone.
 * Every source here writes UTC (Log Analytics, Graph, the portal's "Date (UTC)", the CSV `[UTC]` columns), so text
 * without an offset is UTC.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** en-US display form of the Log Analytics CSV export and of PowerShell: `4/28/2021, 2:08:45.221 PM`, `6/18/2024 8:36:22 AM`. */
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AP]M)?$/i;

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

function offsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60000;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, s) + ms;
}

/**
 * Epoch milliseconds (UTC) of a time value, or NaN when it is absent or not a time.
 * Accepts `Date`, ISO-8601 text with 0-7 (or more) fractional digits and `Z` / `+00:00` / no offset, and the en-US
 * 12-hour display form of CSV exports. A number is taken as epoch milliseconds.
 *
 * @example parseTime('2021-04-28T14:08:45.2213421+00:00') // 1619618925221
 */
export function parseTime(v: unknown): number {
  if (typeof v === 'string') return parseTimeText(v);
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  return NaN;
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
    return base - offsetMs(m[8]);
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
