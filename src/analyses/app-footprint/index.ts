/**
 * App footprint: per application, what the user opened (interactive) against what refreshes silently in the
 * background (non-interactive); silent-only apps are the ones users do not know are running, and the broader
 * footprint a stolen token reaches.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { appFootprintKql } from './kql';
import { APP_FOOTPRINT_PARAMETERS, type AppFootprintParams } from './parameters';
import { runAppFootprint, type AppFootprintRow } from './run';

export type { AppFootprintParams } from './parameters';
export type { AppFootprintRow } from './run';

export const appFootprint: Analysis<AppFootprintParams, AppFootprintRow> = defineAnalysis({
  id: 'app-footprint',
  title: 'Applications: opened vs refreshing silently',
  question: 'Which applications did users open, and which refresh tokens in the background without them?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: APP_FOOTPRINT_PARAMETERS,
  run: runAppFootprint,
  kql: appFootprintKql,
});
