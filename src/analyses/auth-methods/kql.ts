/**
 * The KQL twin of auth-methods: per table and authentication method (the catalogue's spelling when the method is
 * known, compared without case), sign-ins and distinct users, with the method's group and whether it is
 * phishing-resistant, from signinlab's catalogue (src/schema/auth-methods.ts) carried inline as a datatable.
 * Difference: the methods of a row come from the AuthenticationMethods field's KQL (a regular expression over
 * AuthenticationDetails that expects "succeeded" after "authenticationMethod" in each step, as logged), while the
 * loaders parse the JSON. The per-table totals and undercount tables are not part of the twin.
 */
import { datatableLiteral } from '../../kql/datatable';
import { boolLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import { AUTH_METHODS } from '../../schema/auth-methods';
import type { KqlScope } from '../analysis';
import type { AuthMethodsParams } from './parameters';

export function authMethodsKql(p: AuthMethodsParams, scope: KqlScope = {}): string {
  const catalogue = datatableLiteral(
    [
      { name: 'Key', type: 'string' },
      { name: 'Canonical', type: 'string' },
      { name: 'CatalogueGroup', type: 'string' },
      { name: 'CataloguePhishingResistant', type: 'bool' },
    ],
    AUTH_METHODS.map((m) => [m.value.toLowerCase(), m.value, m.group, m.phishingResistant]),
  );
  return kql`// auth-methods: which methods sign users in, per table, and how much is phishing-resistant
let successOnly = ${boolLiteral(p.successOnly)};
let catalogue = ${catalogue};
${unionLegs({ fields: ['Type', 'UserPrincipalName', 'ResultType', 'AuthenticationMethods'], scope, interactive: false })}
| where not(successOnly) or trim(@"\\s+", ResultType) == "0"
| mv-expand Method = split(AuthenticationMethods, ", ") to typeof(string)
| extend Method = trim(@"\\s+", Method)
| where isnotempty(Method)
| extend Key = tolower(Method)
| lookup kind=leftouter catalogue on Key
| extend AuthenticationMethod = iff(isempty(Canonical), Method, Canonical), Group = iff(isempty(CatalogueGroup), "other", CatalogueGroup),
    PhishingResistant = coalesce(CataloguePhishingResistant, false)
| summarize SignIns = count(), Users = array_length(make_set(UserPrincipalName)) by Type, AuthenticationMethod, Group, PhishingResistant
| sort by Type asc, SignIns desc, AuthenticationMethod asc`.text;
}
