/** auth-methods' parameters, as data. Method groups and phishing resistance are the catalogue's (src/schema/auth-methods.ts). */
import type { ParameterDefs } from '../analysis';

export interface AuthMethodsParams {
  successOnly: boolean;
}

export const AUTH_METHODS_PARAMETERS: ParameterDefs<AuthMethodsParams> = {
  successOnly: {
    default: true,
    description: 'Count only successful sign-ins (ResultType 0).',
    source: 'our choice: a method counts as used when the sign-in it belongs to succeeded',
  },
};
