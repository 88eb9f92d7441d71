/**
 * Password spray: a password or two tried against many accounts, paced to dodge smart lockout. Three speeds, each with
 * the thresholds of the rule it follows: a burst from one IP within minutes; low-and-slow from one IP or one ASN over a
 * day; distributed over many addresses of one ASN or with one user agent. A user mistyping their own password is one
 * account and never counts. A password accepted from the source afterwards (a success, or an MFA / Conditional Access
 * interrupt that only comes after a right password) means a guess worked.
 *
 * parameters.ts: thresholds as data · sources.ts, sliding-peak.ts, row.ts, run.ts: the TypeScript · kql.ts: the twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { passwordSprayKql } from './kql';
import { PASSWORD_SPRAY_PARAMETERS, type PasswordSprayParams } from './parameters';
import { sprayFindings, type PasswordSprayRow } from './row';
import { runPasswordSpray } from './run';

export type { PasswordSprayParams } from './parameters';
export type { PasswordSprayRow, SpraySpeed } from './row';
export { slidingPeak } from './sliding-peak';

export const passwordSpray: Analysis<PasswordSprayParams, PasswordSprayRow> = defineAnalysis({
  id: 'password-spray',
  title: 'Password spray',
  question: 'Is one source (an IP, an ASN, a user agent over many IPs) failing passwords against many accounts, and did any guess work?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: PASSWORD_SPRAY_PARAMETERS,
  run: runPasswordSpray,
  kql: passwordSprayKql,
  findingsFromRows: (rows, p) => sprayFindings(rows, p),
});
