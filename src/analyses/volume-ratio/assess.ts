/** The bands a ratio falls in: the course's assessment of a user, and the severity of a finding, from the parameters. */
import type { Severity } from '../../findings/finding';
import type { VolumeRatioParams } from './parameters';

export type VolumeAssessment = 'too few events' | 'below normal' | 'normal' | 'elevated' | 'suspicious';

/** The twin's `case(…)` over the same parameters (kql.ts). */
export function assess(ratio: number, total: number, p: VolumeRatioParams): VolumeAssessment {
  if (total < p.minEvents) return 'too few events';
  if (ratio >= p.suspicious) return 'suspicious';
  if (ratio > p.normalHigh) return 'elevated';
  return ratio < p.normalLow ? 'below normal' : 'normal';
}

/** low from `suspicious`, medium from `mediumMultiple` times it, high from `highMultiple` times it. */
export function volumeRatioSeverity(ratio: number, p: VolumeRatioParams): Severity {
  if (ratio >= p.highMultiple * p.suspicious) return 'high';
  if (ratio >= p.mediumMultiple * p.suspicious) return 'medium';
  return ratio >= p.suspicious ? 'low' : 'informational';
}
