/**
 * Everything seen from one address or one network, over both tables: who signed in from it, with which apps, in which
 * table, when, and how it ended. Built from the table verbs (where, groupBy, rollup), as any analyst's own question
 * could be.
 */
import { UserError } from '../../errors';
import { isoTime } from '../../iso-time';
import { networkClassifier } from '../../networks/classify';
import { count, countIf, distinct, max, min, values } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import { is, not } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import type { IpPivotParams } from './parameters';

/** One account seen from the address or network. */
export interface IpPivotRow {
  UserPrincipalName: string;
  SignIns: number;
  Interactive: number;
  NonInteractive: number;
  Failures: number;
  Apps: string[];
  IPAddresses: string[];
  First: string;
  Last: string;
}

const asnOf = (text: string) => text.trim().replace(/^AS/i, '');

/** The sign-ins from the address or network (`p.ip` or `p.asn`, exactly one). */
export function pivotRows(table: SignInTable, p: IpPivotParams): SignInTable {
  const ip = p.ip.trim();
  const asn = asnOf(p.asn);
  if (!ip === !asn) throw new UserError('pivot on one thing: give an IP address or an ASN, not both and not neither');
  return table.where(ip ? is('IPAddress', ip) : is('AutonomousSystemNumber', asn, `AS${asn}`));
}

export function runIpPivot(table: SignInTable, p: IpPivotParams): AnalysisResult<IpPivotParams, IpPivotRow> {
  const seen = pivotRows(table, p);
  const failed = not(is('ResultType', '0'));
  const span = { First: min('CreatedDateTime'), Last: max('CreatedDateTime') };
  const rows = rollup(groupBy(seen, 'UserPrincipalName'), {
    SignIns: count(),
    Interactive: countIf(is('IsInteractive', true)),
    NonInteractive: countIf(is('IsInteractive', false)),
    Failures: countIf(failed),
    Apps: values('AppDisplayName'),
    IPAddresses: values('IPAddress'),
    ...span,
  })
    .map((r) => ({ ...r, UserPrincipalName: String(r.UserPrincipalName), First: isoTime(r.First), Last: isoTime(r.Last) }))
    .sort((a, b) => b.SignIns - a.SignIns || a.UserPrincipalName.localeCompare(b.UserPrincipalName));
  const perApp = rollup(groupBy(seen, ['AppDisplayName', 'Type']), { SignIns: count(), Users: distinct('UserPrincipalName'), Failures: countIf(failed), ...span })
    .map((r) => ({ ...r, First: isoTime(r.First), Last: isoTime(r.Last) }))
    .sort((a, b) => b.SignIns - a.SignIns);
  const perNetwork = rollup(groupBy(seen, ['IPAddress', 'AutonomousSystemNumber', 'City', 'CountryOrRegion']), { SignIns: count(), Users: distinct('UserPrincipalName'), ...span });
  const networks = networkClassifier();
  const labelled = perNetwork
    .map((r) => {
      const n = networks.classify(String(r.AutonomousSystemNumber ?? ''), String(r.IPAddress ?? ''));
      return { ...r, Network: networks.label(n.asn), NetworkClass: n.class, First: isoTime(r.First), Last: isoTime(r.Last) };
    })
    .sort((a, b) => b.SignIns - a.SignIns);
  const users = new Set(rows.map((r) => r.UserPrincipalName)).size;
  const warnings = seen.length === 0 ? [`no sign-ins from ${p.ip.trim() || `AS${asnOf(p.asn)}`} in the data`] : [];
  if (users > 1 && labelled.some((n) => n.NetworkClass === 'microsoft')) warnings.push('a Microsoft network: services refresh tokens from it for many users; many accounts here are expected');
  return { id: 'ip-pivot', parameters: p, rows, tables: { perApp, perAddress: labelled }, findings: [], warnings };
}
