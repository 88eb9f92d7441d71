/**
 * Conditional Access blocks as a positive control metric: how often policies refused a sign-in, per day, per policy,
 * per user and app, and how much traffic no policy touched at all (notApplied). A block means the control worked, so
 * findings are low by default; blocks from a country the user never signed in from successfully rank medium, and
 * repeated blocks of one user from such an IP rank high (someone holding the password keeps trying).
 *
 * parameters.ts: thresholds and severities as data · blocks.ts: which rows are blocks · run.ts: the TypeScript ·
 * context-tables.ts: per day, policy, user × app, status · finding.ts: the finding · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { blockFindings } from './finding';
import { conditionalAccessKql } from './kql';
import { CONDITIONAL_ACCESS_PARAMETERS, type ConditionalAccessParams } from './parameters';
import { runConditionalAccess, type ConditionalAccessRow } from './run';

export type { ConditionalAccessParams } from './parameters';
export type { ConditionalAccessRow } from './run';

export const conditionalAccess: Analysis<ConditionalAccessParams, ConditionalAccessRow> = defineAnalysis({
  id: 'conditional-access',
  title: 'Conditional Access blocks',
  question: 'Did Conditional Access block sign-ins, for whom, under which policy, and how much traffic did no policy cover?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: CONDITIONAL_ACCESS_PARAMETERS,
  run: runConditionalAccess,
  kql: conditionalAccessKql,
  /** One finding per user × IP: low from a familiar country, medium from an unfamiliar one, high when repeated there. */
  findingsFromRows: (rows: ConditionalAccessRow[], p: ConditionalAccessParams) => blockFindings(rows, p),
});
