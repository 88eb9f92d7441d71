/**
 * One Log Analytics row (either table, PascalCase columns as the workspace stores them) to a normalized SignIn.
 *
 * The two tables differ in ways that break naive code: seven columns are `dynamic` in SigninLogs but JSON text in
 * AADNonInteractiveUserSignInLogs; the REST API sends every dynamic cell as JSON text; a `union` export splits such
 * columns into `X_dynamic` / `X_string`; ResultType and AutonomousSystemNumber arrive as text or numbers; times as ISO
 * text with 0-7 fractional digits or as Date objects. This function absorbs all of that, parsing each JSON cell once.
 */
import type { SignIn } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';
import { parseTime } from '../time';
import { ignoreRepairs, type NoteRepair } from './repairs';
import { blankSignIn } from './blank-sign-in';
import { normalizeConditionalAccessStatus, normalizeIncomingTokenType, normalizeUserType } from './enums';
import { liftAuthenticationDetails, liftConditionalAccessPolicies, liftDevice, liftLocation, liftMfaDetail, liftStatus } from './lift';
import { isEmpty, notATime, requireSignIn } from './required';
import { tableOfRow } from './table-of-row';
import { bool, dynamicCell, text } from './values';

export { RowRejection, isRowRejection } from './row-rejection';

/** A dynamic column, or its `_dynamic` / `_string` halves from a union over both tables. */
function dyn(raw: Record<string, unknown>, name: string): unknown {
  const v = raw[name];
  if (v !== undefined && v !== null && v !== '') return v;
  const d = raw[name + '_dynamic'];
  if (d !== undefined && d !== null && d !== '') return d;
  return raw[name + '_string'];
}

/** A dynamic column parsed once, a cell that cannot be read noted as a repair (`lifts`: the fields left empty). */
function parsed(raw: Record<string, unknown>, name: string, note: NoteRepair, lifts: string): unknown {
  return dynamicCell(dyn(raw, name), name, note, lifts);
}

/**
 * CreatedDateTime, or TimeGenerated in its place (noted as a repair) when it is absent or unreadable; a TimeGenerated
 * that is there but unreadable is left empty, and noted too.
 */
function times(out: SignIn, raw: Record<string, unknown>, note: NoteRepair): void {
  out.TimeGenerated = parseTime(raw.TimeGenerated);
  const created = parseTime(raw.CreatedDateTime);
  if (!Number.isNaN(created)) {
    out.CreatedDateTime = created;
    if (Number.isNaN(out.TimeGenerated) && !isEmpty(raw.TimeGenerated)) note('TimeGenerated', `${notATime('TimeGenerated', raw.TimeGenerated)}; left empty`);
  } else if (!Number.isNaN(out.TimeGenerated)) {
    out.CreatedDateTime = out.TimeGenerated;
    note('CreatedDateTime', `${notATime('CreatedDateTime', raw.CreatedDateTime)}; TimeGenerated used`);
  } else {
    out.CreatedDateTime = NaN;
  }
}

/**
 * Normalizes one Log Analytics sign-in row.
 *
 * @param raw  the row, keyed by column name (objects or JSON text for dynamic columns)
 * @param hint the table the caller knows the row comes from, used only when the row itself does not say
 * @returns the sign-in with every field set (absent values "" / NaN / null)
 * @throws RowRejection for a row that is not a user sign-in or has no Id, time or user
 * @example normalizeLogAnalyticsRow({ Type: 'SigninLogs', Id: 'a1', CreatedDateTime: '2024-05-01T10:00:00Z', UserPrincipalName: 'Ann@Contoso.com' })
 */
export function normalizeLogAnalyticsRow(raw: Record<string, unknown>, hint?: TableName, note: NoteRepair = ignoreRepairs): SignIn {
  const out = blankSignIn();
  out.Type = tableOfRow(raw, hint);
  const interactive = bool(raw.IsInteractive);
  out.IsInteractive = interactive ?? out.Type === 'SigninLogs';
  out.Id = text(raw.Id).trim();
  times(out, raw, note);
  out.UserPrincipalName = text(raw.UserPrincipalName).toLowerCase();
  out.UserDisplayName = text(raw.UserDisplayName);
  out.UserId = text(raw.UserId);
  const timeColumn = isEmpty(raw.CreatedDateTime) && !isEmpty(raw.TimeGenerated) ? 'TimeGenerated' : 'CreatedDateTime';
  requireSignIn(out, timeColumn, raw[timeColumn], text(raw.ServicePrincipalName) || text(raw.ServicePrincipalId), note);

  out.UserType = normalizeUserType(text(raw.UserType));
  out.IPAddress = text(raw.IPAddress);
  out.AutonomousSystemNumber = text(raw.AutonomousSystemNumber);
  out.AppDisplayName = text(raw.AppDisplayName);
  out.AppId = text(raw.AppId);
  out.ResourceDisplayName = text(raw.ResourceDisplayName);
  out.ClientAppUsed = text(raw.ClientAppUsed);
  out.UserAgent = text(raw.UserAgent);
  out.ResultDescription = text(raw.ResultDescription);
  out.ConditionalAccessStatus = normalizeConditionalAccessStatus(text(raw.ConditionalAccessStatus));
  out.AuthenticationRequirement = text(raw.AuthenticationRequirement);
  out.AuthenticationProtocol = text(raw.AuthenticationProtocol);
  out.IncomingTokenType = normalizeIncomingTokenType(text(raw.IncomingTokenType));
  out.TokenIssuerType = text(raw.TokenIssuerType);
  out.SessionId = text(raw.SessionId);
  out.UniqueTokenIdentifier = text(raw.UniqueTokenIdentifier);
  out.CorrelationId = text(raw.CorrelationId);
  out.RiskLevelDuringSignIn = text(raw.RiskLevelDuringSignIn);
  out.RiskLevelAggregated = text(raw.RiskLevelAggregated);
  out.RiskState = text(raw.RiskState);
  out.CrossTenantAccessType = text(raw.CrossTenantAccessType);

  liftLocation(out, parsed(raw, 'LocationDetails', note, 'City, State, CountryOrRegion, Latitude, Longitude'));
  liftDevice(out, parsed(raw, 'DeviceDetail', note, 'DeviceId, OperatingSystem, Browser, IsCompliant, IsManaged, TrustType'));
  const errorCode = liftStatus(out, parsed(raw, 'Status', note, 'FailureReason, AdditionalDetails'));
  out.ResultType = text(raw.ResultType) || errorCode;
  liftAuthenticationDetails(out, parsed(raw, 'AuthenticationDetails', note, 'AuthenticationMethods, AuthenticationStepResultDetail'));
  // Read only when it may hold a failure (see liftConditionalAccessPolicies): text without one lifts nothing either way.
  liftConditionalAccessPolicies(out, dyn(raw, 'ConditionalAccessPolicies'));
  liftMfaDetail(out, parsed(raw, 'MfaDetail', note, 'MfaAuthMethod'));
  return out;
}
