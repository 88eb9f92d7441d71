/**
 * IP pivot: everything seen from one address or one network (ASN) across both tables: the accounts, their apps, which
 * table, when, and the network's registered name and class. The question an analyst asks of every IP-B in a finding.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin
 *
 * @example show(ipPivot.run(table, { ip: '128.199.177.47' }))
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { ipPivotKql } from './kql';
import { IP_PIVOT_PARAMETERS, type IpPivotParams } from './parameters';
import { runIpPivot, type IpPivotRow } from './run';

export type { IpPivotParams } from './parameters';
export type { IpPivotRow } from './run';

export const ipPivot: Analysis<IpPivotParams, IpPivotRow> = defineAnalysis({
  id: 'ip-pivot',
  title: 'Everything from one address or network',
  question: 'Which accounts, apps and tables were seen from this IP address (or network), and when?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: IP_PIVOT_PARAMETERS,
  run: runIpPivot,
  kql: (p, scope) => {
    // `signinlab kql ip-pivot --ip X`: the scope's address is the one to pivot on
    if (!p.ip.trim() && !p.asn.trim() && scope?.ip) p.ip = scope.ip;
    if (p.ip.trim() || p.asn.trim()) return ipPivotKql(p, scope);
    // like user-timeline under `kql --all`: a visible stand-in rather than a failure
    return `// ip-pivot needs --ip (or the asn parameter); "<IPAddress>" stands in for it below.\n${ipPivotKql({ ...p, ip: '<IPAddress>' }, scope)}`;
  },
});
