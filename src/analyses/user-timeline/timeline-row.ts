/** The fields an investigator reads about one sign-in, in the order they read them; used by union and user-timeline. */
import { isoTime } from '../../iso-time';
import type { SignInTable } from '../../table/signin-table';

export type TimelineRow = {
  CreatedDateTime: string;
  Type: string;
  IsInteractive: boolean | null;
  UserPrincipalName: string;
  AppDisplayName: string;
  ResourceDisplayName: string;
  IPAddress: string;
  City: string;
  CountryOrRegion: string;
  AutonomousSystemNumber: string;
  ResultType: string;
  FailureReason: string;
  ClientAppUsed: string;
  IncomingTokenType: string;
  ConditionalAccessStatus: string;
  SessionId: string;
  Id: string;
};

export function timelineRow(table: SignInTable, k: number): TimelineRow {
  return {
    CreatedDateTime: isoTime(table.get(k, 'CreatedDateTime')),
    Type: table.get(k, 'Type'),
    IsInteractive: table.get(k, 'IsInteractive'),
    UserPrincipalName: table.get(k, 'UserPrincipalName'),
    AppDisplayName: table.get(k, 'AppDisplayName'),
    ResourceDisplayName: table.get(k, 'ResourceDisplayName'),
    IPAddress: table.get(k, 'IPAddress'),
    City: table.get(k, 'City'),
    CountryOrRegion: table.get(k, 'CountryOrRegion'),
    AutonomousSystemNumber: table.get(k, 'AutonomousSystemNumber'),
    ResultType: table.get(k, 'ResultType'),
    FailureReason: table.get(k, 'FailureReason'),
    ClientAppUsed: table.get(k, 'ClientAppUsed'),
    IncomingTokenType: table.get(k, 'IncomingTokenType'),
    ConditionalAccessStatus: table.get(k, 'ConditionalAccessStatus'),
    SessionId: table.get(k, 'SessionId'),
    Id: table.get(k, 'Id'),
  };
}

/**
 * The k values of the latest `limit` rows of `table`, in time order, without sorting the whole table: a numeric sort
 * of the times finds the cut-off, and only the rows past it are ordered.
 */
export function latestRows(table: SignInTable, limit: number): number[] {
  const time = table.column('CreatedDateTime').values;
  const t = (k: number): number => {
    const v = time[table.position(k)];
    return Number.isNaN(v) ? -Infinity : v;
  };
  const n = table.length;
  let cut = -Infinity;
  if (limit < n) {
    const times = new Float64Array(n);
    for (let k = 0; k < n; k++) times[k] = t(k);
    times.sort();
    cut = limit > 0 ? times[n - limit] : Infinity;
  }
  const ks: number[] = [];
  for (let k = 0; k < n; k++) if (t(k) >= cut) ks.push(k);
  ks.sort((a, b) => t(a) - t(b) || a - b);
  return ks.length > limit ? ks.slice(ks.length - limit) : ks;
}
