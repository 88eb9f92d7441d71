/** Legacy authentication's parameters, as data. */
import { MODERN_CLIENT_APPS } from '../../schema/client-apps';
import { CA_BLOCK_CODES } from '../../schema/result-codes';
import type { ParameterDefs } from '../analysis';

export interface LegacyAuthParams {
  modernClientApps: string[];
  successCodes: string[];
  blockCodes: string[];
  sprayAccounts: number;
}

export const LEGACY_AUTH_PARAMETERS: ParameterDefs<LegacyAuthParams> = {
  modernClientApps: {
    default: [...MODERN_CLIENT_APPS],
    description: 'ClientAppUsed values that are modern authentication (compared case-insensitively); empty and "Unknown" are reported apart.',
    source: 'Entra docs, sign-in log "Client app" filter: modern = Browser, Mobile Apps and Desktop clients',
  },
  successCodes: {
    default: ['0'],
    description: 'ResultType values that count as a successful sign-in.',
    source: 'Log Analytics sign-in docs: ResultType 0 is success',
  },
  blockCodes: {
    default: [...CA_BLOCK_CODES],
    description: 'ResultType values meaning Conditional Access or security defaults refused the sign-in: a blocked protocol, context rather than an alert.',
    source: 'Microsoft AADSTS error reference (53003, 530032, 530035...); grouping is our choice',
  },
  sprayAccounts: {
    default: 5,
    description: 'An address where this many accounts fail legacy sign-ins is a spray source: those failures are one finding about the source (password-spray), not an alert on each victim.',
    source: 'The burst threshold of Sentinel\'s password-spray rule (5 accounts), over the whole period',
  },
};
