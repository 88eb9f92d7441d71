/**
 * A Log Analytics sign-in row as the Microsoft Graph beta `signIn` object (camelCase) that `/beta/auditLogs/signIns`
 * returns for the same event. The differences are the point: status.errorCode and autonomousSystemNumber are
 * integers, processingTimeInMilliseconds an integer, `location` instead of LocationDetails, userType lower-case,
 * Conditional Access condition flags as names instead of bitmasks, createdDateTime in whole seconds, no TimeGenerated.
 */

type Row = Record<string, unknown>;

/** A JSON column's value whichever way the row holds it (object in SigninLogs, text in the non-interactive table). */
function json(v: unknown, empty: unknown): unknown {
  if (typeof v === 'string') {
    if (v === '') return empty;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return empty;
    }
  }
  return v ?? empty;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const int = (v: unknown): number | null => (v === '' || v === undefined || v === null || Number.isNaN(Number(v)) ? null : Math.trunc(Number(v)));

const CONDITION_FLAGS: readonly [number, string][] = [
  [1, 'application'],
  [2, 'users'],
  [4, 'devicePlatform'],
  [8, 'location'],
  [16, 'clientType'],
  [32, 'signInRisk'],
  [64, 'userRisk'],
  [128, 'time'],
  [256, 'deviceState'],
  [512, 'client'],
];

/** A Log Analytics condition bitmask as Graph's comma-separated flag names ("none" when empty). */
export function conditionFlags(mask: unknown): string {
  const m = typeof mask === 'number' ? mask : Number(mask) || 0;
  const names = CONDITION_FLAGS.filter(([bit]) => (m & bit) !== 0).map(([, name]) => name);
  return names.length ? names.join(',') : 'none';
}

function wholeSeconds(iso: unknown): string {
  const t = Date.parse(str(iso));
  return Number.isNaN(t) ? str(iso) : new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The Graph beta signIn object of a Log Analytics row.
 *
 * @param row a row of SigninLogs or AADNonInteractiveUserSignInLogs (objects or JSON text in its JSON columns)
 */
export function graphSignInOf(row: Row): Record<string, unknown> {
  const status = json(row.Status, {}) as Row;
  const location = json(row.LocationDetails, {}) as Row;
  const mfa = json(row.MfaDetail, {}) as Row;
  const policies = json(row.ConditionalAccessPolicies, []) as Row[];
  const steps = json(row.AuthenticationDetails, []) as Row[];
  const interactive = row.IsInteractive === true;
  return {
    id: str(row.Id),
    createdDateTime: wholeSeconds(row.CreatedDateTime),
    userDisplayName: str(row.UserDisplayName),
    userPrincipalName: str(row.UserPrincipalName).toLowerCase(),
    userId: str(row.UserId),
    appId: str(row.AppId),
    appDisplayName: str(row.AppDisplayName),
    ipAddress: str(row.IPAddress),
    ipAddressFromResourceProvider: str(row.IPAddressFromResourceProvider) || null,
    clientAppUsed: str(row.ClientAppUsed),
    userAgent: str(row.UserAgent),
    correlationId: str(row.CorrelationId),
    conditionalAccessStatus: str(row.ConditionalAccessStatus),
    originalRequestId: str(row.OriginalRequestId),
    isInteractive: interactive,
    tokenIssuerName: str(row.TokenIssuerName),
    tokenIssuerType: str(row.TokenIssuerType),
    processingTimeInMilliseconds: int(row.ProcessingTimeInMilliseconds ?? row.ProcessingTimeInMs),
    riskDetail: str(row.RiskDetail) || 'none',
    riskLevelAggregated: str(row.RiskLevelAggregated) || 'none',
    riskLevelDuringSignIn: str(row.RiskLevelDuringSignIn) || 'none',
    riskState: str(row.RiskState) || 'none',
    riskEventTypes_v2: json(row.RiskEventTypes_V2, []),
    resourceDisplayName: str(row.ResourceDisplayName),
    resourceId: str(row.ResourceIdentity),
    resourceTenantId: str(row.ResourceTenantId),
    homeTenantId: str(row.HomeTenantId),
    homeTenantName: str(row.HomeTenantName),
    authenticationMethodsUsed: json(row.AuthenticationMethodsUsed, []),
    authenticationRequirement: str(row.AuthenticationRequirement),
    signInIdentifier: str(row.SignInIdentifier),
    signInIdentifierType: str(row.SignInIdentifierType) || null,
    servicePrincipalName: str(row.ServicePrincipalName),
    signInEventTypes: [interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: str(row.ServicePrincipalId),
    federatedCredentialId: str(row.FederatedCredentialId),
    userType: str(row.UserType).toLowerCase() || 'member',
    flaggedForReview: row.FlaggedForReview === true,
    isTenantRestricted: row.IsTenantRestricted === true,
    isThroughGlobalSecureAccess: row.IsThroughGlobalSecureAccess === true,
    globalSecureAccessIpAddress: str(row.GlobalSecureAccessIpAddress),
    autonomousSystemNumber: int(row.AutonomousSystemNumber),
    crossTenantAccessType: str(row.CrossTenantAccessType) || 'none',
    uniqueTokenIdentifier: str(row.UniqueTokenIdentifier),
    sessionId: str(row.SessionId),
    incomingTokenType: str(row.IncomingTokenType) || 'none',
    authenticationProtocol: str(row.AuthenticationProtocol) || 'none',
    resourceServicePrincipalId: str(row.ResourceServicePrincipalId),
    clientCredentialType: str(row.ClientCredentialType) || 'none',
    originalTransferMethod: str(row.OriginalTransferMethod) || 'none',
    appOwnerTenantId: str(row.AppOwnerTenantId),
    resourceOwnerTenantId: str(row.ResourceOwnerTenantId),
    mfaDetail: Object.keys(mfa).length ? mfa : null,
    status: {
      errorCode: int(status.errorCode) ?? int(row.ResultType) ?? 0,
      failureReason: str(status.failureReason) || (int(status.errorCode) ? str(row.ResultDescription) : 'Other.'),
      additionalDetails: typeof status.additionalDetails === 'string' ? status.additionalDetails : null,
    },
    deviceDetail: json(row.DeviceDetail, {}),
    location: {
      city: str(location.city),
      state: str(location.state),
      countryOrRegion: str(location.countryOrRegion),
      geoCoordinates: location.geoCoordinates ?? {},
    },
    appliedConditionalAccessPolicies: policies.map((p) => ({
      ...p,
      conditionsSatisfied: conditionFlags(p.conditionsSatisfied),
      conditionsNotSatisfied: conditionFlags(p.conditionsNotSatisfied),
    })),
    authenticationProcessingDetails: json(row.AuthenticationProcessingDetails, []),
    networkLocationDetails: json(row.NetworkLocationDetails, []),
    authenticationDetails: steps.map(({ StatusSequence: _s, RequestSequence: _r, ...step }) => step),
    authenticationRequirementPolicies: json(row.AuthenticationRequirementPolicies, []),
    sessionLifetimePolicies: json(row.SessionLifetimePolicies, []),
    authenticationContextClassReferences: json(row.AuthenticationContextClassReferences, []),
    appliedEventListeners: json(row.AppliedEventListeners, []),
    conditionalAccessAudiences: json(row.ConditionalAccessAudiences, []),
    tokenProtectionStatusDetails: json(row.TokenProtectionStatusDetails, {}),
    agent: json(row.Agent, {}),
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
  };
}
