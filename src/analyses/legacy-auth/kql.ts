/**
 * The KQL twin of legacy-auth: per user × legacy client app × table, sign-ins, successes, failures and policy-blocked
 * failures, with the IP addresses and the time span. Legacy means "not a modern client app" (compared trimmed and
 * case-insensitively), leaving out empty and "Unknown" values, as the TypeScript does. SprayFailures counts the
 * failures (not blocked by policy) from an address where sprayAccounts or more accounts fail legacy sign-ins;
 * OwnNetworkFailures the rest from a network the user signs in from successfully; UnexplainedIPAddresses the addresses
 * of what is left.
 * Address lists hold the distinct non-empty addresses, sorted, at most 50, as the TypeScript's.
 */
import { dynamicArray, numberLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { LegacyAuthParams } from './parameters';

const trimmed = (values: readonly string[]): string[] => values.map((v) => v.trim());

export function legacyAuthKql(p: LegacyAuthParams, scope: KqlScope = {}): string {
  return kql`// legacy-auth: sign-ins with protocols that cannot do MFA, in either table
let modernClientApps = ${dynamicArray(trimmed(p.modernClientApps).map((v) => v.toLowerCase()))};
let successCodes = ${dynamicArray(trimmed(p.successCodes))};
let blockCodes = ${dynamicArray(trimmed(p.blockCodes))};
let sprayAccounts = ${numberLiteral(p.sprayAccounts)};
let legacy = ${unionLegs({ fields: ['UserPrincipalName', 'ClientAppUsed', 'Type', 'ResultType', 'IPAddress', 'AutonomousSystemNumber', 'CreatedDateTime'], scope, interactive: false })}
    | extend AppKey = tolower(trim(@"\\s+", ClientAppUsed)), Code = trim(@"\\s+", ResultType)
    | where isnotempty(AppKey) and AppKey != "unknown" and AppKey !in (modernClientApps)
    | extend Success = Code in (successCodes), Blocked = Code in (blockCodes);
// Addresses where many accounts fail legacy sign-ins: a spray source, whose failures are context on each victim.
let sprayIps = legacy
    | where not(Success) and isnotempty(IPAddress)
    | summarize Accounts = array_length(make_set(UserPrincipalName)) by IPAddress
    | where Accounts >= sprayAccounts
    | project IPAddress, FromSpray = true;
// Networks (ASN, or the address without one) each user signs in from successfully, with any client: failures there
// are the user's own device retrying a stale password.
let ownNetworks = ${unionLegs({ fields: ['UserPrincipalName', 'IPAddress', 'AutonomousSystemNumber', 'ResultType'], scope, interactive: false })}
    | where trim(@"\\s+", ResultType) in (successCodes)
    | extend Network = iff(isnotempty(AutonomousSystemNumber), strcat("AS", AutonomousSystemNumber), IPAddress)
    | distinct UserPrincipalName, Network
    | extend OwnNetwork = true;
legacy
| lookup kind=leftouter sprayIps on IPAddress
| extend Network = iff(isnotempty(AutonomousSystemNumber), strcat("AS", AutonomousSystemNumber), IPAddress)
| lookup kind=leftouter ownNetworks on UserPrincipalName, Network
| extend Spray = not(Success) and not(Blocked) and coalesce(FromSpray, false),
    Stale = not(Success) and not(Blocked) and not(coalesce(FromSpray, false)) and coalesce(OwnNetwork, false)
| summarize SignIns = count(), Successes = countif(Success), Failures = countif(not(Success)),
    BlockedFailures = countif(not(Success) and Blocked), SprayFailures = countif(Spray), OwnNetworkFailures = countif(Stale),
    UnexplainedIPAddresses = array_slice(array_sort_asc(make_set_if(IPAddress, isnotempty(IPAddress) and not(Success) and not(Blocked) and not(Spray) and not(Stale))), 0, 49),
    IPAddresses = array_slice(array_sort_asc(make_set_if(IPAddress, isnotempty(IPAddress))), 0, 49),
    FirstSeen = min(CreatedDateTime), LastSeen = max(CreatedDateTime)
    by UserPrincipalName, ClientAppUsed, Type
| sort by Successes desc, SignIns desc, UserPrincipalName asc`.text;
}
