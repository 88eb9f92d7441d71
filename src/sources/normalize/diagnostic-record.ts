/**
 * One diagnostic-settings record (what a storage account or Event Hub receives, and what Splunk's azure:monitor:aad
 * holds): an envelope with `time`, `category`, `resultType`, ... around the Graph-shaped sign-in in `properties`.
 * The category names the table; the envelope's `time` is the nearest thing to TimeGenerated.
 */
import type { SignIn } from '../../schema/fields';
import type { TableName } from '../../schema/table-names';
import { parseTime } from '../time';
import { normalizeGraphSignIn } from './graph-signin';
import { notATime, quote } from './required';
import { ignoreRepairs, type NoteRepair } from './repairs';
import { RowRejection } from './row-rejection';
import { BY_CATEGORY } from './table-of-row';
import { object, text } from './values';


/** True when a parsed JSON object looks like a diagnostic-settings record. */
export function isDiagnosticRecord(o: Record<string, unknown>): boolean {
  return typeof o.properties === 'object' && o.properties !== null && ('category' in o || 'operationName' in o);
}

/**
 * Normalizes one diagnostic-settings sign-in record.
 * @throws RowRejection for another category (service principals, audit logs...) or a sign-in without id, time or user
 */
export function normalizeDiagnosticRecord(rec: Record<string, unknown>, hint?: TableName, note: NoteRepair = ignoreRepairs): SignIn {
  const category = text(rec.category);
  const table = category === '' ? hint : BY_CATEGORY.get(category);
  if (category !== '' && !table) {
    throw new RowRejection(
      /ServicePrincipal|ManagedIdentity/.test(category)
        ? `category ${category}: a service-principal or managed-identity sign-in, not a user sign-in`
        : `category ${category.length > 60 ? quote(category) : category} is not a user sign-in`,
    );
  }
  const props = object(rec.properties);
  if (!props) throw new RowRejection('no properties');
  const out = normalizeGraphSignIn(props, table, note);
  if (table && out.Type !== table) {
    out.Type = table;
    out.IsInteractive = table === 'SigninLogs';
  }
  out.TimeGenerated = parseTime(rec.time);
  if (Number.isNaN(out.TimeGenerated) && rec.time !== undefined && rec.time !== null && rec.time !== '') {
    note('TimeGenerated', `${notATime('time', rec.time)}; left empty`);
  }
  if (out.ResultType === '') out.ResultType = text(rec.resultType);
  if (out.ResultDescription === '') out.ResultDescription = text(rec.resultDescription);
  if (out.IPAddress === '') out.IPAddress = text(rec.callerIpAddress);
  return out;
}
