/**
 * The KQL twin of conditional-access: blocks (ConditionalAccessStatus "failure", compared without case or spaces, or
 * a ResultType in `blockCodes`) per user × IP, with the countries of the user's successful sign-ins, whether the
 * block came from an unfamiliar country, the apps, failed policies, tables and time span.
 * Difference: CountryOrRegion is the country of the earliest block (the TypeScript takes the first block row in table
 * order). The per-day, per-policy, per-user-app and status-share tables are not part of the twin.
 */
import { dynamicArray } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { ConditionalAccessParams } from './parameters';

export function conditionalAccessKql(p: ConditionalAccessParams, scope: KqlScope = {}): string {
  return kql`// conditional-access: sign-ins Conditional Access refused, per user and IP, and from where the user usually succeeds
let blockCodes = ${dynamicArray(p.blockCodes.map((c) => c.trim()))};
let signIns = ${unionLegs({
    fields: ['UserPrincipalName', 'IPAddress', 'CountryOrRegion', 'AppDisplayName', 'Type', 'ResultType', 'ConditionalAccessStatus', 'ConditionalAccessPoliciesFailed', 'CreatedDateTime'],
    scope,
    interactive: false,
  })}
    | extend Code = trim(@"\\s+", ResultType);
let homeCountries = signIns
    | where Code == "0" and isnotempty(CountryOrRegion)
    | summarize HomeCountries = array_sort_asc(make_set(CountryOrRegion)) by UserPrincipalName;
signIns
| where tolower(replace_regex(ConditionalAccessStatus, @"\\s+", "")) == "failure" or Code in (blockCodes)
| extend PolicyList = split(replace_regex(trim(@"\\s+", ConditionalAccessPoliciesFailed), @"\\s*;\\s*", ";"), ";")
| summarize Blocks = count(), arg_min(CreatedDateTime, CountryOrRegion), LastSeen = max(CreatedDateTime),
    Apps = array_sort_asc(make_set(AppDisplayName)), Policies = array_sort_asc(set_difference(make_set(PolicyList), dynamic([""]))),
    Types = array_sort_asc(make_set(Type))
    by UserPrincipalName, IPAddress
| lookup kind=leftouter homeCountries on UserPrincipalName
| extend HomeCountries = coalesce(HomeCountries, dynamic([]))
| extend Unfamiliar = array_length(HomeCountries) == 0 or (isnotempty(CountryOrRegion) and not(set_has_element(HomeCountries, CountryOrRegion)))
// Lists are at most 50 long, as the TypeScript's sortedList leaves them (the check above reads them whole).
| project UserPrincipalName, IPAddress, CountryOrRegion, HomeCountries = array_slice(HomeCountries, 0, 49), Unfamiliar, Blocks,
    Apps = array_slice(Apps, 0, 49), Policies = array_slice(Policies, 0, 49), Types = array_slice(Types, 0, 49),
    FirstSeen = CreatedDateTime, LastSeen
| sort by Blocks desc, UserPrincipalName asc, IPAddress asc`.text;
}
