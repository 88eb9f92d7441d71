/** Sign-in rows as finding evidence: the fields an analyst reads first, with times as ISO-8601 UTC. */
import type { SignInTable } from '../table/signin-table';
import type { EvidenceRow } from './finding';

/** ISO-8601 UTC of epoch milliseconds, or "" when the time is absent. */
export function isoTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/** The k-th row of `table` as evidence. */
export function evidenceRow(table: SignInTable, k: number): EvidenceRow {
  const out: EvidenceRow = {
    Id: table.get(k, 'Id'),
    CreatedDateTime: isoTime(table.get(k, 'CreatedDateTime')),
    Type: table.get(k, 'Type'),
    UserPrincipalName: table.get(k, 'UserPrincipalName'),
    IPAddress: table.get(k, 'IPAddress'),
    AppDisplayName: table.get(k, 'AppDisplayName'),
    ResultType: table.get(k, 'ResultType'),
    IncomingTokenType: table.get(k, 'IncomingTokenType'),
  };
  for (const name of ['City', 'CountryOrRegion', 'AutonomousSystemNumber', 'SessionId', 'ClientAppUsed'] as const) {
    const v = table.get(k, name);
    if (v) out[name] = v;
  }
  return out;
}
