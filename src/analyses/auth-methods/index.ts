/**
 * Authentication methods across both tables: which methods signed users in, per table, and how much of it was
 * phishing-resistant (FIDO2, passkeys, Windows Hello for Business, certificates). Since April 2025 a FIDO2 sign-in that
 * obtains a refresh token is logged in the non-interactive table, so counting SigninLogs alone undercounts FIDO2 and
 * passkey use; the `undercount` table and the warning say by how much.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · undercount.ts: what SigninLogs alone misses ·
 * kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { authMethodsKql } from './kql';
import { AUTH_METHODS_PARAMETERS, type AuthMethodsParams } from './parameters';
import { runAuthMethods, type AuthMethodsRow } from './run';

export type { AuthMethodsParams } from './parameters';
export type { AuthMethodsRow } from './run';
export { undercountOf } from './undercount';

export const authMethods: Analysis<AuthMethodsParams, AuthMethodsRow> = defineAnalysis({
  id: 'auth-methods',
  title: 'Authentication methods',
  question: 'Which authentication methods do users sign in with, how much is phishing-resistant, and what does SigninLogs alone miss?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: AUTH_METHODS_PARAMETERS,
  run: runAuthMethods,
  kql: authMethodsKql,
  /** Method counts raise no findings: they measure adoption. */
  findingsFromRows: () => [],
});
