/** Options of a synthetic tenant, their defaults and their checks. */
import { UserError } from '../../errors';

export interface SyntheticOptions {
  /** People in the tenant (automated accounts come on top). Default 25. */
  users?: number;
  /** Days covered, from `start`. Default 7. */
  days?: number;
  /** Seed of every random choice. Default 1. */
  seed?: number;
  /** First day, ISO date or date-time (UTC midnight is used). Default 2025-06-02, a Monday after the April 2025 FIDO2 logging change. */
  start?: string;
}

export interface ResolvedOptions {
  readonly users: number;
  readonly days: number;
  readonly seed: number;
  readonly start: string;
  readonly startMs: number;
}

export const DEFAULT_START = '2025-06-02T00:00:00Z';
export const MAX_USERS = 100_000;
export const MAX_DAYS = 366;

function whole(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return v;
}

/** Fills defaults and rejects values that cannot make a tenant, with a message a user can act on. */
export function resolveOptions(o: SyntheticOptions = {}): ResolvedOptions {
  const users = whole('users', o.users ?? 25, 1, MAX_USERS);
  const days = whole('days', o.days ?? 7, 1, MAX_DAYS);
  const seed = whole('seed', o.seed ?? 1, 0, 2 ** 32 - 1);
  const text = o.start ?? DEFAULT_START;
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text + 'T00:00:00Z' : text);
  if (typeof text !== 'string' || Number.isNaN(parsed)) throw new UserError(`start must be an ISO date such as 2025-06-02, got ${JSON.stringify(text)}`);
  const startMs = Math.floor(parsed / 86_400_000) * 86_400_000;
  return { users, days, seed, start: new Date(startMs).toISOString().replace('.000Z', 'Z'), startMs };
}
