/**
 * Volume ratio: per user, how many non-interactive events come with each interactive sign-in, per day and overall.
 * The course's rule of thumb: 50:1 to 100:1 is normal, 500:1 or more deserves a look (an automated tool, or a token
 * refreshed far more than one person's apps would).
 *
 * Judged twice: over the whole period (the course's query), and per day with an interactive sign-in, because one bad
 * day drowns in a week of ordinary ones. A period without any interactive sign-in counts as having one: refreshes with
 * no human sign-in at all are the strongest form of the signal (a service account, or a stolen token used while the
 * user is away), and dividing by one keeps the same scale.
 *
 * parameters.ts: thresholds and severity bands as data · run.ts: the TypeScript · user-days.ts: judging one user ·
 * assess.ts: the bands · finding.ts: the finding · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { volumeRatioFinding } from './finding';
import { volumeRatioKql } from './kql';
import { VOLUME_RATIO_PARAMETERS, type VolumeRatioParams } from './parameters';
import { runVolumeRatio } from './run';
import type { VolumeRatioRow } from './user-days';

export type { VolumeRatioParams } from './parameters';
export type { VolumeAssessment } from './assess';
export type { VolumeRatioRow } from './user-days';

export const volumeRatio: Analysis<VolumeRatioParams, VolumeRatioRow> = defineAnalysis({
  id: 'volume-ratio',
  title: 'Interactive vs non-interactive volume per user',
  question: 'How many silent token events does each user generate per interactive sign-in, and who is far above normal?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: VOLUME_RATIO_PARAMETERS,
  run: runVolumeRatio,
  kql: volumeRatioKql,
  findingsFromRows: (rows: VolumeRatioRow[], p: VolumeRatioParams) =>
    rows.filter((r) => r.Assessment === 'suspicious').map((r) => volumeRatioFinding(r, p, [], [])),
});
