/**
 * The KQL twin of volume-ratio: per user and UTC day, interactive and non-interactive counts; per user the totals, the
 * peak day (the highest ratio among days with an interactive sign-in and `minEvents` events; of equal ones the
 * earliest), the suspicious days, the ratio judged (the larger of the period's, with one interactive sign-in assumed
 * when there was none, and the peak day's) and the assessment, as user-days.ts computes them. Ratios are rounded as
 * the TypeScript's round1 does (round(x * 10) / 10).
 * The per-day table (tables.perDay) is the `days` step of the query.
 */
import { numberLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { VolumeRatioParams } from './parameters';

export function volumeRatioKql(p: VolumeRatioParams, scope: KqlScope = {}): string {
  return kql`// volume-ratio: non-interactive events per interactive sign-in, per user and day
let normalLow = ${numberLiteral(p.normalLow)};
let normalHigh = ${numberLiteral(p.normalHigh)};
let suspicious = ${numberLiteral(p.suspicious)};
let minEvents = ${numberLiteral(p.minEvents)};
let round1 = (x: real) { round(x * 10) / 10.0 };
let days = ${unionLegs({ fields: ['UserPrincipalName', 'CreatedDateTime'], scope })}
    | summarize I = countif(Interactive), N = countif(not(Interactive)), First = min(CreatedDateTime), Last = max(CreatedDateTime)
        by UserPrincipalName, Day = startofday(CreatedDateTime)
    // A day is judged with an interactive sign-in and enough events; it is suspicious at or above the line.
    | extend DayRatio = iff(I > 0 and I + N >= minEvents, todouble(N) / I, real(null))
    | extend Flagged = coalesce(DayRatio >= suspicious, false);
let peaks = days
    | where isnotnull(DayRatio)
    | summarize Top = max(DayRatio) by UserPrincipalName
    | join kind=inner (days | where isnotnull(DayRatio)) on UserPrincipalName
    | where DayRatio == Top
    | summarize arg_min(Day, DayRatio) by UserPrincipalName
    | project UserPrincipalName, PeakDay = format_datetime(Day, "yyyy-MM-dd"), PeakRatio = DayRatio;
days
| summarize Interactive = sum(I), NonInteractive = sum(N), Days = count(), SuspiciousDays = countif(Flagged),
    FlaggedFirst = minif(First, Flagged), FlaggedLast = maxif(Last, Flagged), AllFirst = min(First), AllLast = max(Last)
    by UserPrincipalName
| lookup kind=leftouter peaks on UserPrincipalName
| extend Enough = Interactive + NonInteractive >= minEvents, PeriodRatio = todouble(NonInteractive) / max_of(Interactive, 1)
| extend PeriodSuspicious = Enough and PeriodRatio >= suspicious,
    Judged = max_of(iff(Enough, PeriodRatio, 0.0), coalesce(PeakRatio, 0.0))
| extend Assessment = case(not(Enough), "too few events", Judged >= suspicious, "suspicious", Judged > normalHigh, "elevated",
    Judged < normalLow, "below normal", "normal")
| project UserPrincipalName, Interactive, NonInteractive, Ratio = iff(Interactive > 0, round1(todouble(NonInteractive) / Interactive), real(null)),
    NoInteractive = Interactive == 0, Days, PeakDay = coalesce(PeakDay, ""), PeakDayRatio = round1(PeakRatio), SuspiciousDays,
    JudgedRatio = round1(Judged), SuspiciousFirst = iff(PeriodSuspicious, AllFirst, FlaggedFirst),
    SuspiciousLast = iff(PeriodSuspicious, AllLast, FlaggedLast), Assessment
| sort by JudgedRatio desc, UserPrincipalName asc`.text;
}
