/**
 * Expands a SignInSpec into a complete Log Analytics row: every column of its table from the schema catalogue, in
 * catalogue order, PascalCase, dynamic columns as objects in SigninLogs and as JSON text where the non-interactive
 * table stores text. This raw row is the generator's primary output; the writers derive every file format from it.
 */
import { columnsOf } from '../../schema/columns';
import { tableFor, type TableName } from '../../schema/table-names';
import { evaluateConditionalAccess } from './ca-policies';
import { hash32, Rng } from './prng';
import { RESULT_DETAIL, RESULT_TEXT } from './result-text';
import type { SignInSpec } from './sign-in-spec';
import { MICROSOFT_TENANT_ID, type TenantIdentity } from './tenant-identity';
import { agentOf } from './user-agents';

/** A Log Analytics row keyed by column name. */
export type LaRow = Record<string, unknown>;

const LEGACY_OK = new Set(['Browser', 'Mobile Apps and Desktop clients']);
const TABLE_COLUMNS: Record<TableName, { name: string; type: string }[]> = {
  SigninLogs: columnsOf('SigninLogs'),
  AADNonInteractiveUserSignInLogs: columnsOf('AADNonInteractiveUserSignInLogs'),
};

const DYNAMIC: Record<TableName, Set<string>> = {
  SigninLogs: new Set(TABLE_COLUMNS.SigninLogs.filter((c) => c.type === 'dynamic').map((c) => c.name)),
  AADNonInteractiveUserSignInLogs: new Set(TABLE_COLUMNS.AADNonInteractiveUserSignInLogs.filter((c) => c.type === 'dynamic').map((c) => c.name)),
};

const caCache = new Map<string, { status: string; text: string }>();

/** Conditional Access results as JSON text, computed once per distinct situation (most rows share a handful). */
function conditionalAccessOf(interactive: boolean, legacy: boolean, compliantDevice: boolean, country: string, preAuthFailure: boolean) {
  const k = `${interactive}|${legacy}|${compliantDevice}|${country}|${preAuthFailure}`;
  let v = caCache.get(k);
  if (!v) {
    const e = evaluateConditionalAccess({ interactive, legacy, compliantDevice, country, preAuthFailure });
    caCache.set(k, (v = { status: e.status, text: JSON.stringify(e.policies) }));
  }
  return v;
}

/** ISO-8601 with the 7 fractional digits Log Analytics returns. */
function isoTicks(ms: number, rng: Rng): string {
  return new Date(ms).toISOString().replace('Z', String(rng.int(0, 9999)).padStart(4, '0') + 'Z');
}

const textCache = new Map<string, string>();

/** JSON text of a value that repeats across rows, built once per key. */
function cachedText(key: string, make: () => unknown): string {
  let t = textCache.get(key);
  if (t === undefined) {
    if (textCache.size > 50_000) textCache.clear();
    textCache.set(key, (t = JSON.stringify(make())));
  }
  return t;
}

/** A stable service principal id for a resource in this tenant. */
function servicePrincipalOf(tenant: TenantIdentity, resourceId: string): string {
  return JSON.parse(cachedText('sp|' + tenant.aadTenantId + resourceId, () => new Rng(hash32(tenant.aadTenantId + resourceId)).guid())) as string;
}

/**
 * The full Log Analytics row for a planned sign-in.
 *
 * @param spec   the planned sign-in
 * @param tenant ids of the tenant and workspace
 * @returns a new row object (nothing shared with other rows), with a key for every column of the row's table
 */
export function laRow(spec: SignInSpec, tenant: TenantIdentity): LaRow {
  const rng = new Rng(hash32(spec.id));
  const table = tableFor(spec.interactive);
  // Values that repeat across rows are built once per key: JSON text where the table stores text, a fresh object
  // (parsed from that text) where it stores dynamic; `textLength` keeps each one's size for _BilledSize.
  const textLength = new Map<string, number>();
  const repeated = (column: string, key: string, make: () => unknown): unknown => {
    const text = cachedText(key, make);
    textLength.set(column, text.length);
    return DYNAMIC[table].has(column) ? JSON.parse(text) : text;
  };
  const created = isoTicks(spec.time, rng);
  const generated = isoTicks(spec.time + rng.int(20_000, 240_000), rng);
  const clientAppUsed = spec.clientAppUsed ?? spec.app.clientAppUsed;
  const agent = agentOf(spec.device, spec.app);
  const code = spec.resultType;
  const preAuthFailure = code !== 0 && code !== 53003;
  const ca = conditionalAccessOf(spec.interactive, !LEGACY_OK.has(clientAppUsed), spec.device.isCompliant, spec.net.place.country, preAuthFailure);
  let stepTime = spec.time - spec.steps.length * 1000;
  const authenticationDetails = spec.steps.map((s, i) => ({
    authenticationStepDateTime: new Date((stepTime += 1000)).toISOString(),
    authenticationMethod: s.method,
    authenticationMethodDetail: s.methodDetail ?? '',
    succeeded: s.succeeded,
    authenticationStepResultDetail: s.resultDetail,
    authenticationStepRequirement: s.requirement,
    StatusSequence: s.succeeded ? 0 : code,
    RequestSequence: spec.interactive ? i : 0,
  }));
  const status: Record<string, unknown> = { errorCode: code };
  if (code !== 0) status.failureReason = RESULT_TEXT[code] ?? 'Other.';
  if (code !== 0 && RESULT_DETAIL[code]) status.additionalDetails = RESULT_DETAIL[code];
  else if (code === 0 && spec.multiFactor && !spec.interactive) status.additionalDetails = 'MFA requirement satisfied by claim in the token';
  const mfaStep = spec.steps.find((s) => s.requirement === 'Multifactor authentication' && s.method !== 'Previously satisfied');
  const place = spec.net.place;
  const row: Record<string, unknown> = {
    TenantId: tenant.workspaceId,
    SourceSystem: 'Azure AD',
    TimeGenerated: generated,
    ResourceId: `/tenants/${tenant.aadTenantId}/providers/Microsoft.aadiam`,
    OperationName: 'Sign-in activity',
    OperationVersion: '1.0',
    Category: spec.interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs',
    ResultType: String(code),
    ResultSignature: 'None',
    ResultDescription: RESULT_TEXT[code] ?? 'Other',
    DurationMs: 0,
    CorrelationId: rng.guid(),
    Resource: 'Microsoft.aadiam',
    ResourceGroup: 'Microsoft.aadiam',
    ResourceProvider: 'Microsoft.aadiam',
    Identity: spec.user.displayName,
    Level: '4',
    Location: place.country,
    AlternateSignInName: spec.interactive ? spec.user.userPrincipalName : '',
    AppDisplayName: spec.app.name,
    AppId: spec.app.id,
    AuthenticationContextClassReferences: '[]',
    AuthenticationDetails: JSON.stringify(authenticationDetails),
    AppliedEventListeners: [],
    AuthenticationMethodsUsed: '[]',
    AuthenticationProcessingDetails: ((cae: string, prt: boolean) =>
      cachedText(`apd|${cae}|${prt}`, () => [
        { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' },
        { key: 'Is CAE Token', value: cae },
        ...(prt ? [{ key: 'Root Key Type', value: 'TPM' }] : []),
      ]))(spec.interactive ? 'False' : rng.chance(0.7) ? 'True' : 'False', spec.incomingTokenType === 'primaryRefreshToken'),
    AuthenticationRequirement: spec.multiFactor ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    AuthenticationRequirementPolicies: cachedText(`arp|${spec.multiFactor}`, () => (spec.multiFactor ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [])),
    ClientAppUsed: clientAppUsed,
    ConditionalAccessPolicies: (textLength.set('ConditionalAccessPolicies', ca.text.length), DYNAMIC[table].has('ConditionalAccessPolicies') ? (JSON.parse(ca.text) as unknown) : ca.text),
    ConditionalAccessPoliciesV2: [],
    ConditionalAccessStatus: ca.status,
    CreatedDateTime: created,
    DeviceDetail: repeated('DeviceDetail', `dev|${spec.device.deviceId}|${spec.device.displayName}|${spec.device.operatingSystem}|${agent.browser}|${spec.device.isCompliant}|${spec.device.isManaged}|${spec.device.trustType}`, () => ({
      deviceId: spec.device.deviceId,
      displayName: spec.device.displayName,
      operatingSystem: spec.device.operatingSystem,
      browser: agent.browser,
      isCompliant: spec.device.isCompliant,
      isManaged: spec.device.isManaged,
      trustType: spec.device.trustType,
    })),
    IsInteractive: spec.interactive,
    Id: spec.id,
    IPAddress: spec.net.ip,
    IsRisky: false,
    LocationDetails: repeated('LocationDetails', `loc|${place.city}|${place.country}`, () => ({
      city: place.city,
      state: place.state,
      countryOrRegion: place.country,
      geoCoordinates: { latitude: place.latitude, longitude: place.longitude },
    })),
    MfaDetail: repeated('MfaDetail', `mfa|${mfaStep?.method}|${mfaStep?.methodDetail}`, () => (mfaStep ? { authMethod: mfaStep.method, authDetail: mfaStep.methodDetail ?? '' } : {})),
    NetworkLocationDetails: cachedText(`nld|${spec.namedNetwork}`, () => (spec.namedNetwork ? [{ networkType: 'trustedNamedLocation', networkNames: [spec.namedNetwork] }] : [])),
    OriginalRequestId: spec.interactive ? spec.id : '',
    ProcessingTimeInMilliseconds: String(rng.int(40, 420)),
    ProcessingTimeInMs: String(rng.int(20, 260)),
    RiskDetail: 'none',
    RiskEventTypes: '[]',
    RiskEventTypes_V2: '[]',
    RiskLevelAggregated: 'none',
    RiskLevelDuringSignIn: 'none',
    RiskState: 'none',
    ResourceDisplayName: spec.resource.name,
    ResourceIdentity: spec.resource.id,
    ResourceServicePrincipalId: servicePrincipalOf(tenant, spec.resource.id),
    ServicePrincipalId: '',
    ServicePrincipalName: '',
    Status: repeated('Status', `status|${JSON.stringify(status)}`, () => status),
    TokenIssuerName: '',
    TokenIssuerType: 'AzureAD',
    UserAgent: spec.userAgent ?? agent.userAgent,
    UserDisplayName: spec.user.displayName,
    UserId: spec.user.userId,
    UserPrincipalName: spec.user.userPrincipalName,
    AADTenantId: tenant.aadTenantId,
    UserType: 'Member',
    FlaggedForReview: false,
    IPAddressFromResourceProvider: '',
    SignInIdentifier: spec.interactive && spec.steps[0]?.method === 'Password' ? spec.user.userPrincipalName : '',
    SignInIdentifierType: spec.interactive && spec.steps[0]?.method === 'Password' ? 'userPrincipalName' : '',
    ResourceTenantId: tenant.aadTenantId,
    HomeTenantId: tenant.aadTenantId,
    UniqueTokenIdentifier: rng.token(),
    SessionId: spec.sessionId,
    SessionLifetimePolicies: cachedText(`slp|${spec.interactive && !!mfaStep}`, () => (spec.interactive && mfaStep ? [{ expirationRequirement: 'rememberMultifactorAuthenticationOnTrustedDevices', detail: 'Remember MFA' }] : [])),
    SignInEventTypes: cachedText(`set|${spec.interactive}`, () => [spec.interactive ? 'interactiveUser' : 'nonInteractiveUser']),
    AutonomousSystemNumber: String(spec.net.asn),
    AuthenticationProtocol: spec.authenticationProtocol ?? 'none',
    CrossTenantAccessType: 'none',
    AuthenticationAppDeviceDetails: '',
    AuthenticationAppPolicyEvaluationDetails: '[]',
    ClientCredentialType: 'none',
    FederatedCredentialId: '',
    GlobalSecureAccessIpAddress: '',
    HomeTenantName: tenant.name,
    IncomingTokenType: spec.incomingTokenType,
    IsTenantRestricted: false,
    IsThroughGlobalSecureAccess: false,
    OriginalTransferMethod: 'none',
    TokenProtectionStatusDetails: repeated('TokenProtectionStatusDetails', `tps|${spec.incomingTokenType === 'primaryRefreshToken'}`, () =>
      spec.incomingTokenType === 'primaryRefreshToken' ? { signInSessionStatus: 'bound', signInSessionStatusCode: 0 } : { signInSessionStatus: 'unbound', signInSessionStatusCode: 1004 }),
    AppOwnerTenantId: MICROSOFT_TENANT_ID,
    ResourceOwnerTenantId: MICROSOFT_TENANT_ID,
    Agent: repeated('Agent', 'agent', () => ({ agentType: 'notAgentic' })),
    SourceAppClientId: '',
    ConditionalAccessAudiences: cachedText('aud|' + spec.resource.id, () => [{ applicationId: spec.resource.id, audienceReasons: 'none' }]),
    AuthenticatorAppLocation: '',
    ClientSessionId: '',
    RootActorID: '',
    AppliedConditionalAccessPolicies: '',
    RiskLevel: '',
    Type: table,
    _BilledSize: 0,
    _IsBillable: 'True',
  };
  const out: LaRow = {};
  let size = 0;
  for (const c of TABLE_COLUMNS[table]) {
    const v = (out[c.name] = row[c.name]);
    size += c.name.length + 4 + (typeof v === 'string' ? v.length + 2 : typeof v === 'object' ? (textLength.get(c.name) ?? JSON.stringify(v).length) : 5);
  }
  out._BilledSize = size;
  return out;
}

/** The CreatedDateTime text `laRow` gives a spec (labels quote it exactly). */
export function createdDateTimeOf(spec: SignInSpec): string {
  return isoTicks(spec.time, new Rng(hash32(spec.id)));
}
