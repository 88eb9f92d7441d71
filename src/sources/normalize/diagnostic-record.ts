/**
 * One diagnostic-settings record (what a storage account or Event Hub receives, and what Splunk's azure:monitor:aad
 * holds): an envelope with `time`, `category`, `resultType`, ... around the Graph-shaped sign-in in `properties`.
 * The category names the table; the envelope's `time` is the nearest thing to TimeGenerated.
 */
import type { SignIn } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';
import { parseTime } from '../time';
import { normalizeGraphSignIn } from './graph-signin';
import { RowRejection } from './row-rejection';
import { object, text } from './values';

const BY_CATEGORY: Record<string, TableName> = {
  SignInLogs: 'SigninLogs',
  NonInteractiveUserSignInLogs: 'AADNonInteractiveUserSignInLogs',
};

/** True when a parsed JSON object looks like a diagnostic-settings record. */
export function isDiagnosticRecord(o: Record<string, unknown>): boolean {
  return typeof o.properties === 'object' && o.properties !== null && ('category' in o || 'operationName' in o);
}

/**
 * Normalizes one diagnostic-settings sign-in record.
 * @throws RowRejection for another category (service principals, audit logs...) or a sign-in without id, time or user
 */
export function normalizeDiagnosticRecord(rec: Record<string, unknown>, hint?: TableName): SignIn {
  const category = text(rec.category);
  const table = category === '' ? hint : BY_CATEGORY[category];
  if (category !== '' && !table) {
    throw new RowRejection(
      /ServicePrincipal|ManagedIdentity/.test(category)
        ? `category ${category}: a service-principal or managed-identity sign-in, not a user sign-in`
        : `category ${category} is not a user sign-in`,
    );
  }
  const props = object(rec.properties);
  if (!props) throw new RowRejection('no properties');
  const out = normalizeGraphSignIn(props, table);
  if (table && out.Type !== table) {
    out.Type = table;
    out.IsInteractive = table === 'SigninLogs';
  }
  out.TimeGenerated = parseTime(rec.time);
  if (out.ResultType === '') out.ResultType = text(rec.resultType);
  if (out.ResultDescription === '') out.ResultDescription = text(rec.resultDescription);
  if (out.IPAddress === '') out.IPAddress = text(rec.callerIpAddress);
  return out;
}
