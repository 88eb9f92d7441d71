/**
 * One user's MFA attempts and what became of each: completed when an interactive success of the same flow follows
 * within the window, denied when the attempt holds a denial, abandoned otherwise.
 */
import { sortedList } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';
import { groupAttempts, sameFlowOf } from './attempts';
import type { MfaOutcomesParams } from './parameters';

export type MfaOutcome = 'completed' | 'denied' | 'abandoned';

/** One user's MFA attempts. */
export interface MfaOutcomesRow {
  UserPrincipalName: string;
  /** Rows with an MFA interrupt or denial. */
  MfaRows: number;
  Attempts: number;
  Completed: number;
  Denied: number;
  Abandoned: number;
  /** Rows that record a denial (denialCodes or a denial phrase): the MFA-fatigue count. */
  Denials: number;
  /** Denied or abandoned attempts from an IP the user never signed in from successfully. */
  UnfamiliarIpAttempts: number;
  /** A completed attempt came after at least fatigueDenials denials: the user may have given in to push bombing. */
  CompletedAfterDenials: boolean;
  /** IPs of the denied or abandoned attempts and of completed attempts that saw denials. */
  IPAddresses: string[];
  /** Window of those attempts (of all MFA rows when every attempt completed cleanly). */
  FirstSeen: string;
  LastSeen: string;
}

/** Judges users one at a time against the same table, parameters and denial test. */
export function outcomesOf(table: SignInTable, p: MfaOutcomesParams, isDenial: (position: number) => boolean) {
  const time = table.column('CreatedDateTime').values;
  const inter = table.column('IsInteractive').values;
  const ip = table.column('IPAddress');
  const at = (k: number): number => time[table.position(k)];
  const sameFlow = sameFlowOf(table);
  const windowMs = p.windowMinutes * 60_000;

  /** The row of a user with MFA rows `mfaKs` and successes `oks` (k values, time order), and the rows to cite. */
  return (user: string, mfaKs: readonly number[], oks: readonly number[]): { row: MfaOutcomesRow; cited: number[] } => {
    const interactiveOks = oks.filter((k) => inter[table.position(k)] === 1);
    const knownIps = new Set(oks.map((k) => ip.codes[table.position(k)]));
    const attempts = groupAttempts(mfaKs, at, sameFlow, windowMs);
    const row: MfaOutcomesRow = { UserPrincipalName: user, MfaRows: mfaKs.length, Attempts: attempts.length, Completed: 0, Denied: 0, Abandoned: 0, Denials: 0, UnfamiliarIpAttempts: 0, CompletedAfterDenials: false, IPAddresses: [], FirstSeen: '', LastSeen: '' };
    const failedKs: number[] = [];
    const ips = new Set<string>();
    for (const att of attempts) {
      const denials = att.filter((k) => isDenial(table.position(k))).length;
      row.Denials += denials;
      const start = at(att[0]);
      const end = at(att[att.length - 1]) + windowMs;
      const done = interactiveOks.some((s) => at(s) >= start && at(s) <= end && att.some((k) => sameFlow(k, s)));
      const outcome: MfaOutcome = done ? 'completed' : denials > 0 ? 'denied' : 'abandoned';
      if (outcome === 'completed') {
        row.Completed++;
        if (row.Denials >= p.fatigueDenials) row.CompletedAfterDenials = true;
      } else {
        if (outcome === 'denied') row.Denied++;
        else row.Abandoned++;
        if (att.some((k) => !knownIps.has(ip.codes[table.position(k)]))) row.UnfamiliarIpAttempts++;
      }
      if (outcome === 'completed' && denials === 0) continue;
      for (const k of att) ips.add(ip.get(table.position(k)));
      failedKs.push(...att);
    }
    const cited = failedKs.length ? failedKs : [...mfaKs];
    const ts = cited.map(at);
    row.FirstSeen = isoTime(ts.reduce((a, b) => Math.min(a, b)));
    row.LastSeen = isoTime(ts.reduce((a, b) => Math.max(a, b)));
    row.IPAddresses = sortedList(ips);
    return { row, cited };
  };
}
