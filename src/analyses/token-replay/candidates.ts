/**
 * The pass over the table that finds token-replay candidates: per user, successful non-interactive refreshes from an
 * address (IP-B) that is neither excluded nor one the user signed in from interactively, within `windowHours` of a
 * successful interactive sign-in from another address (IP-A). Works on dictionary codes and typed columns only, so it
 * stays linear-ish at millions of rows; row objects are built for the few candidates alone.
 */
import type { SignInTable } from '../../table/signin-table';
import { ipRanges } from '../../networks/ip-ranges';
import { lowerBound, rowsByUser } from '../rows-by-user';

export interface CandidateParams {
  windowHours: number;
  knownIpLookbackDays: number;
  excludedAsns: readonly string[];
  excludedIpRanges: readonly string[];
}

/** One user and one foreign IP, with the rows that make it a candidate (k values of the table). */
export interface Candidate {
  user: number;
  /** The user's successful rows (both tables), in time order. */
  userRows: number[];
  /** Dictionary code of IP-B. */
  ipB: number;
  /** IP-B's refreshes inside the window of an interactive sign-in, in time order. */
  refreshes: number[];
  /** The interactive sign-in (at IP-A) nearest in time to IP-B's first refresh: where the user was when IP-B appeared. */
  anchor: number;
  anchorGapMs: number;
}

export type Exclusion = {
  UserPrincipalName: string;
  IPAddress: string;
  AutonomousSystemNumber: string;
  reason: 'excluded ASN' | 'excluded IP range';
  refreshes: number;
};

export function findCandidates(table: SignInTable, p: CandidateParams): { candidates: Candidate[]; exclusions: Exclusion[] } {
  const result = table.column('ResultType');
  const success = result.codeOf('0');
  const ipCol = table.column('IPAddress');
  const asnCol = table.column('AutonomousSystemNumber');
  const inter = table.column('IsInteractive').values;
  const time = table.column('CreatedDateTime').values;
  const excludedAsn = new Set(p.excludedAsns.map((a) => asnCol.codeOf(String(a).trim().replace(/^AS/i, ''))).filter((c) => c > 0));
  const ranges = ipRanges(p.excludedIpRanges);
  const ipExcluded = new Int8Array(ipCol.values.length); // 0 unknown, 1 excluded, 2 not
  const windowMs = p.windowHours * 3_600_000;
  const lookbackMs = p.knownIpLookbackDays * 86_400_000;

  const candidates: Candidate[] = [];
  const exclusions = new Map<string, Exclusion>();
  const byUser = rowsByUser(table, (pos) => success >= 0 && result.codes[pos] === success && Number.isFinite(time[pos]));

  /** 0 not excluded, else why: the address is in an excluded range, or its ASN is excluded. */
  const exclusionOf = (pos: number): 0 | 'excluded IP range' | 'excluded ASN' => {
    const ip = ipCol.codes[pos];
    if (ipExcluded[ip] === 0) ipExcluded[ip] = ranges.has(ipCol.values[ip]) ? 1 : 2;
    if (ipExcluded[ip] === 1) return 'excluded IP range';
    return excludedAsn.has(asnCol.codes[pos]) ? 'excluded ASN' : 0;
  };

  for (const [user, userRows] of byUser) {
    const interactive = userRows.filter((k) => inter[table.position(k)] === 1);
    if (interactive.length === 0) continue;
    // Every interactive address makes refreshes from it the user's own ...
    const anchorTimesByIp = new Map<number, number[]>();
    for (const k of interactive) {
      const pos = table.position(k);
      const list = anchorTimesByIp.get(ipCol.codes[pos]);
      if (list) list.push(time[pos]);
      else anchorTimesByIp.set(ipCol.codes[pos], [time[pos]]);
    }
    // ... but only a sign-in from a placeable, non-excluded address says where the user was (a Cloud PC or a
    // Microsoft-hosted session signs in from a datacentre, not from where the person sits).
    const anchors = interactive.filter((k) => ipCol.codes[table.position(k)] !== 0 && !exclusionOf(table.position(k)));
    if (anchors.length === 0) continue;
    const anchorTimes = Float64Array.from(anchors, (k) => time[table.position(k)]);
    const byIp = new Map<number, Candidate>();

    for (const k of userRows) {
      const pos = table.position(k);
      if (inter[pos] !== 0) continue;
      const b = ipCol.codes[pos];
      if (b === 0) continue;
      const t = time[pos];
      // A refresh from an address the user signed in from interactively (lately, or within the window) is the user's own.
      const own = anchorTimesByIp.get(b);
      if (own) {
        const j = lowerBound(own, t - Math.max(windowMs, lookbackMs));
        if (j < own.length && own[j] <= t + windowMs) continue;
      }
      let nearest = -1;
      let nearestGap = Infinity;
      for (let j = lowerBound(anchorTimes, t - windowMs); j < anchors.length && anchorTimes[j] <= t + windowMs; j++) {
        const gap = Math.abs(anchorTimes[j] - t);
        if (gap < nearestGap) {
          nearestGap = gap;
          nearest = j;
        }
      }
      if (nearest < 0) continue;
      const reason = exclusionOf(pos);
      if (reason) {
        const key = `${user}\u0000${b}\u0000${reason}`;
        const e = exclusions.get(key);
        if (e) e.refreshes++;
        else
          exclusions.set(key, {
            UserPrincipalName: table.get(k, 'UserPrincipalName'),
            IPAddress: ipCol.values[b],
            AutonomousSystemNumber: table.get(k, 'AutonomousSystemNumber'),
            reason,
            refreshes: 1,
          });
        continue;
      }
      let c = byIp.get(b);
      if (!c) byIp.set(b, (c = { user, userRows, ipB: b, refreshes: [], anchor: anchors[nearest], anchorGapMs: nearestGap }));
      c.refreshes.push(k);
    }
    candidates.push(...byIp.values());
  }
  return { candidates, exclusions: [...exclusions.values()] };
}
