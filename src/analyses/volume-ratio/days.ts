/** The counting behind volume-ratio: two passes over typed columns, the second only over the users it flags. */
import type { EvidenceRow } from '../../findings/finding';
import { contextEvidenceRow } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { assess, type VolumeRatioParams, type VolumeRatioRow } from './index';

export type DayCount = {
  UserPrincipalName: string;
  /** YYYY-MM-DD (UTC); "" for rows without a time. */
  Day: string;
  Interactive: number;
  NonInteractive: number;
  /** NonInteractive / Interactive; null on a day without interactive sign-in. */
  Ratio: number | null;
};

export interface UserVolume {
  code: number;
  row: VolumeRatioRow;
  flaggedDays: DayCount[];
}

interface Acc {
  user: number;
  day: number;
  i: number;
  n: number;
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;
const NO_DAY = 999_999;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const dayLabel = (day: number): string => (day === NO_DAY ? '' : new Date(day * DAY_MS).toISOString().slice(0, 10));
/** A period without any interactive sign-in counts as having one, so refresh-only accounts stay on the same scale. */
const effectiveRatio = (a: Acc): number => a.n / Math.max(a.i, 1);

export function volumeRatioDays(
  table: SignInTable,
  p: VolumeRatioParams,
): { users: UserVolume[]; perDay: DayCount[]; samples: Map<number, EvidenceRow[]> } {
  const upn = table.column('UserPrincipalName');
  const inter = table.column('IsInteractive').values;
  const time = table.column('CreatedDateTime').values;
  const acc = new Map<number, Acc>();
  const dayOf = (pos: number): number => {
    const t = time[pos];
    return Number.isFinite(t) ? Math.floor(t / DAY_MS) : NO_DAY;
  };
  for (let k = 0; k < table.length; k++) {
    const pos = table.position(k);
    const day = dayOf(pos);
    const key = upn.codes[pos] * 1_000_000 + day;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { user: upn.codes[pos], day, i: 0, n: 0, first: Infinity, last: -Infinity }));
    if (inter[pos] === 1) a.i++;
    else a.n++;
    if (time[pos] < a.first) a.first = time[pos];
    if (time[pos] > a.last) a.last = time[pos];
  }

  const byUser = new Map<number, Acc[]>();
  for (const a of acc.values()) {
    const list = byUser.get(a.user);
    if (list) list.push(a);
    else byUser.set(a.user, [a]);
  }
  const perDay: DayCount[] = [];
  const users: UserVolume[] = [];
  const flaggedKeys = new Set<number>();
  const dayCount = (a: Acc): DayCount => ({
    UserPrincipalName: upn.values[a.user],
    Day: dayLabel(a.day),
    Interactive: a.i,
    NonInteractive: a.n,
    Ratio: a.i > 0 ? round1(a.n / a.i) : null,
  });
  for (const [user, days] of byUser) {
    days.sort((a, b) => a.day - b.day);
    const all: Acc = { user, day: NO_DAY, i: 0, n: 0, first: Infinity, last: -Infinity };
    for (const a of days) {
      all.i += a.i;
      all.n += a.n;
      all.first = Math.min(all.first, a.first);
      all.last = Math.max(all.last, a.last);
      perDay.push(dayCount(a));
    }
    // Bursts: days with a human sign-in, enough events, and a ratio at or above `suspicious`.
    const judgedDays = days.filter((a) => a.i > 0 && a.i + a.n >= p.minEvents);
    const peak = judgedDays.reduce<Acc | null>((m, a) => (!m || a.n / a.i > m.n / m.i ? a : m), null);
    const flagged = judgedDays.filter((a) => a.n / a.i >= p.suspicious);
    const periodRatio = effectiveRatio(all);
    const periodSuspicious = all.i + all.n >= p.minEvents && periodRatio >= p.suspicious;
    const judged = Math.max(all.i + all.n >= p.minEvents ? periodRatio : 0, peak ? peak.n / peak.i : 0);
    const span = periodSuspicious ? [all] : flagged;
    for (const a of periodSuspicious ? days : flagged) flaggedKeys.add(a.user * 1_000_000 + a.day);
    users.push({
      code: user,
      flaggedDays: flagged.map(dayCount),
      row: {
        UserPrincipalName: upn.values[user],
        Interactive: all.i,
        NonInteractive: all.n,
        Ratio: all.i > 0 ? round1(all.n / all.i) : null,
        NoInteractive: all.i === 0,
        Days: days.length,
        PeakDay: peak ? dayLabel(peak.day) : '',
        PeakDayRatio: peak ? round1(peak.n / peak.i) : null,
        SuspiciousDays: flagged.length,
        JudgedRatio: round1(judged),
        SuspiciousFirst: span.length ? isoTime(Math.min(...span.map((a) => a.first))) : '',
        SuspiciousLast: span.length ? isoTime(Math.max(...span.map((a) => a.last))) : '',
        Assessment: assess(judged, all.i + all.n, p),
      },
    });
  }

  // Sample the non-interactive rows of the flagged days (all days when the whole period is flagged), for evidence.
  const samples = new Map<number, EvidenceRow[]>();
  if (flaggedKeys.size) {
    for (let k = 0; k < table.length; k++) {
      const pos = table.position(k);
      if (inter[pos] === 1 || !flaggedKeys.has(upn.codes[pos] * 1_000_000 + dayOf(pos))) continue;
      let list = samples.get(upn.codes[pos]);
      if (!list) samples.set(upn.codes[pos], (list = []));
      if (list.length < p.maxEvidenceRows) list.push(contextEvidenceRow(table, k));
    }
  }
  perDay.sort((a, b) => a.UserPrincipalName.localeCompare(b.UserPrincipalName) || a.Day.localeCompare(b.Day));
  return { users, perDay, samples };
}
