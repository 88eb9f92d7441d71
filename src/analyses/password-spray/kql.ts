/**
 * The KQL twin of password-spray: per IP with password failures (failureCodes) against at least two accounts, the most
 * distinct accounts failing within any `windowMinutes` (each failure closes a window; a self-join counts the accounts
 * in the window before it), the accounts, failures and codes, the accounts whose password was then accepted from the
 * IP (acceptedCodes), the tables and the time span. Breached says the peak reached `minAccounts`.
 * Differences: when several windows share the peak, `arg_max` may report any of their starts (the TypeScript reports
 * the earliest); the self-join grows with the square of one IP's failures inside one window.
 * requireMoreFailedThanAcceptedAccounts only shapes findings (findingsFromRows reads Accounts and AcceptedAccounts).
 */
import { dynamicArray, numberLiteral, timespanLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { PasswordSprayParams } from './parameters';

export function passwordSprayKql(p: PasswordSprayParams, scope: KqlScope = {}): string {
  return kql`// password-spray: one IP failing passwords against many accounts within a short window
let minAccounts = ${numberLiteral(p.minAccounts)};
let windowSpan = ${timespanLiteral(Math.round(p.windowMinutes * 60_000))};
let failureCodes = ${dynamicArray(p.failureCodes.map((c) => c.trim()))};
let acceptedCodes = ${dynamicArray(p.acceptedCodes.map((c) => c.trim()))};
let signIns = ${unionLegs({ fields: ['IPAddress', 'UserPrincipalName', 'ResultType', 'Type', 'CreatedDateTime'], scope, interactive: false })}
    | extend Code = trim(@"\\s+", ResultType);
let failures = signIns | where Code in (failureCodes);
let sprayIps = failures
    | summarize Accounts = array_length(make_set(UserPrincipalName)), Failures = count(), FailureCodes = array_sort_asc(make_set(ResultType)),
        FirstSeen = min(CreatedDateTime), LastFailure = max(CreatedDateTime), FailTypes = make_set(Type) by IPAddress
    | where Accounts >= 2;
let peaks = failures
    | join kind=inner (sprayIps | project IPAddress) on IPAddress
    | project IPAddress, WindowEnd = CreatedDateTime
    | join kind=inner (failures | project IPAddress, T = CreatedDateTime, UserPrincipalName) on IPAddress
    | where T between ((WindowEnd - windowSpan) .. WindowEnd)
    | summarize WindowAccounts = array_length(make_set(UserPrincipalName)), WindowStart = min(T) by IPAddress, WindowEnd
    | summarize arg_max(WindowAccounts, WindowStart) by IPAddress;
let accepted = signIns
    | where Code in (acceptedCodes)
    | join kind=inner (sprayIps | project IPAddress, FirstSeen) on IPAddress
    | summarize AcceptedAccounts = array_length(make_set(UserPrincipalName)),
        AccountsAcceptedAfterFailure = array_sort_asc(make_set_if(UserPrincipalName, CreatedDateTime >= FirstSeen)),
        AcceptedTypes = make_set_if(Type, CreatedDateTime >= FirstSeen), LastAccepted = maxif(CreatedDateTime, CreatedDateTime >= FirstSeen)
        by IPAddress;
sprayIps
| lookup peaks on IPAddress
| lookup kind=leftouter accepted on IPAddress
| project IPAddress, PeakAccounts = WindowAccounts, PeakWindowStart = WindowStart, Accounts, Failures, FailureCodes,
    AcceptedAccounts = coalesce(AcceptedAccounts, 0), AccountsAcceptedAfterFailure = coalesce(AccountsAcceptedAfterFailure, dynamic([])),
    Types = array_sort_asc(set_union(FailTypes, coalesce(AcceptedTypes, dynamic([])))), FirstSeen,
    LastSeen = iff(isnotnull(LastAccepted) and LastAccepted > LastFailure, LastAccepted, LastFailure), Breached = WindowAccounts >= minAccounts
| sort by PeakAccounts desc, Failures desc, IPAddress asc`.text;
}
