/**
 * Every column of the two Entra sign-in tables in Log Analytics / Sentinel, with its Kusto type in each table and what it
 * means. Order: SigninLogs' live column order, each non-interactive-only column placed after its neighbour there. This is the one source of truth for the schema: loaders, the generator, the KQL checks
 * and the notebooks read it.
 *
 * Source: the live `getschema` of both tables and Microsoft's table reference pages (SigninLogs,
 * AADNonInteractiveUserSignInLogs). A table key is absent when the column does not exist in that table.
 */
import type { KustoType, TableName } from './table-names';

/** One column of one or both sign-in tables. */
export interface ColumnDef {
  readonly name: string;
  /** Kusto type in SigninLogs; absent when SigninLogs has no such column. */
  readonly SigninLogs?: KustoType;
  /** Kusto type in AADNonInteractiveUserSignInLogs; absent when that table has no such column. */
  readonly AADNonInteractiveUserSignInLogs?: KustoType;
  /** The value is JSON: a `dynamic` column, or a `string` column whose text holds JSON. */
  readonly holdsJson?: true;
  readonly meaning: string;
}

export const COLUMNS: readonly ColumnDef[] = [
  { name: "TenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Log Analytics workspace id that ingested the row (not the Entra tenant id; see AADTenantId)." },
  { name: "SourceSystem", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Agent that sent the record; \"Azure AD\" for Entra diagnostic settings." },
  { name: "TimeGenerated", SigninLogs: 'datetime', AADNonInteractiveUserSignInLogs: 'datetime', meaning: "When Log Analytics received the event (UTC). Use CreatedDateTime for when the sign-in happened." },
  { name: "ResourceId", SigninLogs: 'string', meaning: "Azure resource path of the directory, /tenants/<tenant>/providers/Microsoft.aadiam." },
  { name: "OperationName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Always \"Sign-in activity\"." },
  { name: "OperationVersion", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Schema version of the diagnostic record." },
  { name: "Category", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Diagnostic category: SignInLogs or NonInteractiveUserSignInLogs." },
  { name: "ResultType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Sign-in result code as text: \"0\" is success, anything else is an AADSTS error or interrupt code." },
  { name: "ResultSignature", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Usually \"None\"; \"SUCCESS\" in some old rows." },
  { name: "ResultDescription", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Text of the error for ResultType (empty or \"Other\" on success)." },
  { name: "DurationMs", SigninLogs: 'long', AADNonInteractiveUserSignInLogs: 'long', meaning: "Diagnostic duration; 0 in practice." },
  { name: "CorrelationId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Id the client sent to tie the sign-in to its request flow." },
  { name: "Resource", SigninLogs: 'string', meaning: "Resource provider, \"Microsoft.aadiam\"." },
  { name: "ResourceGroup", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Resource group of the directory, \"Microsoft.aadiam\"." },
  { name: "ResourceProvider", SigninLogs: 'string', meaning: "Resource provider namespace." },
  { name: "Identity", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Display name of the identity that signed in (diagnostic field)." },
  { name: "Level", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Diagnostic level; \"4\" (informational) for sign-ins." },
  { name: "Location", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Two-letter country code of the sign-in location." },
  { name: "AlternateSignInName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Identifier the user typed when it was not the UPN (phone number, email)." },
  { name: "AppDisplayName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Client application that asked for the token (Teams, Outlook, Azure Portal)." },
  { name: "AppId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Application (client) id of that app." },
  { name: "AuthenticationContextClassReferences", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Authentication contexts required by Conditional Access for this sign-in (JSON array of {id, detail})." },
  { name: "AuthenticationDetails", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Every authentication step: method, whether it succeeded, step requirement and result detail (JSON array)." },
  { name: "AppliedEventListeners", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'dynamic', holdsJson: true, meaning: "Custom authentication extensions that ran." },
  { name: "AuthenticationMethodsUsed", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Methods used, as a JSON array of names; often empty." },
  { name: "AuthenticationProcessingDetails", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Key/value processing facts such as \"Is CAE Token\" or \"Legacy TLS\" (JSON array)." },
  { name: "AuthenticationRequirement", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Strongest requirement met: singleFactorAuthentication or multiFactorAuthentication." },
  { name: "AuthenticationRequirementPolicies", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "What required that strength: Conditional Access, per-user MFA, security defaults, risk policy (JSON array)." },
  { name: "ClientAppUsed", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Client app class: Browser and \"Mobile Apps and Desktop clients\" are modern authentication; everything else is legacy." },
  { name: "ConditionalAccessPolicies", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Every Conditional Access policy evaluated and its result (success, failure, notApplied, notEnabled, reportOnly...)." },
  { name: "ConditionalAccessPoliciesV2", AADNonInteractiveUserSignInLogs: 'dynamic', holdsJson: true, meaning: "Seen in one live schema snapshot only; meaning unconfirmed." },
  { name: "ConditionalAccessStatus", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Overall Conditional Access outcome: success, failure (blocked) or notApplied." },
  { name: "CreatedDateTime", SigninLogs: 'datetime', AADNonInteractiveUserSignInLogs: 'datetime', meaning: "When the sign-in happened (UTC)." },
  { name: "DeviceDetail", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Device the sign-in came from: deviceId, displayName, operatingSystem, browser, isCompliant, isManaged, trustType." },
  { name: "IsInteractive", SigninLogs: 'bool', AADNonInteractiveUserSignInLogs: 'bool', meaning: "True when a person presented a credential; false for token refreshes and silent SSO." },
  { name: "Id", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Unique id of the sign-in event (the portal's \"Request ID\")." },
  { name: "IPAddress", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Client IP address the request came from (may be a Microsoft service IP or an IP inherited from the interactive sign-in)." },
  { name: "IsRisky", SigninLogs: 'bool', AADNonInteractiveUserSignInLogs: 'bool', meaning: "Identity Protection flagged the sign-in as risky." },
  { name: "LocationDetails", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "City, state, countryOrRegion and geoCoordinates {latitude, longitude} resolved from the IP." },
  { name: "MfaDetail", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Deprecated MFA summary {authMethod, authDetail}." },
  { name: "NetworkLocationDetails", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Named networks or trusted locations matched (JSON array of {networkType, networkNames})." },
  { name: "OriginalRequestId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Request id of the first sign-in in the flow." },
  { name: "ProcessingTimeInMilliseconds", SigninLogs: 'string', meaning: "Time the service took to process the sign-in (text holding an integer); ProcessingTimeInMs in the non-interactive table." },
  { name: "RiskDetail", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Why the risk state is what it is (e.g. adminConfirmedSigninSafe)." },
  { name: "RiskEventTypes", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Risk detections (old form, JSON array text)." },
  { name: "RiskEventTypes_V2", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Risk detections such as unfamiliarFeatures or unlikelyTravel (JSON array text)." },
  { name: "RiskLevelAggregated", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Aggregated Identity Protection risk: none, low, medium, high, hidden." },
  { name: "RiskLevelDuringSignIn", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Real-time risk level computed during this sign-in." },
  { name: "RiskState", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Risk state of the user: none, atRisk, confirmedCompromised, remediated, dismissed, confirmedSafe." },
  { name: "ResourceDisplayName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Resource the token is for (Microsoft Graph, Exchange Online, SharePoint)." },
  { name: "ResourceIdentity", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Application id of that resource." },
  { name: "ResourceServicePrincipalId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Service principal id of the resource." },
  { name: "ServicePrincipalId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Service principal id when a service principal signed in (empty for users)." },
  { name: "ServicePrincipalName", SigninLogs: 'string', meaning: "Service principal name when a service principal signed in." },
  { name: "Status", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Outcome: errorCode, failureReason and additionalDetails." },
  { name: "TokenIssuerName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Issuer name for federated tokens; empty for Entra ID." },
  { name: "TokenIssuerType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Who issued the token: AzureAD, ADFederationServices and others." },
  { name: "UserAgent", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "User agent string sent by the client (attacker-controlled)." },
  { name: "UserDisplayName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Display name of the user (attacker-controlled for guests and renamed accounts)." },
  { name: "UserId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Object id of the user." },
  { name: "UserPrincipalName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "User principal name (sign-in name) of the user." },
  { name: "AADTenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Entra tenant id." },
  { name: "UserType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Member or Guest." },
  { name: "FlaggedForReview", SigninLogs: 'bool', meaning: "An administrator flagged the sign-in for review." },
  { name: "IPAddressFromResourceProvider", SigninLogs: 'string', meaning: "IP address the resource saw, when it reports one." },
  { name: "SignInIdentifier", SigninLogs: 'string', meaning: "Identifier the user typed to sign in." },
  { name: "SignInIdentifierType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Kind of identifier: userPrincipalName, phoneNumber, proxyAddress, qrCode..." },
  { name: "ResourceTenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Tenant of the resource (differs from HomeTenantId for cross-tenant access)." },
  { name: "HomeTenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Home tenant of the user." },
  { name: "UniqueTokenIdentifier", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Identifier of the token issued by this sign-in; links a refresh to later use of the token." },
  { name: "SessionId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Identifier of the sign-in session; interactive and non-interactive rows of one session share it." },
  { name: "SessionLifetimePolicies", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Session controls that applied, e.g. Remember MFA or sign-in frequency (JSON array)." },
  { name: "SignInEventTypes", AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Event types of the row as JSON array text: interactiveUser, nonInteractiveUser, servicePrincipal, managedIdentity." },
  { name: "AutonomousSystemNumber", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Autonomous system (network operator) of the IP address, as text; 8075 is Microsoft." },
  { name: "AuthenticationProtocol", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Protocol: oAuth2, ropc, wsFederation, saml20, deviceCode, none." },
  { name: "CrossTenantAccessType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Cross-tenant access: none, b2bCollaboration, b2bDirectConnect, microsoftSupport, serviceProvider, passthrough." },
  { name: "AuthenticationAppDeviceDetails", SigninLogs: 'string', holdsJson: true, meaning: "Authenticator app device used for MFA (JSON)." },
  { name: "AuthenticationAppPolicyEvaluationDetails", SigninLogs: 'string', holdsJson: true, meaning: "Authenticator app policy evaluation (JSON array)." },
  { name: "ClientCredentialType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Credential a client presented: none, clientSecret, certificate, managedIdentity..." },
  { name: "FederatedCredentialId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Federated identity credential id, when one was used." },
  { name: "GlobalSecureAccessIpAddress", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Source IP seen by Global Secure Access when the traffic went through it." },
  { name: "HomeTenantName", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Display name of the home tenant." },
  { name: "IncomingTokenType", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Token presented to get this one: none, refreshToken, primaryRefreshToken, saml11, saml20, remoteDesktopToken." },
  { name: "IsTenantRestricted", SigninLogs: 'bool', AADNonInteractiveUserSignInLogs: 'bool', meaning: "Tenant restrictions applied to the sign-in." },
  { name: "IsThroughGlobalSecureAccess", SigninLogs: 'bool', AADNonInteractiveUserSignInLogs: 'bool', meaning: "The sign-in came through Global Secure Access." },
  { name: "OriginalTransferMethod", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Transfer flow: none, deviceCodeFlow, authenticationTransfer." },
  { name: "ProcessingTimeInMs", AADNonInteractiveUserSignInLogs: 'string', meaning: "Time the service took to process the sign-in (text holding an integer); ProcessingTimeInMilliseconds in SigninLogs." },
  { name: "TokenProtectionStatusDetails", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Token protection (binding) status of the sign-in session {signInSessionStatus, signInSessionStatusCode}." },
  { name: "AppOwnerTenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Tenant that owns the client application." },
  { name: "ResourceOwnerTenantId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Tenant that owns the resource." },
  { name: "Agent", SigninLogs: 'dynamic', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Agentic sign-in details {agentType, agentSubjectType, ...}." },
  { name: "SourceAppClientId", SigninLogs: 'string', meaning: "Client id of the app that initiated an on-behalf-of flow." },
  { name: "ConditionalAccessAudiences", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', holdsJson: true, meaning: "Applications Conditional Access evaluated for the sign-in (JSON array)." },
  { name: "AuthenticatorAppLocation", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Location reported by the Authenticator app." },
  { name: "ClientSessionId", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Session id sent by the client." },
  { name: "RootActorID", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Root actor of a delegated or agent chain." },
  { name: "AppliedConditionalAccessPolicies", SigninLogs: 'string', holdsJson: true, meaning: "Applied Conditional Access policies (rarely populated; see ConditionalAccessPolicies)." },
  { name: "RiskLevel", SigninLogs: 'string', meaning: "Risk level (rarely populated)." },
  { name: "Type", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Table the row comes from: SigninLogs or AADNonInteractiveUserSignInLogs." },
  { name: "_BilledSize", SigninLogs: 'real', AADNonInteractiveUserSignInLogs: 'real', meaning: "Billed size of the record in bytes (system column)." },
  { name: "_IsBillable", SigninLogs: 'string', AADNonInteractiveUserSignInLogs: 'string', meaning: "Whether ingestion of the record is billed (system column)." },
];

/** The columns of one table, in catalogue order. */
export function columnsOf(table: TableName): { name: string; type: KustoType }[] {
  return COLUMNS.filter((c) => c[table] !== undefined).map((c) => ({ name: c.name, type: c[table] as KustoType }));
}

/** Columns whose Kusto type differs between the two tables (a `union` splits them into X_dynamic / X_string). */
export function typeConflicts(): string[] {
  return COLUMNS.filter(
    (c) => c.SigninLogs && c.AADNonInteractiveUserSignInLogs && c.SigninLogs !== c.AADNonInteractiveUserSignInLogs,
  ).map((c) => c.name);
}
