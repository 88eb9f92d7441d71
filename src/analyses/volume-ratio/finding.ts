/** The finding volume-ratio raises for a user whose refresh volume per interactive sign-in is far above normal. */
import type { EvidenceRow, Finding } from '../../findings/finding';
import { volumeRatioSeverity } from './assess';
import type { VolumeRatioParams } from './parameters';
import type { DayCount, VolumeRatioRow } from './user-days';

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
