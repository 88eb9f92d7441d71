/**
 * Where password guesses come from, at three speeds:
 *
 * - burst: one IP, many accounts within minutes (Sentinel's 20-minute rule);
 * - low-and-slow: one IP, or one ASN, many accounts over a day, each tried rarely;
 * - distributed: many IPs of one ASN, or many IPs with one user agent, each trying a few accounts.
 *
 * The IP rules count every account failing there, with Sentinel's guard against busy shared IPs. The ASN and user-agent
 * rules gather many addresses, so they only count what a spray leaves and a person does not: an account failing at an
 * address where it never got in, at an address where nobody signs in without failing first (a home, an office, a
 * café where someone mistypes and then gets in never qualify), and not already reported as an IP of its own.
 */
import { groupBy } from '../../table/group-by';
import type { SignInTable } from '../../table/signin-table';
import { slidingPeak } from './sliding-peak';

/** The failures and accepted sign-ins of one IP (positions, time order), and what they say. */
export interface IpFacts {
  readonly ip: number;
  readonly fails: number[];
  readonly accepted: number[];
  readonly failingAccounts: Set<number>;
  /** Accounts that failed here and were never accepted here. */
  readonly failureOnly: Set<number>;
  /** Accounts accepted here without failing here first. */
  readonly cleanAccepted: Set<number>;
}

/** Failures and accepted sign-ins grouped by IPAddress code, in time order (positions). */
export function ipFacts(table: SignInTable, failure: readonly boolean[], accepted: readonly boolean[]): { byIp: Map<number, IpFacts>; noIp: number } {
  const ipCol = table.column('IPAddress');
  const res = table.column('ResultType');
  const upn = table.column('UserPrincipalName').codes;
  const time = table.column('CreatedDateTime').values;
  const counted = (q: number) => failure[res.codes[q]] || accepted[res.codes[q]];
  // Dictionary code 0 is the empty string: failures without an IP cannot be tied to a source.
  const noIp = table.where(() => (q) => ipCol.codes[q] === 0 && failure[res.codes[q]]).length;
  const groups = groupBy(table, 'IPAddress', { where: (q) => ipCol.codes[q] !== 0 && counted(q), order: 'time' });
  const byIp = new Map<number, IpFacts>();
  for (let g = 0; g < groups.length; g++) {
    const rows = Array.from(groups.rows(g), (k) => table.position(k));
    const f: IpFacts = { ip: groups.code(g), fails: rows.filter((q) => failure[res.codes[q]]), accepted: rows.filter((q) => !failure[res.codes[q]]), failingAccounts: new Set(), failureOnly: new Set(), cleanAccepted: new Set() };
    const firstFail = new Map<number, number>();
    for (const q of f.fails) {
      f.failingAccounts.add(upn[q]);
      if (!firstFail.has(upn[q])) firstFail.set(upn[q], time[q]);
    }
    const acceptedAccounts = new Set<number>();
    for (const q of f.accepted) {
      acceptedAccounts.add(upn[q]);
      const failedAt = firstFail.get(upn[q]);
      if (failedAt === undefined || time[q] < failedAt) f.cleanAccepted.add(upn[q]);
    }
    for (const a of f.failingAccounts) if (!acceptedAccounts.has(a)) f.failureOnly.add(a);
    byIp.set(f.ip, f);
  }
  return { byIp, noIp };
}

/** Accounts and the span of the busiest window of a source's failures. */
export interface Peak {
  readonly accounts: number;
  readonly start: number;
}

export function peakOf(table: SignInTable, fails: readonly number[], windowMs: number): Peak {
  const upn = table.column('UserPrincipalName').codes;
  const time = table.column('CreatedDateTime').values;
  return slidingPeak(fails, (q) => time[q], (q) => upn[q], windowMs);
}

/** A group of failure-led addresses (of one ASN, or with one user agent) and their failure-only failures. */
export interface Gathered {
  readonly key: number;
  readonly ips: IpFacts[];
  /** Failures of failure-only accounts at those addresses, in time order (positions). */
  readonly fails: number[];
}

/**
 * Failure-led addresses not reported on their own, their failure-only failures grouped by the value of `field` at each
 * failure (AutonomousSystemNumber, UserAgent). Empty values gather nothing.
 */
export function gather(table: SignInTable, facts: Iterable<IpFacts>, field: 'AutonomousSystemNumber' | 'UserAgent'): Gathered[] {
  const upn = table.column('UserPrincipalName').codes;
  const byIp = new Map<number, IpFacts>();
  const pool: number[] = [];
  for (const f of facts) {
    if (f.cleanAccepted.size > 0 || f.failureOnly.size === 0) continue;
    byIp.set(f.ip, f);
    for (const q of f.fails) if (f.failureOnly.has(upn[q])) pool.push(q);
  }
  const view = table.unfiltered().take(pool);
  const ip = table.column('IPAddress').codes;
  const groups = groupBy(view, field, { where: (q) => view.column(field).codes[q] !== 0, order: 'time' });
  const out: Gathered[] = [];
  for (let g = 0; g < groups.length; g++) {
    const fails = Array.from(groups.rows(g), (k) => view.position(k));
    out.push({ key: groups.code(g), ips: [...new Set(fails.map((q) => byIp.get(ip[q])!))], fails });
  }
  return out;
}

/** The busiest of the day-long windows: distinct accounts and addresses, and where the window starts. */
export interface BinnedPeak extends Peak {
  readonly addresses: number;
}

/**
 * Distinct accounts per window of `lengthMs`, over two sets of windows: aligned to the Unix epoch, and shifted by half a
 * window (so a spray across midnight is not split in two). The busiest window wins; on a tie, the earliest. The KQL twin
 * computes the same windows with bin_at.
 */
export function binnedPeak(table: SignInTable, fails: readonly number[], lengthMs: number): BinnedPeak {
  const upn = table.column('UserPrincipalName').codes;
  const ip = table.column('IPAddress').codes;
  const time = table.column('CreatedDateTime').values;
  const bins = new Map<number, { accounts: Set<number>; addresses: Set<number> }>();
  for (const offset of [0, lengthMs / 2]) {
    for (const q of fails) {
      const start = Math.floor((time[q] - offset) / lengthMs) * lengthMs + offset;
      let b = bins.get(start);
      if (!b) bins.set(start, (b = { accounts: new Set(), addresses: new Set() }));
      b.accounts.add(upn[q]);
      b.addresses.add(ip[q]);
    }
  }
  let best: BinnedPeak = { accounts: 0, start: NaN, addresses: 0 };
  for (const [start, b] of [...bins].sort((x, y) => x[0] - y[0])) {
    if (b.accounts.size > best.accounts) best = { accounts: b.accounts.size, start, addresses: b.addresses.size };
  }
  return best;
}
