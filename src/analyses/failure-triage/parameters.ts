/** failure-triage's parameters, as data. The result codes themselves are the catalogue's (src/schema/result-codes.ts). */
import type { ParameterDefs } from '../analysis';

export interface FailureTriageParams {
  includeSuccess: boolean;
}

export const FAILURE_TRIAGE_PARAMETERS: ParameterDefs<FailureTriageParams> = {
  includeSuccess: {
    default: true,
    description: 'Keep the ResultType 0 rows in the result (they give the share of failures its denominator).',
    source: 'our choice: the success count is the baseline an analyst compares failures with',
  },
};
