/**
 * Which rows are blocks, successes and uncovered traffic, as row tests compiled once per ConditionalAccessStatus and
 * ResultType value. Both columns are compared the way the twin compares them: status without case or spaces (the
 * portal writes "Not Applied", Graph and Log Analytics "notApplied"), codes trimmed.
 */
import { matches, or, type RowTest } from '../../table/row-test';

/** Graph / Log Analytics form of a ConditionalAccessStatus, also from the portal's display text ("Not applied"). */
export function canonicalStatus(value: string): string {
  const v = value.replace(/\s+/g, '').toLowerCase();
  return v === 'notapplied' ? 'notApplied' : v;
}

const statusIs = (status: string): RowTest => matches('ConditionalAccessStatus', (v) => canonicalStatus(v) === status);

/** A policy refused the sign-in: status failure, or a ResultType in `blockCodes`. */
export function blocked(blockCodes: readonly string[]): RowTest {
  const codes = new Set(blockCodes.map((c) => c.trim()));
  return or(statusIs('failure'), matches('ResultType', (v) => codes.has(v.trim())));
}

export const NOT_APPLIED = statusIs('notApplied');
export const SUCCESS = matches('ResultType', (v) => v.trim() === '0');

/** The names in ConditionalAccessPoliciesFailed ("Block outside EU; Require compliant device"). */
export function policiesOf(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
