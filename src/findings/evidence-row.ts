/**
 * Sign-in rows as finding evidence: the fields an analyst reads first, with times as ISO-8601 UTC. One builder for every
 * detector, so evidence rows have the same leading columns whichever detector cites them.
 */
import { isoTime } from '../iso-time';
import type { FieldName } from '../schema/fields';
import type { SignInTable } from '../table/signin-table';
import { asnData } from '../networks/asn-data';
import type { EvidenceRow } from './finding';

/** The registered name of an ASN, shown beside its number wherever evidence cites one. */
function autonomousSystemName(asn: string): string {
  return /^\d+$/.test(asn) ? (asnData().name(Number(asn)) ?? '') : '';
}

/** How many rows a finding cites; `evidence.rowCount` says how many there were. */
export const MAX_EVIDENCE_ROWS = 20;

/** The k-th row of `table` as evidence: the common columns plus any `extra` fields asked for. */
export function evidenceRow(table: SignInTable, k: number, extra: readonly FieldName[] = []): EvidenceRow {
  const out: EvidenceRow = {
    Id: table.get(k, 'Id'),
    CreatedDateTime: isoTime(table.get(k, 'CreatedDateTime')),
    Type: String(table.get(k, 'Type')),
    UserPrincipalName: table.get(k, 'UserPrincipalName'),
    IPAddress: table.get(k, 'IPAddress'),
    AppDisplayName: table.get(k, 'AppDisplayName'),
    ResultType: table.get(k, 'ResultType'),
  };
  for (const f of extra) (out as Record<string, unknown>)[f] = table.get(k, f);
  if (extra.includes('AutonomousSystemNumber')) out.AutonomousSystemName = autonomousSystemName(String(out.AutonomousSystemNumber));
  return out;
}

/** Evidence rows for at most MAX_EVIDENCE_ROWS of the given k values. */
export function evidenceRows(table: SignInTable, ks: readonly number[], extra: readonly FieldName[] = []): EvidenceRow[] {
  return ks.slice(0, MAX_EVIDENCE_ROWS).map((k) => evidenceRow(table, k, extra));
}

/** Where and how a sign-in came from: cited only when known, as a row's network context is often absent. */
const CONTEXT_FIELDS = ['City', 'CountryOrRegion', 'AutonomousSystemNumber', 'SessionId', 'ClientAppUsed'] as const;

/**
 * The k-th row as evidence with its token type and, where known, its network context: for detectors (token replay,
 * refresh volume) whose case rests on where a token was used from.
 */
export function contextEvidenceRow(table: SignInTable, k: number): EvidenceRow {
  const out = evidenceRow(table, k, ['IncomingTokenType']);
  for (const name of CONTEXT_FIELDS) {
    const v = table.get(k, name);
    if (v) out[name] = v;
  }
  if (out.AutonomousSystemNumber) out.AutonomousSystemName = autonomousSystemName(String(out.AutonomousSystemNumber));
  return out;
}

/** The distinct values of a set, sorted, capped at `max` (evidence lists stay readable). */
export function sortedList(values: Iterable<string>, max = 50): string[] {
  return [...values].sort().slice(0, max);
}
