/**
 * Kusto timespans as milliseconds: literals (`5m`, `1.5h`, `100ms`, `10microsecond`, `time(1d)`,
 * `timespan(0.12:34:56.7)`, `timespan(2)` = two days), the text `totimespan` reads (`[-][d.]hh:mm[:ss[.fffffff]]`) and
 * the text Kusto writes (`1.02:03:04.5000000`, `00:05:00`).
 */

/** Milliseconds per unit, under every spelling Kusto's timespan literals accept. */
const UNITS: Readonly<Record<string, number>> = {
  d: 86_400_000, day: 86_400_000, days: 86_400_000,
  h: 3_600_000, hr: 3_600_000, hrs: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000,
  s: 1_000, sec: 1_000, second: 1_000, seconds: 1_000,
  ms: 1, milli: 1, millis: 1, millisec: 1, millisecond: 1, milliseconds: 1,
  microsec: 0.001, microsecond: 0.001, microseconds: 0.001,
  tick: 0.0001, ticks: 0.0001,
};

const CLOCK = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;
const WITH_UNIT = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]+)$/i;

/**
 * Reads the text of a timespan (a literal's body or a string given to totimespan); null if it is not one.
 * @example parseTimespan('1.5h') // => 5400000
 * @example parseTimespan('0.00:03:00') // => 180000
 */
export function parseTimespan(text: string): number | null {
  let s = text.trim();
  const call = /^(?:timespan|time)\((.*)\)$/is.exec(s);
  if (call) {
    s = call[1].trim();
    if (/^null$/i.test(s)) return null;
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s) * 86_400_000; // timespan(2): days
  }
  let m = WITH_UNIT.exec(s);
  if (m) {
    const unit = UNITS[m[3].toLowerCase()];
    if (unit === undefined) return null;
    return (m[1] ? -1 : 1) * Number(m[2]) * unit;
  }
  m = CLOCK.exec(s);
  if (m) {
    const [, minus, d, h, mi, sec, frac] = m;
    if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return null;
    const ms = (+(d ?? 0)) * 86_400_000 + +h * 3_600_000 + +mi * 60_000 + +(sec ?? 0) * 1000 + (frac ? Number(`0.${frac}`) * 1000 : 0);
    return minus ? -ms : ms;
  }
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Kusto's text of a timespan: `[-][d.]hh:mm:ss[.fffffff]`.
 * @example formatTimespan(90_061_500) // => "1.01:01:01.5000000"
 */
export function formatTimespan(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let ticks = Math.round(Math.abs(ms) * 10_000);
  const frac = ticks % 10_000_000;
  ticks = (ticks - frac) / 10_000_000; // whole seconds
  const s = ticks % 60;
  const mi = Math.floor(ticks / 60) % 60;
  const h = Math.floor(ticks / 3600) % 24;
  const d = Math.floor(ticks / 86_400);
  return `${sign}${d ? `${d}.` : ''}${pad2(h)}:${pad2(mi)}:${pad2(s)}${frac ? `.${String(frac).padStart(7, '0')}` : ''}`;
}
