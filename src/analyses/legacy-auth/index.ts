/**
 * Legacy authentication: which users signed in with a protocol that cannot do MFA (IMAP, POP, SMTP, ActiveSync,
 * "Other clients"...), in either table. A successful legacy sign-in is a password alone getting in, so it stays high,
 * per user. Failures a policy refused show a control working, and failures from an address where many accounts fail
 * are one password spray (a finding about its source): both are context, not an alert on each victim.
 *
 * parameters.ts: parameters as data · run.ts, finding.ts: the TypeScript · kql.ts: the twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { legacyAuthFindings, type LegacyAuthRow } from './finding';
import { legacyAuthKql } from './kql';
import { LEGACY_AUTH_PARAMETERS, type LegacyAuthParams } from './parameters';
import { runLegacyAuth } from './run';

export type { LegacyAuthParams } from './parameters';
export type { LegacyAuthRow } from './finding';

export const legacyAuth: Analysis<LegacyAuthParams, LegacyAuthRow> = defineAnalysis({
  id: 'legacy-auth',
  title: 'Legacy authentication',
  question: 'Which users authenticated with legacy protocols that cannot do MFA, and did any of them get in?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: LEGACY_AUTH_PARAMETERS,
  run: runLegacyAuth,
  kql: legacyAuthKql,
  findingsFromRows: (rows) => legacyAuthFindings(rows),
});
