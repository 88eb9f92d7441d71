/**
 * The tenant's Conditional Access policies and how each one evaluates for a sign-in. Every row carries every policy
 * with its result (as Entra logs them), which is most of a row's weight: real policies, real result values
 * (success, failure, notApplied, notEnabled, reportOnly*), the integer condition bitmasks Log Analytics stores.
 */
import { BLOCKED_COUNTRIES } from './networks/pools';

/** What a sign-in looks like to Conditional Access. */
export interface CaContext {
  readonly interactive: boolean;
  readonly legacy: boolean;
  readonly compliantDevice: boolean;
  readonly country: string;
  /** The sign-in stopped before Conditional Access ran (bad password, locked account, an MFA interrupt). */
  readonly preAuthFailure: boolean;
}

export interface CaPolicyResult {
  id: string;
  displayName: string;
  enforcedGrantControls: string[];
  enforcedSessionControls: string[];
  result: string;
  conditionsSatisfied: number;
  conditionsNotSatisfied: number;
  includeRulesSatisfied: { conditionalAccessCondition: string; ruleSatisfied: string }[];
  excludeRulesSatisfied: never[];
}

// Condition bitmask values as Log Analytics stores them.
const APPLICATION = 1;
const USERS = 2;
const LOCATION = 8;
const CLIENT_TYPE = 16;
const DEVICE_STATE = 256;


interface Policy {
  id: string;
  displayName: string;
  grant: string[];
  session: string[];
  evaluate(c: CaContext): { result: string; satisfied: number; notSatisfied: number };
}

const applies = (satisfied: number, result = 'success') => ({ result, satisfied, notSatisfied: 0 });
const skips = (satisfied: number, notSatisfied: number, result = 'notApplied') => ({ result, satisfied, notSatisfied });

export const CA_POLICIES: readonly Policy[] = [
  {
    id: '6a2f4e9b-1c3d-4b8e-9f0a-2d5c7e8b1a43',
    displayName: 'CA001: Require multifactor authentication for all users',
    grant: ['Mfa'],
    session: [],
    evaluate: (c) => (c.legacy ? skips(APPLICATION | USERS, CLIENT_TYPE) : applies(APPLICATION | USERS)),
  },
  {
    id: '0d7c3b52-8e41-4f6a-b2d9-5e1f0a9c6b27',
    displayName: 'CA002: Block legacy authentication',
    grant: ['Block'],
    session: [],
    evaluate: (c) => (c.legacy ? applies(APPLICATION | USERS | CLIENT_TYPE, 'reportOnlyFailure') : skips(APPLICATION | USERS, CLIENT_TYPE, 'reportOnlyNotApplied')),
  },
  {
    id: 'c94e1a7f-3b6d-4d20-8a5e-7f2b9c0d4e16',
    displayName: 'CA003: Block sign-ins from high-risk countries',
    grant: ['Block'],
    session: [],
    evaluate: (c) => (BLOCKED_COUNTRIES.includes(c.country) ? applies(APPLICATION | USERS | LOCATION, 'failure') : skips(APPLICATION | USERS, LOCATION)),
  },
  {
    id: '3f81d6c2-9a4b-4e7d-b015-8c6e2a3f9d70',
    displayName: 'CA004: Require compliant or hybrid joined device for Office 365',
    grant: ['RequireCompliantDevice', 'RequireDomainJoinedDevice'],
    session: [],
    evaluate: (c) => (c.compliantDevice ? applies(APPLICATION | USERS | DEVICE_STATE, 'reportOnlySuccess') : applies(APPLICATION | USERS | DEVICE_STATE, 'reportOnlyFailure')),
  },
];

/** Every policy's result for this sign-in, and the overall ConditionalAccessStatus. */
export function evaluateConditionalAccess(c: CaContext): { policies: CaPolicyResult[]; status: 'success' | 'failure' | 'notApplied' } {
  const policies = CA_POLICIES.map((p): CaPolicyResult => {
    const e = c.preAuthFailure ? skips(0, 0) : p.evaluate(c);
    const applied = e.result === 'success' || e.result === 'failure';
    return {
      id: p.id,
      displayName: p.displayName,
      enforcedGrantControls: applied || e.result.startsWith('reportOnly') ? p.grant : [],
      enforcedSessionControls: applied ? p.session : [],
      result: e.result,
      conditionsSatisfied: e.satisfied,
      conditionsNotSatisfied: e.notSatisfied,
      includeRulesSatisfied: applied ? [{ conditionalAccessCondition: 'users', ruleSatisfied: 'allUsers' }] : [],
      excludeRulesSatisfied: [],
    };
  });
  const status = policies.some((p) => p.result === 'failure') ? 'failure' : policies.some((p) => p.result === 'success') ? 'success' : 'notApplied';
  return { policies, status };
}
