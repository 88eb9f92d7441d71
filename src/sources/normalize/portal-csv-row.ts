/**
 * Rows of the Entra admin center's CSV download (InteractiveSignIns_*.csv, NonInteractiveSignIns_*.csv) to normalized
 * SignIns. The header uses display labels with quirks: trailing spaces ("Application ID "), a double space
 * ("Autonomous system  number"), "Incoming token type" twice, "Date" or "Date (UTC)"; values use display forms
 * ("Not applied", "Success", "Melbourne, Victoria, AU"). Labels are matched trimmed, space-collapsed and lower-cased.
 */
import type { SignIn } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';
import { parseTime } from '../time';
import { blankSignIn } from './blank-sign-in';
import { normalizeAuthenticationRequirement, normalizeConditionalAccessStatus, normalizeIncomingTokenType, normalizeUserType } from './enums';
import type { NoteRepair } from './repairs';
import { requireSignIn } from './required';
import { bool } from './values';

/** A header label as matched: trimmed, single-spaced, lower case. */
export function portalLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Text fields read straight from one label. */
const TEXT: [keyof SignIn, string][] = [
  ['UserAgent', 'user agent'],
  ['CorrelationId', 'correlation id'],
  ['UserId', 'user id'],
  ['UserDisplayName', 'user'],
  ['CrossTenantAccessType', 'cross tenant access type'],
  ['AuthenticationProtocol', 'authentication protocol'],
  ['UniqueTokenIdentifier', 'unique token identifier'],
  ['AppDisplayName', 'application'],
  ['AppId', 'application id'],
  ['ResourceDisplayName', 'resource'],
  ['IPAddress', 'ip address'],
  ['FailureReason', 'failure reason'],
  ['ClientAppUsed', 'client app'],
  ['DeviceId', 'device id'],
  ['Browser', 'browser'],
  ['OperatingSystem', 'operating system'],
  ['TrustType', 'join type'],
  ['AdditionalDetails', 'multifactor authentication result'],
  ['MfaAuthMethod', 'multifactor authentication auth method'],
  ['SessionId', 'session id'],
  ['AutonomousSystemNumber', 'autonomous system number'],
  ['TokenIssuerType', 'token issuer type'],
  ['RiskState', 'risk state'],
  ['RiskLevelAggregated', 'risk level (aggregated)'],
  ['RiskLevelDuringSignIn', 'risk level (during sign-in)'],
];

/** Labels that identify the sign-in download (as opposed to its _AuthDetails companion or another CSV). */
export function isPortalSignInHeader(labels: string[]): boolean {
  return labels.includes('request id') && (labels.includes('date (utc)') || labels.includes('date')) && labels.includes('username');
}

/** Splits "City, State, CC" from the right: a city may itself contain a comma. */
function splitLocation(out: SignIn, location: string): void {
  if (location === '') return;
  const parts = location.split(', ');
  if (parts.length >= 3) {
    out.CountryOrRegion = parts.pop() as string;
    out.State = parts.pop() as string;
    out.City = parts.join(', ');
  } else if (parts.length === 2) {
    out.CountryOrRegion = parts[1];
    out.City = parts[0];
  } else {
    out.CountryOrRegion = parts[0];
  }
}

export class PortalCsvColumns {
  /** label -> every column index holding it (the download repeats "Incoming token type"). */
  private readonly at = new Map<string, number[]>();

  constructor(header: string[]) {
    header.forEach((h, i) => {
      const l = portalLabel(h);
      const list = this.at.get(l);
      if (list) list.push(i);
      else this.at.set(l, [i]);
    });
  }

  has(label: string): boolean {
    return this.at.has(label);
  }

  /** The first non-empty value under a label, or "". */
  get(fields: string[], label: string): string {
    const idx = this.at.get(label);
    if (!idx) return '';
    for (const i of idx) {
      const v = fields[i];
      if (v !== undefined && v !== '') return v.trim();
    }
    return '';
  }

  /** @throws RowRejection for a row without Request ID, date or user */
  toSignIn(fields: string[], table: TableName, note: NoteRepair): SignIn {
    const out = blankSignIn();
    out.Type = table;
    out.IsInteractive = table === 'SigninLogs';
    out.Id = this.get(fields, 'request id');
    const date = this.get(fields, 'date (utc)') || this.get(fields, 'date');
    out.CreatedDateTime = parseTime(date);
    out.UserPrincipalName = this.get(fields, 'username').toLowerCase();
    for (const [name, label] of TEXT) (out as Record<string, unknown>)[name] = this.get(fields, label);
    requireSignIn(out, 'Date', date, this.get(fields, 'service principal name') || this.get(fields, 'service principal id'), note);
    out.UserType = normalizeUserType(this.get(fields, 'user type'));
    out.IncomingTokenType = normalizeIncomingTokenType(this.get(fields, 'incoming token type'));
    out.ConditionalAccessStatus = normalizeConditionalAccessStatus(this.get(fields, 'conditional access'));
    out.AuthenticationRequirement = normalizeAuthenticationRequirement(this.get(fields, 'authentication requirement'));
    out.IsCompliant = bool(this.get(fields, 'compliant'));
    out.IsManaged = bool(this.get(fields, 'managed'));
    splitLocation(out, this.get(fields, 'location'));
    const code = this.get(fields, 'sign-in error code');
    out.ResultType = code !== '' ? code : this.get(fields, 'status').toLowerCase() === 'success' ? '0' : '';
    return out;
  }
}
