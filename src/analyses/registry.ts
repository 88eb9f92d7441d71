/**
 * Every analysis, in the order a notebook walks through them, and the ones that raise findings (the detectors).
 * A new analysis is added here once; the CLI, the findings runner and the notebooks read this list.
 */
import type { Analysis } from './analysis';
import { appFootprint } from './app-footprint';
import { authMethods } from './auth-methods';
import { conditionalAccess } from './conditional-access';
import { failureTriage } from './failure-triage';
import { legacyAuth } from './legacy-auth';
import { mfaOutcomes } from './mfa-outcomes';
import { passwordSpray } from './password-spray';
import { tokenTypes } from './token-types';
import { tokenReplay } from './token-replay';
import { union } from './union';
import { userTimeline } from './user-timeline';
import { volumeRatio } from './volume-ratio';

/**
 * An analysis of any parameter and row type. The list is heterogeneous by nature; callers that know the id use the
 * typed export (`tokenReplay`, `volumeRatio`...) instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAnalysis = Analysis<any, any>;

export const ANALYSES: readonly AnyAnalysis[] = [
  union,
  volumeRatio,
  appFootprint,
  userTimeline,
  tokenReplay,
  failureTriage,
  passwordSpray,
  legacyAuth,
  conditionalAccess,
  mfaOutcomes,
  authMethods,
  tokenTypes,
];

/** Analyses that raise findings, with the detector id their findings carry. */
export const DETECTORS: readonly { readonly detector: string; readonly analysis: AnyAnalysis }[] = [
  { detector: 'token-replay', analysis: tokenReplay },
  { detector: 'high-volume-ratio', analysis: volumeRatio },
  { detector: 'password-spray', analysis: passwordSpray },
  { detector: 'legacy-auth', analysis: legacyAuth },
  { detector: 'ca-blocked', analysis: conditionalAccess },
  { detector: 'mfa-abandoned', analysis: mfaOutcomes },
];

/** The analysis with this id, or with a detector of this id (`high-volume-ratio` finds `volume-ratio`). */
export function analysisById(id: string): AnyAnalysis | undefined {
  return ANALYSES.find((a) => a.id === id) ?? DETECTORS.find((d) => d.detector === id)?.analysis;
}
