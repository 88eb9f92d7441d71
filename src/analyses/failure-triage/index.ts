/**
 * Failure triage: what the result codes of each table say, with their meaning and category from the catalogue, so an
 * analyst sees at once that 50126 is a wrong password, 53003 a policy block and 50074 an MFA prompt, and how many
 * users each touched. Benign interrupts (SSO misses, "keep me signed in") are marked so they are not chased.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { failureTriageKql } from './kql';
import { FAILURE_TRIAGE_PARAMETERS, type FailureTriageParams } from './parameters';
import { runFailureTriage, type FailureTriageRow } from './run';

export type { FailureTriageParams } from './parameters';
export type { FailureTriageRow } from './run';

export const failureTriage: Analysis<FailureTriageParams, FailureTriageRow> = defineAnalysis({
  id: 'failure-triage',
  title: 'Failure triage',
  question: 'Which result codes does each table hold, what do they mean, and how many users do they touch?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: FAILURE_TRIAGE_PARAMETERS,
  run: runFailureTriage,
  kql: failureTriageKql,
  /** Triage raises no findings: it is context for the detectors. */
  findingsFromRows: () => [],
});
