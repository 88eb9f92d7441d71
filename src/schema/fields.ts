/**
 * The fields of a normalized sign-in: the columns analysts need, under Entra's own names, with the nested values they
 * care about (city, device, error, methods, failed policies) lifted out of the JSON columns once, whatever the source
 * shape. Declared as data so the store, the loaders, the danfo conversion, the KQL twins and the docs read one list.
 *
 * `kind` says how the store keeps a field:
 * - `dict`: dictionary-encoded string (UPNs, IPs, apps: few distinct values, many rows)
 * - `text`: plain string per row (ids that are unique per row; a dictionary would only add a map entry per row)
 * - `time`: epoch milliseconds (UTC), NaN when absent
 * - `number`: float, NaN when absent
 * - `bool`: true / false / null
 *
 * `from` names the column (and path inside its JSON) the value comes from; `kql` is the Kusto expression that yields
 * the same value from either table (parse_json leaves a dynamic value as it is and parses the JSON text of the
 * non-interactive table's string columns).
 */

export type FieldKind = 'dict' | 'text' | 'time' | 'number' | 'bool';

export interface FieldDef {
  readonly name: string;
  readonly kind: FieldKind;
  /** Source column, and the path inside it for values lifted out of JSON. */
  readonly from: { readonly column: string; readonly path?: readonly string[] };
  /** Kusto expression computing the field from a row of either table. */
  readonly kql: string;
  readonly meaning: string;
}

const col = <N extends string, K extends FieldKind>(name: N, kind: K, meaning: string) =>
  ({ name, kind, from: { column: name }, kql: name, meaning }) as const;

const lifted = <N extends string, K extends FieldKind>(
  name: N,
  kind: K,
  column: string,
  path: string[],
  meaning: string,
  kql?: string,
) =>
  ({
    name,
    kind,
    from: { column, path },
    kql:
      kql ??
      (kind === 'number'
        ? `todouble(parse_json(${column}).${path.join('.')})`
        : kind === 'bool'
          ? `tobool(parse_json(${column}).${path.join('.')})`
          : `tostring(parse_json(${column}).${path.join('.')})`),
    meaning,
  }) as const;

export const FIELDS = [
  col('Type', 'dict', 'Table the row belongs to: SigninLogs (interactive) or AADNonInteractiveUserSignInLogs.'),
  col('IsInteractive', 'bool', 'A person presented a credential (true) or a token was refreshed silently (false).'),
  col('Id', 'text', 'Unique id of the sign-in event (Request ID).'),
  col('CreatedDateTime', 'time', 'When the sign-in happened, UTC.'),
  col('TimeGenerated', 'time', 'When Log Analytics received it, UTC (absent in Graph and portal exports).'),
  // Lower-cased like the loaders do, so a KQL result groups and joins on the same UPN as a local table.
  { ...col('UserPrincipalName', 'dict', 'Sign-in name of the user, lower-cased.'), kql: 'tolower(UserPrincipalName)' },
  col('UserDisplayName', 'dict', 'Display name of the user (attacker-controlled: escape when rendering).'),
  col('UserId', 'dict', 'Object id of the user.'),
  col('UserType', 'dict', 'Member or Guest.'),
  col('IPAddress', 'dict', 'Client IP address.'),
  col('AutonomousSystemNumber', 'dict', 'Autonomous system of the IP, as text (8075 = Microsoft).'),
  col('AppDisplayName', 'dict', 'Client application that asked for the token.'),
  col('AppId', 'dict', 'Application id of the client application.'),
  col('ResourceDisplayName', 'dict', 'Resource the token is for.'),
  col('ClientAppUsed', 'dict', 'Client app class; anything but Browser or Mobile Apps and Desktop clients is legacy authentication.'),
  col('UserAgent', 'dict', 'User agent (attacker-controlled: escape when rendering).'),
  col('ResultType', 'dict', 'Result code as text: "0" success, else an AADSTS error or interrupt.'),
  col('ResultDescription', 'dict', 'Text of the result code.'),
  col('ConditionalAccessStatus', 'dict', 'success, failure (blocked) or notApplied.'),
  col('AuthenticationRequirement', 'dict', 'singleFactorAuthentication or multiFactorAuthentication.'),
  col('AuthenticationProtocol', 'dict', 'oAuth2, ropc, deviceCode, saml20, wsFederation, none.'),
  col('IncomingTokenType', 'dict', 'Token presented: none, refreshToken, primaryRefreshToken, saml11, saml20, remoteDesktopToken.'),
  col('TokenIssuerType', 'dict', 'AzureAD, ADFederationServices, ...'),
  col('SessionId', 'dict', 'Sign-in session id; rows of one session share it across both tables.'),
  col('UniqueTokenIdentifier', 'text', 'Identifier of the token this sign-in issued.'),
  col('CorrelationId', 'text', 'Client correlation id of the request flow.'),
  col('RiskLevelDuringSignIn', 'dict', 'Real-time risk: none, low, medium, high, hidden.'),
  col('RiskLevelAggregated', 'dict', 'Aggregated risk: none, low, medium, high, hidden.'),
  col('RiskState', 'dict', 'none, atRisk, confirmedCompromised, remediated, dismissed, confirmedSafe.'),
  col('CrossTenantAccessType', 'dict', 'none, b2bCollaboration, b2bDirectConnect, ...'),
  lifted('City', 'dict', 'LocationDetails', ['city'], 'City resolved from the IP (attacker-influenced: escape when rendering).'),
  lifted('State', 'dict', 'LocationDetails', ['state'], 'State or region resolved from the IP.'),
  lifted('CountryOrRegion', 'dict', 'LocationDetails', ['countryOrRegion'], 'Two-letter country or region code.'),
  lifted('Latitude', 'number', 'LocationDetails', ['geoCoordinates', 'latitude'], 'Latitude of the IP location.'),
  lifted('Longitude', 'number', 'LocationDetails', ['geoCoordinates', 'longitude'], 'Longitude of the IP location.'),
  lifted('DeviceId', 'dict', 'DeviceDetail', ['deviceId'], 'Entra device id (empty for unregistered devices).'),
  lifted('DeviceDisplayName', 'dict', 'DeviceDetail', ['displayName'], 'Device name (attacker-controlled: escape when rendering).'),
  lifted('OperatingSystem', 'dict', 'DeviceDetail', ['operatingSystem'], 'Operating system reported by the client.'),
  lifted('Browser', 'dict', 'DeviceDetail', ['browser'], 'Browser reported by the client.'),
  lifted('IsCompliant', 'bool', 'DeviceDetail', ['isCompliant'], 'Device is marked compliant by Intune.'),
  lifted('IsManaged', 'bool', 'DeviceDetail', ['isManaged'], 'Device is managed.'),
  lifted('TrustType', 'dict', 'DeviceDetail', ['trustType'], 'Device join type: Azure AD joined, Hybrid Azure AD joined, Azure AD registered.'),
  lifted('FailureReason', 'dict', 'Status', ['failureReason'], 'Failure reason text from Status.'),
  lifted('AdditionalDetails', 'dict', 'Status', ['additionalDetails'], 'Extra status text, e.g. "MFA requirement satisfied by claim in the token".'),
  lifted(
    'AuthenticationMethods',
    'dict',
    'AuthenticationDetails',
    ['authenticationMethod'],
    'Distinct authenticationMethod values of the steps that succeeded, in step order, joined with ", ".',
    // Only steps with "succeeded": true (the key follows authenticationMethod in every logged record); set_difference
    // drops empty names and repeats.
    'strcat_array(set_difference(extract_all(@\'"authenticationMethod"\\s*:\\s*"([^"]*)"[^}]*"succeeded"\\s*:\\s*true\', tostring(AuthenticationDetails)), dynamic([""])), ", ")',
  ),
  lifted(
    'AuthenticationStepResultDetail',
    'dict',
    'AuthenticationDetails',
    ['authenticationStepResultDetail'],
    'Result detail of the last authentication step (e.g. "MFA denied; user declined").',
    'tostring(parse_json(tostring(AuthenticationDetails))[-1].authenticationStepResultDetail)',
  ),
  lifted(
    'ConditionalAccessPoliciesFailed',
    'dict',
    'ConditionalAccessPolicies',
    ['displayName'],
    'Display names of the Conditional Access policies whose result was failure, joined with "; ".',
    'strcat_array(extract_all(@\'"displayName"\\s*:\\s*"([^"]*)"[^}]*"result"\\s*:\\s*"failure"\', tostring(ConditionalAccessPolicies)), "; ")',
  ),
  lifted('MfaAuthMethod', 'dict', 'MfaDetail', ['authMethod'], 'MFA method from the deprecated MfaDetail column.'),
] as const satisfies readonly FieldDef[];

export type FieldName = (typeof FIELDS)[number]['name'];

type KindValue<K extends FieldKind> = K extends 'dict' | 'text'
  ? string
  : K extends 'time' | 'number'
    ? number
    : boolean | null;

/** A normalized sign-in: one row of either table under Entra's names. Absent strings are "", absent numbers NaN. */
export type SignIn = { -readonly [F in (typeof FIELDS)[number] as F['name']]: KindValue<F['kind']> } & {
  Type: import('./table-names').TableName;
};

export const FIELD_NAMES: readonly FieldName[] = FIELDS.map((f) => f.name);

const BY_NAME = new Map<string, FieldDef>(FIELDS.map((f) => [f.name, f]));

/** The definition of one field; throws on a name that is not a field. */
export function field(name: string): FieldDef {
  const f = BY_NAME.get(name);
  if (!f) throw new Error(`unknown sign-in field: ${name}`);
  return f;
}

export function isFieldName(name: string): name is FieldName {
  return BY_NAME.has(name);
}
