/**
 * Judging one user from their per-day counts: over the whole period (the course's query) and per day with an
 * interactive sign-in (one bad day drowns in a week of ordinary ones). A period without any interactive sign-in counts
 * as having one, so refresh-only accounts stay on the same scale.
 */
import { isoTime } from '../../iso-time';
import { assess, type VolumeAssessment } from './assess';
import type { VolumeRatioParams } from './parameters';

/** One user's counts on one UTC day (`day`: the day's start in epoch ms, null for rows without a time). */
export interface UserDay {
  group: number;
  user: string;
  day: number | null;
  i: number;
  n: number;
  first: number;
  last: number;
}

export type DayCount = {
  UserPrincipalName: string;
  /** YYYY-MM-DD (UTC); "" for rows without a time. */
  Day: string;
  Interactive: number;
  NonInteractive: number;
  /** NonInteractive / Interactive; null on a day without interactive sign-in. */
  Ratio: number | null;
};

export interface VolumeRatioRow {
  UserPrincipalName: string;
  Interactive: number;
  NonInteractive: number;
  /** NonInteractive / Interactive over the whole period; null when the user never signed in interactively. */
  Ratio: number | null;
  NoInteractive: boolean;
  Days: number;
  /** The day (YYYY-MM-DD, UTC) with an interactive sign-in and enough events that has the highest ratio ("" / null: none). */
  PeakDay: string;
  PeakDayRatio: number | null;
  /** Days whose ratio reaches `suspicious`. */
  SuspiciousDays: number;
  /** The ratio judged: the larger of the period's (one interactive sign-in assumed when there was none) and the peak day's. */
  JudgedRatio: number;
  /** ISO-8601 UTC of the first and last event of what was judged suspicious: the suspicious days, or the whole period. */
  SuspiciousFirst: string;
  SuspiciousLast: string;
  Assessment: VolumeAssessment;
}

export interface UserJudgement {
  row: VolumeRatioRow;
  flaggedDays: DayCount[];
  /** The days whose rows are cited: the suspicious days, or every day when the whole period is suspicious. */
  evidenceDays: UserDay[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const dayLabel = (day: number | null): string => (day === null ? '' : isoTime(day).slice(0, 10));

export function dayCount(a: UserDay): DayCount {
  return { UserPrincipalName: a.user, Day: dayLabel(a.day), Interactive: a.i, NonInteractive: a.n, Ratio: a.i > 0 ? round1(a.n / a.i) : null };
}

/** One user's row, from their days in time order (the day without a time last). */
export function judgeUser(days: readonly UserDay[], p: VolumeRatioParams): UserJudgement {
  const all = { i: 0, n: 0, first: Infinity, last: -Infinity };
  for (const a of days) {
    all.i += a.i;
    all.n += a.n;
    all.first = Math.min(all.first, a.first);
    all.last = Math.max(all.last, a.last);
  }
  // Bursts: days with a human sign-in, enough events, and a ratio at or above `suspicious`.
  const judgedDays = days.filter((a) => a.i > 0 && a.i + a.n >= p.minEvents);
  const peak = judgedDays.reduce<UserDay | null>((m, a) => (!m || a.n / a.i > m.n / m.i ? a : m), null);
  const flagged = judgedDays.filter((a) => a.n / a.i >= p.suspicious);
  const periodRatio = all.n / Math.max(all.i, 1);
  const periodSuspicious = all.i + all.n >= p.minEvents && periodRatio >= p.suspicious;
  const judged = Math.max(all.i + all.n >= p.minEvents ? periodRatio : 0, peak ? peak.n / peak.i : 0);
  const span = periodSuspicious ? [all] : flagged;
  return {
    flaggedDays: flagged.map(dayCount),
    evidenceDays: periodSuspicious ? [...days] : flagged,
    row: {
      UserPrincipalName: days[0].user,
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
  };
}
