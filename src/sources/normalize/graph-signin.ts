/**
 * One Microsoft Graph `signIn` object (v1.0 or beta, camelCase, as `/auditLogs/signIns` returns it and incident-response
 * collectors save it) to a normalized SignIn. Also the `properties` of a diagnostic-settings record, which carry the same
 * camelCase keys.
 *
 * Graph has no table column: the table comes from `signInEventTypes` (beta), else `isInteractive`, else the caller's
 * hint. Service-principal and managed-identity sign-ins are rejected with a reason. `status.errorCode` becomes the
 * ResultType text Log Analytics would hold.
 */
import type { SignIn } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';
import { parseTime } from '../time';
import { blankSignIn } from './blank-sign-in';
import { normalizeConditionalAccessStatus, normalizeIncomingTokenType, normalizeUserType } from './enums';
import { liftAuthenticationDetails, liftConditionalAccessPolicies, liftDevice, liftLocation, liftMfaDetail, liftStatus } from './lift';
import { ignoreRepairs, type NoteRepair } from './repairs';
import { requireSignIn } from './required';
import { RowRejection } from './row-rejection';
import { tableOfEventTypes } from './table-of-row';
import { bool, dynamicCell, text } from './values';

function tableOfSignIn(o: Record<string, unknown>, interactive: boolean | null, hint?: TableName): TableName {
  const fromEvents = tableOfEventTypes(o.signInEventTypes);
  if (fromEvents) return fromEvents;
  if (interactive !== null) return interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs';
  if (hint) return hint;
  throw new RowRejection('cannot tell the table: no signInEventTypes or isInteractive');
}

/**
 * Normalizes one Graph signIn object.
 *
 * @param o    the signIn object (camelCase keys)
 * @param hint the table to use when the object has neither signInEventTypes nor isInteractive
 * @throws RowRejection for a service-principal sign-in, or one without id, createdDateTime or user
 * @example normalizeGraphSignIn({ id: 'a1', createdDateTime: '2024-05-01T10:00:00Z', userPrincipalName: 'ann@contoso.com', isInteractive: true })
 */
export function normalizeGraphSignIn(o: Record<string, unknown>, hint?: TableName, note: NoteRepair = ignoreRepairs): SignIn {
  const out = blankSignIn();
  const interactive = bool(o.isInteractive);
  out.Type = tableOfSignIn(o, interactive, hint);
  out.IsInteractive = interactive ?? out.Type === 'SigninLogs';
  out.Id = text(o.id).trim();
  out.CreatedDateTime = parseTime(o.createdDateTime);
  out.UserPrincipalName = text(o.userPrincipalName).toLowerCase();
  out.UserDisplayName = text(o.userDisplayName);
  out.UserId = text(o.userId);
  requireSignIn(out, 'createdDateTime', o.createdDateTime, text(o.servicePrincipalName) || text(o.servicePrincipalId), note);

  out.UserType = normalizeUserType(text(o.userType));
  out.IPAddress = text(o.ipAddress);
  out.AutonomousSystemNumber = text(o.autonomousSystemNumber);
  out.AppDisplayName = text(o.appDisplayName);
  out.AppId = text(o.appId);
  out.ResourceDisplayName = text(o.resourceDisplayName);
  out.ClientAppUsed = text(o.clientAppUsed);
  out.UserAgent = text(o.userAgent);
  out.ConditionalAccessStatus = normalizeConditionalAccessStatus(text(o.conditionalAccessStatus));
  out.AuthenticationRequirement = text(o.authenticationRequirement);
  out.AuthenticationProtocol = text(o.authenticationProtocol);
  out.IncomingTokenType = normalizeIncomingTokenType(text(o.incomingTokenType));
  out.TokenIssuerType = text(o.tokenIssuerType);
  out.SessionId = text(o.sessionId);
  out.UniqueTokenIdentifier = text(o.uniqueTokenIdentifier);
  out.CorrelationId = text(o.correlationId);
  out.RiskLevelDuringSignIn = text(o.riskLevelDuringSignIn);
  out.RiskLevelAggregated = text(o.riskLevelAggregated);
  out.RiskState = text(o.riskState);
  out.CrossTenantAccessType = text(o.crossTenantAccessType);

  liftLocation(out, dynamicCell(o.location, 'location', note, 'City, State, CountryOrRegion, Latitude, Longitude'));
  liftDevice(out, dynamicCell(o.deviceDetail, 'deviceDetail', note, 'DeviceId, OperatingSystem, Browser, IsCompliant, IsManaged, TrustType'));
  out.ResultType = liftStatus(out, dynamicCell(o.status, 'status', note, 'ResultType, FailureReason, AdditionalDetails'));
  liftAuthenticationDetails(out, dynamicCell(o.authenticationDetails, 'authenticationDetails', note, 'AuthenticationMethods, AuthenticationStepResultDetail'));
  liftConditionalAccessPolicies(out, o.appliedConditionalAccessPolicies ?? o.conditionalAccessPolicies);
  liftMfaDetail(out, dynamicCell(o.mfaDetail, 'mfaDetail', note, 'MfaAuthMethod'));
  return out;
}
