/**
 * How the local engine serves each column of SigninLogs and AADNonInteractiveUserSignInLogs from the loaded
 * sign-ins. The SignInTable keeps 48 normalized fields (src/schema/fields.ts), not every raw column, so each column of
 * the two tables (src/schema/columns.ts) is one of:
 *
 * - `field`: a normalized field under the same name, read in place. Values are the loaders' normalized ones:
 *   UserPrincipalName lower-cased; UserType, ConditionalAccessStatus, IncomingTokenType, AuthenticationRequirement
 *   in Log Analytics' spelling whatever the source; ResultType as text.
 * - `rebuilt`: LocationDetails, DeviceDetail and Status, rebuilt from the fields lifted out of them. They hold every key
 *   Log Analytics writes in these columns (LocationDetails: city, state, countryOrRegion, geoCoordinates{latitude,
 *   longitude}; DeviceDetail: deviceId, displayName, operatingSystem, browser, isCompliant, isManaged, trustType;
 *   Status: errorCode, failureReason, additionalDetails). A key whose value was empty is left out (Log Analytics
 *   sometimes writes it as ""). Status.errorCode is ResultType as a number. dynamic in SigninLogs, JSON text in
 *   AADNonInteractiveUserSignInLogs, as in a workspace.
 * - `rebuilt` in part: AuthenticationDetails (one step per succeeded method, then the last step's result detail) and
 *   ConditionalAccessPolicies (the failed policies), from the loaders' digests of them. The fields' own KQL
 *   extractions give back the loaded values; a query reading either is told what is left out (PARTIAL_COLUMNS).
 * - `absent`: everything else (TenantId, MfaDetail, NetworkLocationDetails, ...). Computing with one refuses the
 *   query.
 */
import { columnsOf } from '../../../schema/columns';
import type { FieldName } from '../../../schema/fields';
import { FIELDS } from '../../../schema/fields';
import type { KustoType, TableName } from '../../../schema/table-names';

export type ColumnSource =
  | { readonly kind: 'field'; readonly field: FieldName }
  | { readonly kind: 'rebuilt'; readonly from: readonly FieldName[] }
  | { readonly kind: 'absent'; readonly why: string };

/** Columns rebuilt from normalized fields, with the fields they read. */
export const REBUILT_COLUMNS: Readonly<Record<string, readonly FieldName[]>> = {
  LocationDetails: ['City', 'State', 'CountryOrRegion', 'Latitude', 'Longitude'],
  DeviceDetail: ['DeviceId', 'DeviceDisplayName', 'OperatingSystem', 'Browser', 'IsCompliant', 'IsManaged', 'TrustType'],
  Status: ['ResultType', 'FailureReason', 'AdditionalDetails'],
  AuthenticationDetails: ['AuthenticationMethods', 'AuthenticationStepResultDetail'],
  ConditionalAccessPolicies: ['ConditionalAccessPoliciesFailed'],
};

/**
 * Rebuilt columns that hold only part of what Entra logs (the loaders digest them): a query reading one gets a note
 * saying what is left out. Their fields' own KQL (src/schema/fields.ts) gives back the loaded values exactly.
 */
export const PARTIAL_COLUMNS: Readonly<Record<string, string>> = {
  AuthenticationDetails:
    'AuthenticationDetails is rebuilt from the loaded fields: one step per succeeded method (authenticationMethod, succeeded: true) and the last step\'s authenticationStepResultDetail; failed steps and the other keys of each step are not kept',
  ConditionalAccessPolicies:
    'ConditionalAccessPolicies is rebuilt from the loaded fields: only the failed policies (displayName, result: "failure"); policies that succeeded or did not apply are not kept',
};

/** Why a raw JSON column the loaders digest is still absent. */
const DIGESTED: Readonly<Record<string, string>> = {
  MfaDetail: 'the loaders keep only authMethod (MfaAuthMethod), not authDetail',
};

const FIELD_NAMES = new Set<string>(FIELDS.filter((f) => f.from.column === f.name && !('path' in f.from)).map((f) => f.name));

/** How a column of `table` is served. */
export function columnSource(name: string): ColumnSource {
  if (FIELD_NAMES.has(name)) return { kind: 'field', field: name as FieldName };
  const rebuilt = REBUILT_COLUMNS[name];
  if (rebuilt) return { kind: 'rebuilt', from: rebuilt };
  return { kind: 'absent', why: DIGESTED[name] ?? 'signinlab keeps 48 normalized fields, not this column' };
}

/** Every column of a table with its type and how it is served (for docs and tests). */
export function signInColumns(table: TableName): { name: string; type: KustoType; source: ColumnSource }[] {
  return columnsOf(table).map((c) => ({ ...c, source: columnSource(c.name) }));
}
