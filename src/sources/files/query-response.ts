/**
 * The body of a Log Analytics query REST response, `{"tables":[{name, columns:[{name,type}], rows:[[...]]}]}`: each
 * row becomes a record keyed by column name for the Log Analytics normalizer (which reads the JSON text the API sends
 * for dynamic cells). A body whose tables hold no sign-in columns is refused as a whole: it is some other table.
 */
import { UserError } from '../../errors';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import type { FileLoad, Normalize } from './file-load';

type Obj = Record<string, unknown>;

const LA: Normalize<Obj> = (o, note) => normalizeLogAnalyticsRow(o, undefined, note);

/** Columns without which a table cannot be sign-ins. */
const SIGN_IN_COLUMNS = ['CreatedDateTime', 'UserPrincipalName'];

export function loadQueryResponse(body: Obj, load: FileLoad, line: number): void {
  const tables = (body.tables as unknown[]).filter((t): t is Obj => t !== null && typeof t === 'object');
  const names = (t: Obj) => (Array.isArray(t.columns) ? t.columns : []).map((c) => String((c as Obj)?.name ?? ''));
  const signIn = tables.filter((t) => SIGN_IN_COLUMNS.some((c) => names(t).includes(c)));
  if (signIn.length === 0) {
    const cols = tables.flatMap(names);
    const why =
      `not sign-in data: a Log Analytics query response whose ${cols.length} columns (${cols.slice(0, 6).map((c) => c.slice(0, 40)).join(', ')}, …) ` +
      'include neither CreatedDateTime nor UserPrincipalName';
    if (load.recognized === 0 && !load.continuation) throw new UserError(why, load.file, line);
    load.reject(line, why);
    return;
  }
  for (const t of signIn) {
    load.recognized++;
    const cols = names(t);
    const rows = Array.isArray(t.rows) ? t.rows : [];
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const where = `row ${k + 1} of table ${String(t.name ?? '').slice(0, 60)}: `;
      if (!Array.isArray(row) || row.length !== cols.length) {
        load.reject(line, `${where}expected an array of ${cols.length} cells`);
        continue;
      }
      // A null-prototype object: a column named "__proto__" or "constructor" is a column like any other.
      const raw: Obj = Object.create(null);
      for (let j = 0; j < cols.length; j++) raw[cols[j]] = row[j];
      load.take(line, LA, raw, where);
    }
  }
}
