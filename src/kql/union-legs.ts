/**
 * The two-table `union` every cross-table twin starts from, with each table narrowed by the scope and its fields
 * extracted *inside* its own leg: after a union, LocationDetails, DeviceDetail, Status and ConditionalAccessPolicies
 * exist only as X_dynamic / X_string, so `parse_json(LocationDetails)` must run before the tables meet.
 *
 *   union
 *       (SigninLogs | where <scope> | where <filter> | project <fields>, Interactive = true),
 *       (AADNonInteractiveUserSignInLogs | ... | project <fields>, Interactive = false)
 */
import type { KqlScope } from '../analyses/analysis';
import type { FieldName } from '../schema/fields';
import { TABLE_NAMES, type TableName } from '../schema/table-names';
import { fieldColumns } from './field-columns';
import { Kql } from './fragment';
import { scopeFilter, type ScopeOptions } from './scope';
import { kql } from './template';

export interface UnionLegsOptions {
  /** Fields projected in each leg (the field's KQL expression under the field's name). */
  fields: readonly FieldName[];
  scope?: KqlScope;
  scopeOptions?: Omit<ScopeOptions, 'indent'>;
  /** A condition (trusted, built with `kql`) applied in each leg before the projection. */
  where?: Kql;
  /** Add `Interactive = true|false` from the table (default true). */
  interactive?: boolean;
  /** Only these tables (default both). */
  tables?: readonly TableName[];
}

/** The union of the two tables (or one table alone), each leg scoped, filtered and projected. */
export function unionLegs(o: UnionLegsOptions): Kql {
  const legs = (o.tables ?? TABLE_NAMES).map((t) => {
    const scoped = scopeFilter(o.scope, { ...o.scopeOptions, indent: 4 });
    const where = o.where ? kql`\n    | where ${o.where}` : Kql.trusted('');
    const flag = o.interactive === false ? '' : `, Interactive = ${t === 'SigninLogs'}`;
    return kql`(${Kql.trusted(t)}${scoped}${where}\n    | project ${fieldColumns(o.fields)}${Kql.trusted(flag)})`;
  });
  return Kql.trusted(`union\n    ${legs.map((l) => l.text).join(',\n    ')}`);
}
