/**
 * MFA outcomes: after an MFA interrupt (50074, 50076...), did the user finish? An interrupt followed by an interactive
 * success of the same flow (same SessionId or CorrelationId, or same app from the same IP) within the window is
 * completed; otherwise the attempt was denied (500121, or a step detail such as "MFA denied; user declined") or
 * abandoned. An interrupt means the password was right, so an abandoned attempt from an IP the user never signed in
 * from is someone else holding the password; many denials in a row are MFA fatigue (push bombing).
 *
 * parameters.ts: thresholds and severities as data · run.ts: the TypeScript · attempts.ts: flows and attempts ·
 * outcomes.ts: one user judged · finding.ts: the finding · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { mfaFindings } from './finding';
import { mfaOutcomesKql } from './kql';
import type { MfaOutcomesRow } from './outcomes';
import { MFA_OUTCOMES_PARAMETERS, type MfaOutcomesParams } from './parameters';
import { runMfaOutcomes } from './run';

export type { MfaOutcomesParams } from './parameters';
export type { MfaOutcome, MfaOutcomesRow } from './outcomes';
export { groupAttempts } from './attempts';

export const mfaOutcomes: Analysis<MfaOutcomesParams, MfaOutcomesRow> = defineAnalysis({
  id: 'mfa-outcomes',
  title: 'MFA outcomes',
  question: 'When MFA was required, did the user complete it, deny it or walk away, and is anyone being push-bombed?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: MFA_OUTCOMES_PARAMETERS,
  run: runMfaOutcomes,
  kql: mfaOutcomesKql,
  /**
   * One finding per user with an attempt that did not complete: high for MFA fatigue (fatigueDenials or more
   * denials), medium when an attempt came from an IP the user never succeeded from, informational otherwise.
   */
  findingsFromRows: (rows: MfaOutcomesRow[], p: MfaOutcomesParams) => mfaFindings(rows, p),
});
