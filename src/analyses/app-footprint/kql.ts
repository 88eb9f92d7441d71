/**
 * The KQL twin of app-footprint: per AppDisplayName, interactive and non-interactive counts, distinct users in all and
 * per table, silent-only apps, failures (ResultType other than "0") and the time span. Distinct users are counted
 * exactly (`make_set`), not with the approximate `dcount`.
 */
import { stringLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import type { AppFootprintParams } from './parameters';

export function appFootprintKql(p: AppFootprintParams, scope: KqlScope = {}): string {
  const user = p.user.trim() ? kql`UserPrincipalName =~ ${stringLiteral(p.user.trim())}` : undefined;
  return kql`// app-footprint: applications opened (interactive) vs refreshing silently (non-interactive)
${unionLegs({ fields: ['AppDisplayName', 'UserPrincipalName', 'ResultType', 'CreatedDateTime'], scope, where: user })}
| summarize Interactive = countif(Interactive), NonInteractive = countif(not(Interactive)),
    Users = array_length(make_set(UserPrincipalName)),
    InteractiveUsers = array_length(make_set_if(UserPrincipalName, Interactive)),
    NonInteractiveUsers = array_length(make_set_if(UserPrincipalName, not(Interactive))),
    Failures = countif(ResultType != "0"), First = min(CreatedDateTime), Last = max(CreatedDateTime)
    by AppDisplayName
| extend SilentOnly = Interactive == 0 and NonInteractive > 0
| project AppDisplayName, Interactive, NonInteractive, Users, InteractiveUsers, NonInteractiveUsers, SilentOnly, Failures, First, Last
| sort by Interactive + NonInteractive desc, AppDisplayName asc`.text;
}
