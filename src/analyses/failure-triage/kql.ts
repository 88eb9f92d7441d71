/**
 * The KQL twin of failure-triage: rows and distinct users per ResultType and table, each code's share of its table,
 * and the meaning, category and flags from signinlab's result-code catalogue (src/schema/result-codes.ts), carried
 * inline as a datatable. Codes outside the catalogue get the same generic entry describeResult gives them.
 */
import { datatableLiteral } from '../../kql/datatable';
import { boolLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import { RESULT_CODES } from '../../schema/result-codes';
import type { KqlScope } from '../analysis';
import type { FailureTriageParams } from './parameters';

export function failureTriageKql(p: FailureTriageParams, scope: KqlScope = {}): string {
  const catalogue = datatableLiteral(
    [
      { name: 'Key', type: 'string' },
      { name: 'Meaning', type: 'string' },
      { name: 'Category', type: 'string' },
      { name: 'IsFailure', type: 'bool' },
      { name: 'InterruptOrBenign', type: 'bool' },
    ],
    [...RESULT_CODES.values()].map((c) => [c.code, c.meaning, c.category, c.isFailure, c.interruptOrBenign]),
  );
  return kql`// failure-triage: result codes per table, with their meaning and how many users they touch
let includeSuccess = ${boolLiteral(p.includeSuccess)};
let catalogue = ${catalogue};
let counts = ${unionLegs({ fields: ['Type', 'ResultType', 'UserPrincipalName'], scope, interactive: false })}
    | summarize SignIns = count(), Users = array_length(make_set(UserPrincipalName)) by Type, ResultType;
counts
| lookup (counts | summarize TableRows = sum(SignIns) by Type) on Type
| extend Share = todouble(SignIns) / TableRows
| extend Key = replace_regex(trim(@"\\s+", ResultType), @"(?i)^AADSTS", "")
| lookup kind=leftouter catalogue on Key
| extend Category = iff(isempty(Category), "unknown", Category),
    Meaning = case(isnotempty(Meaning), Meaning, isempty(Key), "No result code was recorded.",
        strcat("Not in signinlab's catalogue; look it up at https://login.microsoftonline.com/error?code=", Key, ".")),
    IsFailure = iff(isnull(IsFailure), isnotempty(Key) and Key != "0", IsFailure),
    InterruptOrBenign = coalesce(InterruptOrBenign, false)
| where includeSuccess or trim(@"\\s+", ResultType) != "0"
| project Type, ResultType, SignIns, Users, Share, Meaning, Category, IsFailure, InterruptOrBenign
| sort by Type asc, SignIns desc, ResultType asc`.text;
}
