/**
 * mfa-outcomes' parameters, as data, and the severity each kind of outcome earns. The KQL twin reads every parameter
 * (kql.ts); the severities shape findings only.
 */
import type { Severity } from '../../findings/finding';
import { MFA_CHALLENGE_CODES, MFA_FAILURE_CODES } from '../../schema/result-codes';
import type { ParameterDefs } from '../analysis';

export interface MfaOutcomesParams {
  windowMinutes: number;
  challengeCodes: string[];
  denialCodes: string[];
  denialPhrases: string[];
  fatigueDenials: number;
}

export const MFA_OUTCOMES_PARAMETERS: ParameterDefs<MfaOutcomesParams> = {
  windowMinutes: {
    default: 15,
    description: 'Minutes after an MFA interrupt within which a success of the same flow counts as completing it.',
    source: 'our choice: longer than an MFA prompt stays open, short enough not to credit an unrelated later sign-in',
  },
  challengeCodes: {
    default: [...MFA_CHALLENGE_CODES],
    description: 'ResultType values of an MFA interrupt (password accepted, MFA pending).',
    source: 'Microsoft AADSTS error reference (50074, 50076, 50158); two-table course (50074 then success = completed)',
  },
  denialCodes: {
    default: [...MFA_FAILURE_CODES],
    description: 'ResultType values of a failed MFA step (denied, timed out, wrong code).',
    source: 'retired Azure AD sign-in error list (500121 strong authentication failed)',
  },
  denialPhrases: {
    default: ['denied', 'declined', "didn't respond", 'did not respond', 'incorrect code', 'invalid mobile app verification code', 'fraud'],
    description: 'Case-insensitive phrases of AuthenticationStepResultDetail that record a denial on a failed row.',
    source: 'Entra MFA reporting docs (result details such as "user declined the authentication", "user didn\'t respond")',
  },
  fatigueDenials: {
    default: 3,
    description: 'Denials of one user that make MFA fatigue (high severity).',
    source: 'our choice: one or two denials are a stray prompt; three or more are a pattern worth a call to the user',
  },
};

/**
 * The severity of an mfa-abandoned finding by what the attempts say. The order is the reasoning, not a tunable, so it
 * is data here rather than a parameter.
 */
export const MFA_SEVERITY: Readonly<Record<'fatigue' | 'unfamiliarIp' | 'familiar', Severity>> = {
  /** fatigueDenials or more denials: push bombing, whatever the user did next. */
  fatigue: 'high',
  /** An attempt that did not complete, from an IP the user never succeeded from: someone else holds the password. */
  unfamiliarIp: 'medium',
  /** A prompt walked away from at a known IP: people close prompts now and then. */
  familiar: 'informational',
};
