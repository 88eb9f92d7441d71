/**
 * The language service's global state for a catalog of tables: the binder then knows every column and its type, so
 * it can name result columns (count_, sum_x, X_dynamic after a union) and type every expression for the planner.
 * One state per distinct catalog, kept: building it costs a few milliseconds, binding against it none.
 */
import { kustoLanguage, type KustoGlobalState } from '../../language-service';
import type { ColumnSchema } from '../values/types';

export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly ColumnSchema[];
}

const states = new Map<string, KustoGlobalState>();

const quote = (name: string) => `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;

/** The global state with one database holding `tables`. */
export function globalsFor(tables: readonly CatalogTable[]): KustoGlobalState {
  const key = JSON.stringify(tables);
  let state = states.get(key);
  if (state) return state;
  const K = kustoLanguage();
  const symbols = tables.map((t) => {
    const schema = `(${t.columns.map((c) => `${quote(c.name)}:${c.type}`).join(', ')})`;
    return new K.Symbols.TableSymbol.$ctor7(t.name, schema, null);
  });
  state = K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.ctor('signinlab', symbols));
  states.set(key, state);
  return state;
}
