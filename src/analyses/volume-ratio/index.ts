/**
 * Volume ratio: per user, how many non-interactive events come with each interactive sign-in, per day and overall.
 * The course's rule of thumb: 50:1 to 100:1 is normal, 500:1 or more deserves a look (an automated tool, or a token
 * refreshed far more than one person's apps would).
 *
 * Judged twice: over the whole period (the course's query), and per day with an interactive sign-in, because one bad
 * day drowns in a week of ordinary ones. A period without any interactive sign-in counts as having one: refreshes with
 * no human sign-in at all are the strongest form of the signal (a service account, or a stolen token used while the
 * user is away), and dividing by one keeps the same scale.
 */
import type { Finding } from '../../findings/finding';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type ParameterDefs } from '../analysis';
import { volumeRatioDays } from './days';
import { volumeRatioFinding } from './finding';
import { volumeRatioKql } from './kql';

export interface VolumeRatioParams {
  normalLow: number;
  normalHigh: number;
  suspicious: number;
  minEvents: number;
  maxEvidenceRows: number;
}

export type VolumeAssessment = 'too few events' | 'below normal' | 'normal' | 'elevated' | 'suspicious';

export interface VolumeRatioRow {
  UserPrincipalName: string;
  Interactive: number;
  NonInteractive: number;
  /** NonInteractive / Interactive over the whole period; null when the user never signed in interactively. */
  Ratio: number | null;
  NoInteractive: boolean;
  Days: number;
  /** The day (YYYY-MM-DD, UTC) with an interactive sign-in and enough events that has the highest ratio ("" / null: none). */
  PeakDay: string;
  PeakDayRatio: number | null;
  /** Days whose ratio reaches `suspicious`. */
  SuspiciousDays: number;
  /** The ratio judged: the larger of the period's (one interactive sign-in assumed when there was none) and the peak day's. */
  JudgedRatio: number;
  /** ISO-8601 UTC of the first and last event of what was judged suspicious: the suspicious days, or the whole period. */
  SuspiciousFirst: string;
  SuspiciousLast: string;
  Assessment: VolumeAssessment;
}

const parameters: ParameterDefs<VolumeRatioParams> = {
  normalLow: {
    default: 50,
    description: 'Lower end of the normal non-interactive : interactive ratio.',
    source: 'Course heuristic (50:1 to 100:1 is normal); not a Microsoft threshold.',
  },
  normalHigh: {
    default: 100,
    description: 'Upper end of the normal ratio; above it a user is "elevated" (shown, not raised).',
    source: 'Course heuristic; not a Microsoft threshold.',
  },
  suspicious: {
    default: 500,
    description: 'Ratio (over the period, or on one day) from which a finding is raised; severity grows with the multiple (2x medium, 4x high).',
    source: 'Course heuristic (500:1 or higher: investigate); the multiples for severity are our choice.',
  },
  minEvents: {
    default: 100,
    description: 'A user (over the period) or a user-day with fewer events in all is not judged (a handful of events gives a meaningless ratio).',
    source: 'Our reasoning: the course\'s typical user makes dozens to hundreds of events a day.',
  },
  maxEvidenceRows: {
    default: 10,
    description: 'Sample non-interactive rows cited per finding.',
    source: 'Our choice.',
  },
};

export function assess(ratio: number, total: number, p: VolumeRatioParams): VolumeAssessment {
  if (total < p.minEvents) return 'too few events';
  if (ratio >= p.suspicious) return 'suspicious';
  if (ratio > p.normalHigh) return 'elevated';
  return ratio < p.normalLow ? 'below normal' : 'normal';
}

export const volumeRatio: Analysis<VolumeRatioParams, VolumeRatioRow> = {
  id: 'volume-ratio',
  title: 'Interactive vs non-interactive volume per user',
  question: 'How many silent token events does each user generate per interactive sign-in, and who is far above normal?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters,

  run(table: SignInTable, overrides?: Partial<VolumeRatioParams>): AnalysisResult<VolumeRatioParams, VolumeRatioRow> {
    const p = resolveParameters(parameters, overrides);
    const { users, perDay, samples } = volumeRatioDays(table, p);
    const rows = users.map((u) => u.row);
    const findings: Finding[] = users
      .filter((u) => u.row.Assessment === 'suspicious')
      .map((u) => volumeRatioFinding(u.row, p, samples.get(u.code) ?? [], u.flaggedDays));
    rows.sort((a, b) => b.JudgedRatio - a.JudgedRatio || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
    const warnings: string[] = [];
    const counts = table.counts();
    if (counts.AADNonInteractiveUserSignInLogs === 0) warnings.push('No AADNonInteractiveUserSignInLogs rows: every ratio is 0.');
    if (counts.SigninLogs === 0) warnings.push('No SigninLogs rows: every user counts as having no interactive sign-in.');
    return { id: 'volume-ratio', parameters: p, rows, tables: { perDay }, findings, warnings };
  },

  kql(overrides, scope) {
    return volumeRatioKql(resolveParameters(parameters, overrides), scope);
  },

  findingsFromRows(rows: VolumeRatioRow[], p: VolumeRatioParams): Finding[] {
    return rows.filter((r) => r.Assessment === 'suspicious').map((r) => volumeRatioFinding(r, p, [], []));
  },
};

