/**
 * Token types: which token clients presented (IncomingTokenType), per table and per user × app. A primary refresh
 * token gives SSO to every app, so a PRT stream from an odd place is worth more than a refresh-token one; the share of
 * PRT against refresh tokens is the baseline the token-replay detector is read against. Display forms such as
 * "Primary Refresh Token" are normalised; values we do not recognise are kept as logged, empty ones apart.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { tokenTypesKql } from './kql';
import { TOKEN_TYPES_PARAMETERS, type TokenTypesParams } from './parameters';
import { runTokenTypes, type TokenTypesRow } from './run';

export type { TokenTypesParams } from './parameters';
export type { TokenTypesRow, TokenTypesUserAppRow } from './run';

export const tokenTypes: Analysis<TokenTypesParams, TokenTypesRow> = defineAnalysis({
  id: 'token-types',
  title: 'Token types',
  question: 'Which tokens do clients present in each table, and how much is PRT against refresh token, per user and app?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: TOKEN_TYPES_PARAMETERS,
  run: runTokenTypes,
  kql: tokenTypesKql,
  /** Token-type shares raise no findings: token-replay is the detector that uses them. */
  findingsFromRows: () => [],
});
