/** The finding volume-ratio raises for a user whose refresh volume per interactive sign-in is far above normal. */
import type { EvidenceRow, Finding, Severity } from '../../findings/finding';
import type { DayCount } from './days';
import type { VolumeRatioParams, VolumeRatioRow } from './index';

/** low from `suspicious`, medium from twice it, high from four times it (our choice of multiples). */
export function volumeRatioSeverity(ratio: number, p: VolumeRatioParams): Severity {
  if (ratio >= 4 * p.suspicious) return 'high';
  if (ratio >= 2 * p.suspicious) return 'medium';
  return ratio >= p.suspicious ? 'low' : 'informational';
}

export function volumeRatioFinding(r: VolumeRatioRow, p: VolumeRatioParams, samples: EvidenceRow[], days: DayCount[]): Finding {
  const what = r.NoInteractive
    ? `${r.NonInteractive} non-interactive events and no interactive sign-in at all (an automated account, or a token used with no human sign-in)`
    : r.Ratio !== null && r.Ratio >= r.JudgedRatio
      ? `${r.Ratio}:1 non-interactive to interactive events over ${r.Days} day(s) (${r.NonInteractive} to ${r.Interactive}; normal is ${p.normalLow}-${p.normalHigh}:1)`
      : `${r.PeakDayRatio}:1 non-interactive to interactive events on ${r.PeakDay} (normal is ${p.normalLow}-${p.normalHigh}:1)`;
  return {
    detector: 'high-volume-ratio',
    severity: volumeRatioSeverity(r.JudgedRatio, p),
    userPrincipalName: r.UserPrincipalName,
    first: r.SuspiciousFirst,
    last: r.SuspiciousLast,
    summary: `${r.UserPrincipalName}: ${what}.`,
    evidence: {
      rows: samples,
      rowCount: r.NonInteractive,
      interactive: r.Interactive,
      nonInteractive: r.NonInteractive,
      ratio: r.Ratio,
      peakDay: r.PeakDay,
      peakDayRatio: r.PeakDayRatio,
      judgedRatio: r.JudgedRatio,
      suspiciousDays: days,
      thresholds: { normalLow: p.normalLow, normalHigh: p.normalHigh, suspicious: p.suspicious },
    },
  };
}
