/**
 * The KQL twin of volume-ratio: per user and UTC day, interactive and non-interactive counts; per user the totals, the
 * peak day (judged days only when there are any: `minEvents`), suspicious days and the assessment, as
 * volume-ratio-days.ts computes them. A day without an interactive sign-in divides by one.
 * Difference: when two days share the peak ratio, `arg_max` may report either (the TypeScript reports the earlier).
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
let days = ${unionLegs({ fields: ['UserPrincipalName', 'CreatedDateTime'], scope })}
    | summarize I = countif(Interactive), N = countif(not(Interactive)), First = min(CreatedDateTime), Last = max(CreatedDateTime)
        by UserPrincipalName, Day = startofday(CreatedDateTime)
    | extend Effective = todouble(N) / max_of(I, 1), Judged = I + N >= minEvents
    | extend Flagged = Judged and Effective >= suspicious,
        // Judged days outrank the rest for the peak; within them the highest ratio wins.
        PeakRank = iff(Judged, 1.0e9, 0.0) + Effective, Total = I + N;
days
| summarize Interactive = sum(I), NonInteractive = sum(N), Days = count(), JudgedDays = countif(Judged),
    SuspiciousDays = countif(Flagged), SuspiciousFirst = minif(First, Flagged), SuspiciousLast = maxif(Last, Flagged),
    arg_max(PeakRank, Day, Effective, Total)
    by UserPrincipalName
| extend Assessment = case(JudgedDays == 0 or Total < minEvents, "too few events",
    Effective >= suspicious, "suspicious", Effective > normalHigh, "elevated", Effective < normalLow, "below normal", "normal")
| project UserPrincipalName, Interactive, NonInteractive, Ratio = iff(Interactive > 0, round(todouble(NonInteractive) / Interactive, 1), real(null)),
    NoInteractive = Interactive == 0, Days, PeakDay = format_datetime(Day, "yyyy-MM-dd"), PeakRatio = round(Effective, 1),
    SuspiciousDays, SuspiciousFirst, SuspiciousLast, Assessment
| sort by PeakRatio desc, UserPrincipalName asc`.text;
}
