/**
 * Which sign-in table a Log Analytics row belongs to, and the rows that belong to none (other tables met in a `union`
 * export, service-principal and managed-identity sign-ins). Asked in order of trust: Type, Category, IsInteractive,
 * SignInEventTypes, then the caller's hint.
 */
import type { TableName } from '../../schema/table-names';
import { quote } from './required';
import { RowRejection } from './row-rejection';
import { array, bool, text } from './values';

// Maps, not object literals: a Type of "constructor" or "__proto__" must find nothing, not Object's own members.
const BY_TYPE: ReadonlyMap<string, TableName> = new Map([
  ['SigninLogs', 'SigninLogs'],
  ['AADNonInteractiveUserSignInLogs', 'AADNonInteractiveUserSignInLogs'],
]);
/** Diagnostic-settings categories of the two tables. */
export const BY_CATEGORY: ReadonlyMap<string, TableName> = new Map([
  ['SignInLogs', 'SigninLogs'],
  ['NonInteractiveUserSignInLogs', 'AADNonInteractiveUserSignInLogs'],
]);
/** Tables and categories of sign-ins made by applications, not users. */
const NOT_USER = new Set([
  'AADServicePrincipalSignInLogs',
  'AADManagedIdentitySignInLogs',
  'ServicePrincipalSignInLogs',
  'ManagedIdentitySignInLogs',
  'servicePrincipal',
  'managedIdentity',
]);

function refuse(what: string, value: string): never {
  if (NOT_USER.has(value)) throw new RowRejection(`${what} ${value}: a service-principal or managed-identity sign-in, not a user sign-in`);
  throw new RowRejection(`${what} ${value.length > 60 ? quote(value) : value} is not a user sign-in table`);
}

/** The table of a row from its event types (`interactiveUser`, `nonInteractiveUser`, ...), or undefined. */
export function tableOfEventTypes(cell: unknown): TableName | undefined {
  const types = array(cell);
  if (!types || types.length === 0) return undefined;
  if (types.includes('interactiveUser')) return 'SigninLogs';
  if (types.includes('nonInteractiveUser')) return 'AADNonInteractiveUserSignInLogs';
  return refuse('SignInEventTypes', types.map(text).join(','));
}

export function tableOfRow(raw: Record<string, unknown>, hint?: TableName): TableName {
  const type = text(raw.Type);
  if (type !== '') return BY_TYPE.get(type) ?? refuse('Type', type);
  const category = text(raw.Category);
  if (category !== '') return BY_CATEGORY.get(category) ?? refuse('Category', category);
  const interactive = bool(raw.IsInteractive);
  if (interactive !== null) return interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs';
  const fromEvents = tableOfEventTypes(raw.SignInEventTypes);
  if (fromEvents) return fromEvents;
  if (hint) return hint;
  throw new RowRejection('cannot tell the table: no Type, Category, IsInteractive or SignInEventTypes');
}
