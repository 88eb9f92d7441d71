/**
 * The KQL twin of password-spray, at its three speeds, with the same thresholds and the same row columns:
 *
 * 1. every IP failing passwords for two or more accounts: its burst peak (the most accounts failing within windowSpan,
 *    a self-join over each failure's window) and its day peak (the most accounts within one of the day windows that
 *    start at midnight UTC and, overlapping them, at noon); burst, else low-and-slow;
 * 2. failure-led addresses not reported alone (no account signs in there without failing first; at least one account
 *    failed there and never got in), their failure-only failures gathered by ASN: low-and-slow or distributed;
 * 3. what is left of them gathered by user agent: distributed.
 *
 * Of windows with the same peak, the earliest is reported, as the TypeScript does.
 * Differences from the TypeScript (docs/kql-differences.md): the burst self-join grows with the square of one source's
 * failures inside one window. Network names and classes are not in the workspace: findingsFromRows adds them.
 */
import { dynamicArray, numberLiteral, timespanLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { PasswordSprayParams } from './parameters';

export function passwordSprayKql(p: PasswordSprayParams, scope: KqlScope = {}): string {
  return kql`// password-spray: one source failing passwords against many accounts, as a burst, low-and-slow or distributed
let minAccounts = ${numberLiteral(p.minAccounts)};
let windowSpan = ${timespanLiteral(Math.round(p.windowMinutes * 60_000))};
let lowSlowAccounts = ${numberLiteral(p.lowSlowAccounts)};
let daySpan = ${timespanLiteral(Math.round(p.lowSlowHours * 3_600_000))};
let distributedAddresses = ${numberLiteral(p.distributedAddresses)};
let distributedAccounts = ${numberLiteral(p.distributedAccounts)};
let failureCodes = ${dynamicArray(p.failureCodes.map((c) => c.trim()))};
let acceptedCodes = ${dynamicArray(p.acceptedCodes.map((c) => c.trim()))};
let signIns = ${unionLegs({ fields: ['IPAddress', 'UserPrincipalName', 'ResultType', 'Type', 'CreatedDateTime', 'AutonomousSystemNumber', 'UserAgent', 'ClientAppUsed'], scope, interactive: false })}
    | where isnotempty(IPAddress)
    | extend Code = trim(@"\\s+", ResultType);
let failures = signIns | where Code in (failureCodes);
let accepted = signIns | where Code in (acceptedCodes);
// Per address and account: the first failure, and whether the account ever got in there, or got in before failing.
let firstFailures = failures | summarize FirstFailure = min(CreatedDateTime) by IPAddress, UserPrincipalName;
let ipFacts = failures
    | summarize FailingAccounts = array_length(make_set(UserPrincipalName)) by IPAddress
    | join kind=leftouter (accepted
        | join kind=leftouter firstFailures on IPAddress, UserPrincipalName
        | summarize CleanAccepted = array_length(make_set_if(UserPrincipalName, isnull(FirstFailure) or CreatedDateTime < FirstFailure)) by IPAddress) on IPAddress
    | join kind=leftouter (firstFailures
        | join kind=leftanti (accepted | distinct IPAddress, UserPrincipalName) on IPAddress, UserPrincipalName
        | summarize FailureOnly = count() by IPAddress) on IPAddress
    | project IPAddress, FailingAccounts, CleanAccepted = coalesce(CleanAccepted, 0), FailureOnly = coalesce(FailureOnly, 0);
// The peaks of sources: SourceKey groups the failures of one source.
let peaksOf = (T: (SourceKey: string, IPAddress: string, UserPrincipalName: string, CreatedDateTime: datetime)) {
    let burst = T
        | project SourceKey, WindowEnd = CreatedDateTime
        | join kind=inner (T | project SourceKey, At = CreatedDateTime, UserPrincipalName) on SourceKey
        | where At between ((WindowEnd - windowSpan) .. WindowEnd)
        | summarize WindowAccounts = array_length(make_set(UserPrincipalName)), WindowStart = min(At) by SourceKey, WindowEnd;
    // The busiest window; of equal ones, the earliest (as the TypeScript's sliding window reports it).
    let burstPeak = burst
        | summarize Top = max(WindowAccounts) by SourceKey
        | join kind=inner burst on SourceKey
        | where WindowAccounts == Top
        | summarize arg_min(WindowEnd, WindowAccounts, WindowStart) by SourceKey;
    let day = union
            (T | extend DayStart = bin_at(CreatedDateTime, daySpan, datetime(1970-01-01))),
            (T | extend DayStart = bin_at(CreatedDateTime, daySpan, datetime(1970-01-01) + daySpan / 2))
        | summarize DayAccounts = array_length(make_set(UserPrincipalName)), DayAddresses = array_length(make_set(IPAddress)) by SourceKey, DayStart;
    let dayPeak = day
        | summarize Top = max(DayAccounts) by SourceKey
        | join kind=inner day on SourceKey
        | where DayAccounts == Top
        | summarize arg_min(DayStart, DayAccounts, DayAddresses) by SourceKey;
    burstPeak | join kind=inner dayPeak on SourceKey | project SourceKey, PeakAccounts = WindowAccounts, PeakWindowStart = WindowStart,
        PeakDayAccounts = DayAccounts, PeakDayStart = DayStart, DayAddresses
};
// 1. Each IP failing for two or more accounts.
let ipFailures = failures
    | join kind=inner (ipFacts | where FailingAccounts >= 2 | project IPAddress) on IPAddress
    | project SourceKey = IPAddress, IPAddress, UserPrincipalName, CreatedDateTime;
let ipRows = peaksOf(ipFailures)
    | extend Source = "IPAddress", DayAddresses = 1,
        Speed = case(PeakAccounts >= minAccounts, "burst", PeakDayAccounts >= lowSlowAccounts and 1 < distributedAddresses, "low-and-slow", "");
let reportedIps = ipRows | where isnotempty(Speed) | project IPAddress = SourceKey;
// 2. Failure-led addresses not reported alone, their failure-only failures by ASN.
let pool = failures
    | join kind=inner (ipFacts | where CleanAccepted == 0 and FailureOnly > 0 | project IPAddress) on IPAddress
    | join kind=leftanti reportedIps on IPAddress
    | join kind=leftanti (accepted | distinct IPAddress, UserPrincipalName) on IPAddress, UserPrincipalName;
let asnFailures = pool | where isnotempty(AutonomousSystemNumber) | project SourceKey = AutonomousSystemNumber, IPAddress, UserPrincipalName, CreatedDateTime;
let asnRows = peaksOf(asnFailures)
    | extend Source = "AutonomousSystemNumber",
        Speed = case(PeakDayAccounts >= lowSlowAccounts and DayAddresses < distributedAddresses, "low-and-slow",
            PeakDayAccounts >= distributedAccounts and DayAddresses >= distributedAddresses, "distributed", "")
    | where isnotempty(Speed);
// 3. What is left, by user agent.
let uaPool = pool
    | join kind=leftanti (pool | join kind=inner (asnRows | project AutonomousSystemNumber = SourceKey) on AutonomousSystemNumber | distinct IPAddress) on IPAddress
    | where isnotempty(UserAgent);
let uaFailures = uaPool | project SourceKey = UserAgent, IPAddress, UserPrincipalName, CreatedDateTime;
let uaRows = peaksOf(uaFailures)
    | extend Source = "UserAgent", Speed = iff(PeakDayAccounts >= distributedAccounts and DayAddresses >= distributedAddresses, "distributed", "")
    | where isnotempty(Speed);
let sources = union ipRows, asnRows, uaRows;
// The failures behind each source, and the accepted sign-ins of its addresses.
let sourceFailures = union
        (failures | join kind=inner (ipRows | project SourceKey) on $left.IPAddress == $right.SourceKey | extend Source = "IPAddress"),
        (pool | join kind=inner (asnRows | project SourceKey) on $left.AutonomousSystemNumber == $right.SourceKey | extend Source = "AutonomousSystemNumber"),
        (uaPool | join kind=inner (uaRows | project SourceKey) on $left.UserAgent == $right.SourceKey | extend Source = "UserAgent");
let facts = sourceFailures
    | summarize Accounts = array_length(make_set(UserPrincipalName)), Failures = count(), FailureCodes = array_slice(array_sort_asc(make_set(ResultType)), 0, 49),
        ClientApps = array_slice(array_sort_asc(make_set_if(ClientAppUsed, isnotempty(ClientAppUsed))), 0, 49), IPAddresses = array_slice(array_sort_asc(make_set(IPAddress)), 0, 199),
        FirstSeen = min(CreatedDateTime), LastFailure = max(CreatedDateTime), FailTypes = make_set(Type) by Source, SourceKey;
// The busiest address, and the commonest ASN and user agent, of each source (ties to the first in sort order).
let firstOfMost = (T: (Source: string, SourceKey: string, Value: string, N: long)) {
    T | summarize Most = max(N) by Source, SourceKey | join kind=inner T on Source, SourceKey | where N == Most
    | summarize Value = tostring(array_sort_asc(make_set(Value))[0]) by Source, SourceKey
};
let failuresPerAddress = sourceFailures
    | join kind=inner (failures | summarize N = count() by IPAddress) on IPAddress
    | distinct Source, SourceKey, Value = IPAddress, N;
let asnCounts = sourceFailures | where isnotempty(AutonomousSystemNumber) | summarize N = count() by Source, SourceKey, Value = AutonomousSystemNumber;
let userAgentCounts = sourceFailures | where isnotempty(UserAgent) | summarize N = count() by Source, SourceKey, Value = UserAgent;
let busiest = firstOfMost(failuresPerAddress) | project Source, SourceKey, Busiest = Value;
let commonAsn = firstOfMost(asnCounts) | project Source, SourceKey, CommonAsn = Value;
let commonUserAgent = firstOfMost(userAgentCounts) | project Source, SourceKey, CommonUserAgent = Value;
// A guess that worked: an account accepted at the source's addresses once its failures began, unless accepted there before.
let acceptedAtSources = sourceFailures
    | distinct Source, SourceKey, IPAddress
    | join kind=inner accepted on IPAddress
    | join kind=inner (facts | project Source, SourceKey, FirstSeen) on Source, SourceKey;
let hits = acceptedAtSources
    | summarize AcceptedAccounts = array_length(make_set(UserPrincipalName)), Before = make_set_if(UserPrincipalName, CreatedDateTime < FirstSeen),
        After = make_set_if(UserPrincipalName, CreatedDateTime >= FirstSeen) by Source, SourceKey
    | extend Hits = array_sort_asc(set_difference(After, Before));
let hitRows = acceptedAtSources
    | where CreatedDateTime >= FirstSeen
    | join kind=inner (hits | mv-expand Hit = Hits to typeof(string) | project Source, SourceKey, UserPrincipalName = Hit) on Source, SourceKey, UserPrincipalName
    | summarize LastAccepted = max(CreatedDateTime), AcceptedTypes = make_set(Type) by Source, SourceKey;
sources
| join kind=inner facts on Source, SourceKey
| join kind=leftouter busiest on Source, SourceKey
| join kind=leftouter commonAsn on Source, SourceKey
| join kind=leftouter commonUserAgent on Source, SourceKey
| join kind=leftouter hits on Source, SourceKey
| join kind=leftouter hitRows on Source, SourceKey
| project Source, IPAddress = iff(Source == "IPAddress", SourceKey, Busiest), IPAddresses, IPCount = DayAddresses,
    AutonomousSystemNumber = iff(Source == "AutonomousSystemNumber", SourceKey, coalesce(CommonAsn, "")),
    UserAgent = iff(Source == "UserAgent", SourceKey, coalesce(CommonUserAgent, "")), Speed, PeakAccounts, PeakWindowStart,
    PeakDayAccounts, PeakDayStart, Accounts, Failures, FailureCodes, ClientApps, AcceptedAccounts = coalesce(AcceptedAccounts, 0),
    AccountsAcceptedAfterFailure = array_slice(coalesce(Hits, dynamic([])), 0, 49), Types = array_slice(array_sort_asc(set_union(FailTypes, coalesce(AcceptedTypes, dynamic([])))), 0, 49),
    FirstSeen, LastSeen = iff(isnotnull(LastAccepted) and LastAccepted > LastFailure, LastAccepted, LastFailure), Breached = isnotempty(Speed)
| sort by Breached desc, PeakDayAccounts desc, Failures desc, IPAddress asc`.text;
}
