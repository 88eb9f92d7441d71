/**
 * Union: both tables as one event stream, with Type and IsInteractive kept so each row says where it came from. Right
 * for one user's full picture; wrong for population questions, where the non-interactive volume (50-100x) drowns the
 * interactive events that matter, so the result warns when it spans many users.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import type { TimelineRow } from '../user-timeline/timeline-row';
import { unionKql } from './kql';
import { UNION_PARAMETERS, type UnionParams } from './parameters';
import { runUnion } from './run';

export type { UnionParams } from './parameters';

export const union: Analysis<UnionParams, TimelineRow> = defineAnalysis({
  id: 'union',
  title: 'Both tables as one',
  question: 'What does the complete authentication picture look like, interactive and non-interactive together?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: UNION_PARAMETERS,
  run: runUnion,
  kql: unionKql,
});
