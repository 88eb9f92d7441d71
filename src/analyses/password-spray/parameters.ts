/** Password spray's parameters, as data: each speed's thresholds and whose they are. */
import { PASSWORD_ACCEPTED_CODES, PASSWORD_FAILURE_CODES } from '../../schema/result-codes';
import type { ParameterDefs } from '../analysis';

export interface PasswordSprayParams {
  minAccounts: number;
  windowMinutes: number;
  lowSlowAccounts: number;
  lowSlowHours: number;
  distributedAddresses: number;
  distributedAccounts: number;
  failureCodes: string[];
  acceptedCodes: string[];
  requireMoreFailedThanAcceptedAccounts: boolean;
}

export const PASSWORD_SPRAY_PARAMETERS: ParameterDefs<PasswordSprayParams> = {
  minAccounts: {
    default: 5,
    description: 'Burst: distinct accounts failing from one IP within windowMinutes.',
    source: 'Microsoft Sentinel analytic rule "Password spray attack against Microsoft Entra ID application" (authenticationThreshold 5)',
  },
  windowMinutes: {
    default: 20,
    description: 'Burst: length of the sliding window in minutes.',
    source: 'same Sentinel rule (authenticationWindow 20m); we slide the window instead of fixed bins (our choice) so a spray across a bin edge is not split',
  },
  lowSlowAccounts: {
    default: 10,
    description: 'Low-and-slow: distinct accounts failing from one IP, or from one ASN, within lowSlowHours (an attempt per account per hour never fills a 20-minute window).',
    source: 'Microsoft Sentinel analytic rule "Password spray attack against ADFSSignInLogs" (accountthreshold 10); the day-long window is our choice for sprays paced to dodge smart lockout',
  },
  lowSlowHours: {
    default: 24,
    description: 'Low-and-slow and distributed: length of the window in hours (windows start at midnight UTC and, overlapping them, at noon, so a spray across midnight is not split).',
    source: 'Our choice: a day, the unit the low-and-slow sprays reported by Microsoft Threat Intelligence are paced over',
  },
  distributedAddresses: {
    default: 4,
    description: 'Distributed: distinct source addresses of one ASN, or with one user agent, that together make a spray (each too small alone).',
    source: 'Adapted from Microsoft Sentinel "Distributed Password cracking attempts in Microsoft Entra ID" (many locations for one target) to many addresses for many targets; the number is our choice',
  },
  distributedAccounts: {
    default: 10,
    description: 'Distributed: distinct accounts failing, only at addresses where no one signs in without failing first, from one ASN or one user agent within lowSlowHours.',
    source: 'Our choice, matching lowSlowAccounts: the same spray, spread over addresses',
  },
  failureCodes: {
    default: [...PASSWORD_FAILURE_CODES],
    description: 'ResultType values of a failed password guess.',
    source: 'Sentinel rule uses 50126, 50053, 50055; 50056 (no password stored) added by us as another password failure',
  },
  acceptedCodes: {
    default: [...PASSWORD_ACCEPTED_CODES],
    description: 'ResultType values meaning the password was right (success, MFA prompt, Conditional Access block).',
    source: 'subset of the success codes of the same Sentinel rule',
  },
  requireMoreFailedThanAcceptedAccounts: {
    default: true,
    description: 'Only alert when more accounts fail than succeed from the source; busy shared egress IPs become informational.',
    source: 'same Sentinel rule (failed principals must outnumber successful ones to drop busy IPs)',
  },
};
