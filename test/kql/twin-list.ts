/** The analyses whose twins the tests check: the registry's, plus those not registered (yet). */
import type { KqlScope } from '../../src/analyses/analysis';
import { authMethods } from '../../src/analyses/auth-methods';
import { ipPivot } from '../../src/analyses/ip-pivot';
import { ANALYSES, type AnyAnalysis } from '../../src/analyses/registry';
import { tokenTypes } from '../../src/analyses/token-types';

export const TWINS: AnyAnalysis[] = [...ANALYSES];
for (const a of [authMethods, tokenTypes, ipPivot] as AnyAnalysis[]) if (!TWINS.some((x) => x.id === a.id)) TWINS.push(a);

export const TWIN_IDS = [
  'union', 'volume-ratio', 'token-replay', 'user-timeline', 'app-footprint', 'legacy-auth', 'conditional-access',
  'failure-triage', 'password-spray', 'mfa-outcomes', 'auth-methods', 'token-types', 'ip-pivot',
];

/** user-timeline cannot run without a user; every other twin is rendered with its defaults and no scope. */
export function defaultQuery(a: AnyAnalysis): string {
  return a.id === 'user-timeline' ? a.kql({}, { user: 'adele.vance@contoso.com' }) : a.kql({}, {});
}

export function scopedQuery(a: AnyAnalysis, scope: KqlScope): string {
  return a.kql({}, scope);
}

/** "line:column" of an offset, for readable failure messages. */
export function where(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
