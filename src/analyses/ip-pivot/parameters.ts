/** The parameters of the IP pivot, as data: which address or network to pivot on. */
import type { ParameterDefs } from '../analysis';

export interface IpPivotParams {
  /** The address to pivot on ("" when pivoting on an ASN). */
  ip: string;
  /** The autonomous system to pivot on, digits (AS prefix allowed); "" when pivoting on an address. */
  asn: string;
}

export const IP_PIVOT_PARAMETERS: ParameterDefs<IpPivotParams> = {
  ip: {
    default: '',
    description: 'The IPAddress to pivot on: every sign-in from it, in both tables.',
    source: 'The analyst\'s question (an address from a finding, a threat-intelligence hit, a firewall log).',
  },
  asn: {
    default: '',
    description: 'The AutonomousSystemNumber to pivot on instead: every address of that network.',
    source: 'The analyst\'s question (a hosting provider or VPN seen in a finding).',
  },
};
