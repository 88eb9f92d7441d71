/**
 * Kusto datetimes as epoch milliseconds: the text Kusto writes (`2024-05-01T10:00:00.0000000Z`, seven fractional
 * digits, as in its JSON results and inside dynamic values) and the texts it reads (ISO 8601 with a space or a `T`,
 * an optional zone, and RFC 1123 / 822 such as `Sat, 8 Nov 2014 15:05:02 GMT`).
 * Text without a zone is UTC, as in Kusto; this never falls back to JavaScript's local-time parsing.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7})\d*)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const US_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const RFC = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function zoneMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, fraction = ''): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(ms).getUTCDate() !== d) return null; // 31 February
  return ms + (fraction ? Number(`0.${fraction}`) * 1000 : 0);
}

/**
 * Reads a datetime text; null when Kusto would give datetime(null).
 * @example parseDatetime('2015-12-31 23:59:59.9') // => 1451606399900
 */
export function parseDatetime(text: string): number | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const t = utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ?? '');
    return t === null ? null : t - zoneMinutes(m[8]) * 60_000;
  }
  m = US_DATE.exec(s);
  if (m) return utc(+m[3], +m[1], +m[2]);
  m = RFC.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2].toLowerCase());
    if (mo < 0) return null;
    const t = utc(+m[3], mo + 1, +m[1], +m[4], +m[5], +(m[6] ?? 0));
    return t === null ? null : t - zoneMinutes(m[7]) * 60_000;
  }
  return null;
}

/**
 * Kusto's text of a datetime: ISO 8601 UTC with seven fractional digits.
 * @example formatDatetime(0) // => "1970-01-01T00:00:00.0000000Z"
 */
export function formatDatetime(ms: number): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const d = new Date(whole);
  if (Number.isNaN(d.getTime())) return '';
  const ticks = Math.min(9_999_999, Math.round((ms - whole) * 10_000));
  return `${d.toISOString().slice(0, 19)}.${String(ticks).padStart(7, '0')}Z`;
}

/** .NET ticks (100 ns since 0001-01-01) at the Unix epoch: tolong(datetime) counts ticks. */
export const EPOCH_TICKS = 621_355_968_000_000_000;
