/**
 * An inline `datatable(...)[...]` of escaped literals, for catalogues a twin joins against (result-code meanings),
 * so the workspace needs no lookup table of its own.
 */
import { Kql } from './fragment';
import { boolLiteral, numberLiteral, stringLiteral } from './literals';

export type DatatableColumn = { name: string; type: 'string' | 'long' | 'real' | 'bool' };
type Cell = string | number | boolean;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * @example datatableLiteral([{ name: 'Code', type: 'string' }], [['0']]) // => datatable(Code: string)["0"]
 */
export function datatableLiteral(columns: readonly DatatableColumn[], rows: readonly (readonly Cell[])[]): Kql {
  for (const c of columns) if (!NAME.test(c.name)) throw new RangeError(`datatable column must be an identifier, got "${c.name}"`);
  const cell = (v: Cell, c: DatatableColumn): string => {
    if (c.type === 'string' && typeof v === 'string') return stringLiteral(v).text;
    if (c.type === 'bool' && typeof v === 'boolean') return boolLiteral(v).text;
    if ((c.type === 'long' || c.type === 'real') && typeof v === 'number') {
      if (c.type === 'long' && !Number.isSafeInteger(v)) throw new RangeError(`datatable column ${c.name} needs an integer, got ${v}`);
      return c.type === 'real' ? `real(${numberLiteral(v).text.replace(/^real\((.*)\)$/, '$1')})` : numberLiteral(v).text;
    }
    throw new TypeError(`datatable column ${c.name} (${c.type}) cannot hold ${JSON.stringify(v)}`);
  };
  const body = rows.map((r) => {
    if (r.length !== columns.length) throw new RangeError(`datatable row has ${r.length} cells for ${columns.length} columns`);
    return '    ' + r.map((v, i) => cell(v, columns[i])).join(', ');
  });
  return Kql.trusted(`datatable(${columns.map((c) => `${c.name}: ${c.type}`).join(', ')})[\n${body.join(',\n')}\n]`);
}
