/**
 * conditional-access's parameters, as data, and the severity each kind of block earns. The KQL twin reads blockCodes
 * (kql.ts); repeatedBlocks and the severities shape findings only, notAppliedWarning a caveat only.
 */
import type { Severity } from '../../findings/finding';
import type { ParameterDefs } from '../analysis';

export interface ConditionalAccessParams {
  blockCodes: string[];
  repeatedBlocks: number;
  notAppliedWarning: number;
}

export const CONDITIONAL_ACCESS_PARAMETERS: ParameterDefs<ConditionalAccessParams> = {
  blockCodes: {
    default: ['53003'],
    description: 'ResultType values counted as a block, besides ConditionalAccessStatus failure.',
    source: 'two-table course: ConditionalAccessStatus == "failure" or ResultType == 53003 (BlockedByConditionalAccess)',
  },
  repeatedBlocks: {
    default: 3,
    description: 'Blocks of one user from one unfamiliar IP that make the finding high.',
    source: 'our choice: one or two blocks are a user on a new network; three or more from a new country is someone retrying',
  },
  notAppliedWarning: {
    default: 0.5,
    description: 'Share of a table\'s sign-ins with no policy applied (notApplied) from which a warning says blocks measure little.',
    source: 'our choice: when most traffic is uncovered, a low block count says more about coverage than about attacks',
  },
};

/**
 * The severity of a block finding by what the block says about who tried. A block means the control worked, so the
 * floor is low; the order is the reasoning, not a tunable, so it is data here rather than a parameter.
 */
export const BLOCK_SEVERITY: Readonly<Record<'familiar' | 'unfamiliar' | 'repeated', Severity>> = {
  /** From a country the user signs in from successfully: the user's own traffic, stopped by policy. */
  familiar: 'low',
  /** From a country the user never succeeded from (or a user with no success to compare with). */
  unfamiliar: 'medium',
  /** repeatedBlocks or more from one such IP: someone holding the password keeps trying. */
  repeated: 'high',
};
