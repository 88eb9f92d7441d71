/**
 * The KQL twin of user-timeline: one user's rows of both tables, latest `limit` in time order, timeline columns.
 * The per-IP and per-app summaries are separate tables in the TypeScript result and are not part of the twin.
 */
import { numberLiteral, stringLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import { TIMELINE_FIELDS } from '../../kql/timeline-fields';
import type { UserTimelineParams } from './parameters';

export function userTimelineKql(p: UserTimelineParams, scope: KqlScope = {}): string {
  const user = p.user.trim() || scope.user?.trim() || '';
  return kql`// user-timeline: everything one account did, interactively and silently, in time order
${unionLegs({ fields: TIMELINE_FIELDS, scope, scopeOptions: { user: false }, where: kql`UserPrincipalName =~ ${stringLiteral(user)}`, interactive: false })}
| top ${numberLiteral(p.limit)} by CreatedDateTime desc
| sort by CreatedDateTime asc`.text;
}
