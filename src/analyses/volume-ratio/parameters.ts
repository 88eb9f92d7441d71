/**
 * volume-ratio's parameters, as data: the course's ratio bands, how many events make a ratio worth judging, and the
 * severity bands of a finding, each with where it comes from. The KQL twin reads the same numbers (kql.ts).
 */
import type { ParameterDefs } from '../analysis';

export interface VolumeRatioParams {
  normalLow: number;
  normalHigh: number;
  suspicious: number;
  minEvents: number;
  mediumMultiple: number;
  highMultiple: number;
  maxEvidenceRows: number;
}

export const VOLUME_RATIO_PARAMETERS: ParameterDefs<VolumeRatioParams> = {
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
    description: 'Ratio (over the period, or on one day) from which a finding is raised, at low severity.',
    source: 'Course heuristic (500:1 or higher: investigate).',
  },
  minEvents: {
    default: 100,
    description: 'A user (over the period) or a user-day with fewer events in all is not judged (a handful of events gives a meaningless ratio).',
    source: 'Our reasoning: the course\'s typical user makes dozens to hundreds of events a day.',
  },
  mediumMultiple: {
    default: 2,
    description: 'A finding is medium from this multiple of `suspicious` (1000:1 by default).',
    source: 'Our choice: twice the course\'s line is past any busy person\'s apps.',
  },
  highMultiple: {
    default: 4,
    description: 'A finding is high from this multiple of `suspicious` (2000:1 by default).',
    source: 'Our choice: four times the line is an automated client or a token refreshed in a loop.',
  },
  maxEvidenceRows: {
    default: 10,
    description: 'Sample non-interactive rows cited per finding.',
    source: 'Our choice.',
  },
};
