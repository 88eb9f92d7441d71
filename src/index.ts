/**
 * signinlab: the public API.
 *
 *   source ──► normalize ──► SignInTable ──► analysis ──► findings / DataFrame / chart / KQL / report
 *   (synthetic tenant,       (one typed      (one security   (evidence, danfo, vega-lite,
 *    files, live workspace)   columnar model)  question each)   Kusto twin, HTML write-up)
 *
 * Each section below is one stage; every name keeps Entra's own column names.
 */

// ── schema: the one source of truth for both tables ─────────────────────────────────────────────────────────────────
export { COLUMNS, columnsOf, typeConflicts, type ColumnDef } from './schema/columns';
export { FIELDS, FIELD_NAMES, field, isFieldName, type FieldDef, type FieldName, type SignIn } from './schema/fields';
export { TABLE_NAMES, INTERACTIVE_TABLE, NON_INTERACTIVE_TABLE, tableFor, type TableName, type KustoType } from './schema/table-names';

// ── table: the columnar store ───────────────────────────────────────────────────────────────────────────────────────
export { SignInTable } from './table/signin-table';
export { SignInTableBuilder, tableFromRows } from './table/table-builder';

// ── sources: synthetic tenant, files, live workspace ────────────────────────────────────────────────────────────────

// ── analyses: one security question each, with findings and a KQL twin ──────────────────────────────────────────────

// ── kql: literal escaping and rendering ─────────────────────────────────────────────────────────────────────────────

// ── charts, notebook display, report ────────────────────────────────────────────────────────────────────────────────

// ── errors ──────────────────────────────────────────────────────────────────────────────────────────────────────────
export { UserError, isUserError } from './errors';
