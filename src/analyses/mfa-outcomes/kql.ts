/**
 * The KQL twin of mfa-outcomes: MFA rows (challengeCodes, or a denial: denialCodes, or a failed row whose
 * AuthenticationStepResultDetail contains a denial phrase) grouped into attempts; an attempt is completed when an
 * interactive success of the same flow (same SessionId, same CorrelationId, or same app from the same IP) follows
 * within `windowMinutes` of its last row, denied when it holds a denial, else abandoned. One row per user.
 * Difference: an attempt here is the run of one user's MFA rows from one app and IP with gaps of at most the window.
 * The TypeScript also joins a row to an open attempt that shares its SessionId or CorrelationId, so a flow that
 * changes address midway is one attempt there and two here (repeated prompts of one app from one address, MFA
 * fatigue's shape, are grouped alike: each prompt is a new sign-in with its own session).
 */
import { dynamicArray, numberLiteral, stringLiteral, timespanLiteral } from '../../kql/literals';
import { joinKql, kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { MfaOutcomesParams } from './parameters';

export function mfaOutcomesKql(p: MfaOutcomesParams, scope: KqlScope = {}): string {
  const phrases = p.denialPhrases.map((ph) => (ph === '' ? kql`true` : kql`AuthenticationStepResultDetail contains ${stringLiteral(ph)}`));
  const phraseMatch = phrases.length ? kql`(isnotempty(AuthenticationStepResultDetail) and (${joinKql(phrases, ' or ')}))` : kql`false`;
  return kql`// mfa-outcomes: after an MFA prompt, did the user complete it, deny it or walk away?
let windowSpan = ${timespanLiteral(Math.round(p.windowMinutes * 60_000))};
let fatigueDenials = ${numberLiteral(p.fatigueDenials)};
let challengeCodes = ${dynamicArray(p.challengeCodes.map((c) => c.trim()))};
let denialCodes = ${dynamicArray(p.denialCodes.map((c) => c.trim()))};
let signIns = ${unionLegs({
    fields: ['UserPrincipalName', 'IPAddress', 'AppDisplayName', 'SessionId', 'CorrelationId', 'ResultType', 'AuthenticationStepResultDetail', 'CreatedDateTime'],
    scope,
  })}
    | extend Code = trim(@"\\s+", ResultType);
let successes = signIns | where Code == "0";
let mfaRows = signIns
    | extend Denial = Code in (denialCodes) or (Code != "0" and ${phraseMatch})
    | where Code in (challengeCodes) or Denial
    | extend FlowKey = strcat("App ", AppDisplayName, " IP ", IPAddress)
    | sort by UserPrincipalName asc, FlowKey asc, CreatedDateTime asc
    | extend AttemptId = row_cumsum(iff(UserPrincipalName != prev(UserPrincipalName) or FlowKey != prev(FlowKey)
        or CreatedDateTime - prev(CreatedDateTime) > windowSpan, 1, 0))
    | lookup kind=leftouter (successes | distinct UserPrincipalName, IPAddress | extend KnownIp = true) on UserPrincipalName, IPAddress
    | extend KnownIp = coalesce(KnownIp, false);
let attempts = mfaRows
    | summarize UserPrincipalName = take_any(UserPrincipalName), Start = min(CreatedDateTime), End = max(CreatedDateTime),
        AttemptDenials = countif(Denial), UnknownIps = countif(not(KnownIp)), Ips = make_set(IPAddress), Rows = count() by AttemptId;
let completed = mfaRows
    | join kind=inner (successes | where Interactive
        | project UserPrincipalName, OkTime = CreatedDateTime, OkSession = SessionId, OkCorrelation = CorrelationId, OkApp = AppDisplayName, OkIp = IPAddress)
        on UserPrincipalName
    | lookup (attempts | project AttemptId, Start, End) on AttemptId
    | where OkTime between (Start .. (End + windowSpan))
    | where (isnotempty(SessionId) and SessionId == OkSession) or (isnotempty(CorrelationId) and CorrelationId == OkCorrelation)
        or (AppDisplayName == OkApp and IPAddress == OkIp)
    | distinct AttemptId
    | extend Done = true;
attempts
| lookup kind=leftouter completed on AttemptId
| extend Outcome = case(coalesce(Done, false), "completed", AttemptDenials > 0, "denied", "abandoned")
| sort by UserPrincipalName asc, Start asc
| extend DenialsSoFar = row_cumsum(AttemptDenials, UserPrincipalName != prev(UserPrincipalName))
// The time span and IPs come from the attempts that did not complete cleanly (all attempts when every one did).
| extend Counted = Outcome != "completed" or AttemptDenials > 0
| summarize MfaRows = sum(Rows), Attempts = count(), Completed = countif(Outcome == "completed"), Denied = countif(Outcome == "denied"),
    Abandoned = countif(Outcome == "abandoned"), Denials = sum(AttemptDenials),
    UnfamiliarIpAttempts = countif(Outcome != "completed" and UnknownIps > 0),
    CompletedAfterDenials = countif(Outcome == "completed" and DenialsSoFar >= fatigueDenials) > 0,
    IPAddresses = array_slice(array_sort_asc(make_set_if(Ips, Counted)), 0, 49), CountedFirst = minif(Start, Counted), CountedLast = maxif(End, Counted),
    AllFirst = min(Start), AllLast = max(End)
    by UserPrincipalName
| project UserPrincipalName, MfaRows, Attempts, Completed, Denied, Abandoned, Denials, UnfamiliarIpAttempts, CompletedAfterDenials,
    IPAddresses, FirstSeen = iff(isnotnull(CountedFirst), CountedFirst, AllFirst), LastSeen = iff(isnotnull(CountedLast), CountedLast, AllLast)
| sort by Denials desc, Abandoned + Denied desc, UserPrincipalName asc`.text;
}
