/**
 * The KQL twin of the IP pivot: both tables from one address (or one ASN), one row per account with its counts, apps
 * and time span, the same columns as the TypeScript rows (lists of the distinct non-empty values, sorted).
 */
import { kql } from '../../kql/template';
import { stringLiteral } from '../../kql/literals';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { IpPivotParams } from './parameters';

export function ipPivotKql(p: IpPivotParams, scope: KqlScope = {}): string {
  const asn = p.asn.trim().replace(/^AS/i, '');
  const where = p.ip.trim() ? kql`IPAddress == ${stringLiteral(p.ip.trim())}` : kql`AutonomousSystemNumber in (${stringLiteral(asn)}, ${stringLiteral(`AS${asn}`)})`;
  return kql`// ip-pivot: every account seen from ${p.ip.trim() ? stringLiteral(p.ip.trim()) : stringLiteral(`AS${asn}`)}, both tables
${unionLegs({ fields: ['CreatedDateTime', 'UserPrincipalName', 'AppDisplayName', 'IPAddress', 'ResultType'], scope, where })}
| summarize SignIns = count(), Interactive = countif(Interactive), NonInteractive = countif(not(Interactive)),
    Failures = countif(ResultType != "0"), Apps = array_sort_asc(make_set_if(AppDisplayName, isnotempty(AppDisplayName))),
    IPAddresses = array_sort_asc(make_set_if(IPAddress, isnotempty(IPAddress))),
    First = min(CreatedDateTime), Last = max(CreatedDateTime) by UserPrincipalName
| sort by SignIns desc`.text;
}
