/**
 * The KQL twin of union: both tables as one stream, the latest `limit` rows in time order, with the timeline columns.
 * The per-table summary (tables.summary) is not part of the twin; the workspace answers it with `summarize ... by Type`.
 */
import { kql } from '../../kql/template';
import { numberLiteral, stringLiteral } from '../../kql/literals';
import { unionLegs } from '../../kql/union-legs';
import type { KqlScope } from '../analysis';
import { TIMELINE_FIELDS } from '../../kql/timeline-fields';
import type { UnionParams } from './parameters';

export function unionKql(p: UnionParams, scope: KqlScope = {}): string {
  const user = p.user.trim() ? kql`UserPrincipalName =~ ${stringLiteral(p.user.trim())}` : undefined;
  return kql`// union: both tables as one stream (for one user; across many users the non-interactive volume drowns the rest)
${unionLegs({ fields: TIMELINE_FIELDS, scope, where: user, interactive: false })}
| top ${numberLiteral(p.limit)} by CreatedDateTime desc
| sort by CreatedDateTime asc`.text;
}
