/**
 * Rows as the Log Analytics "Export to CSV" of `union SigninLogs, AADNonInteractiveUserSignInLogs`: one header of
 * every column of both tables, `[UTC]` after datetime names, the columns whose type differs between the tables split
 * into `X_dynamic` (filled by SigninLogs rows) and `X_string` (filled by non-interactive rows), columns a table lacks
 * left empty, CRLF line ends.
 */
import { COLUMNS } from '../../schema/columns';
import { escapeCsvCell } from '../../escape';
import { csvValue } from './la-csv-values';
import { FileSink } from './sink';
import { count, emptyResult, type WriteResult } from './write-result';

interface UnionColumn {
  /** Header text. */
  header: string;
  /** Source column in the row. */
  column: string;
  /** Kusto type of the cell. */
  type: string;
  /** Only rows of this table fill it (split columns). */
  only?: 'SigninLogs' | 'AADNonInteractiveUserSignInLogs';
}

/** The columns of the union, in catalogue order, type-conflicting ones split. */
export function unionColumns(): UnionColumn[] {
  const out: UnionColumn[] = [];
  for (const c of COLUMNS) {
    const a = c.SigninLogs;
    const b = c.AADNonInteractiveUserSignInLogs;
    if (a && b && a !== b) {
      out.push({ header: `${c.name}_${a}`, column: c.name, type: a, only: 'SigninLogs' });
      out.push({ header: `${c.name}_${b}`, column: c.name, type: b, only: 'AADNonInteractiveUserSignInLogs' });
    } else {
      const type = (a ?? b) as string;
      out.push({ header: type === 'datetime' ? `${c.name} [UTC]` : c.name, column: c.name, type });
    }
  }
  return out;
}

export async function writeLaCsv(rows: Iterable<Record<string, unknown>>, path: string): Promise<WriteResult> {
  const columns = unionColumns();
  const sink = new FileSink(path);
  const result = emptyResult(path);
  await sink.write(columns.map((c) => escapeCsvCell(c.header)).join(',') + '\r\n');
  for (const row of rows) {
    const cells = columns.map((c) => (c.only && c.only !== row.Type ? '' : csvValue(row[c.column], c.type)));
    await sink.write(cells.join(',') + '\r\n');
    count(result, row);
  }
  await sink.close();
  return result;
}
