/**
 * Stage 1 of the engine (parse → plan → execute): Microsoft's own parser and binder (@kusto/language-service-next)
 * read the query against the catalog's tables; any error diagnostic refuses the query with its message and position;
 * the bound tree is copied into plain `Syntax` nodes for the planner.
 */
import { kustoLanguage } from '../../language-service';
import { KqlError, positionIn } from '../errors';
import { isScalarType, type ColumnSchema, type ScalarType } from '../values/types';
import { globalsFor, type CatalogTable } from './globals';
import { EXPANSION, type Syntax, type SymbolInfo, type TypeInfo } from './syntax';

/* eslint-disable @typescript-eslint/no-explicit-any -- the Bridge.NET objects are untyped here by design */
type Bridge = any;

interface BridgeSystem {
  Enum: { toString(enumType: object, value: number): string };
}

function enumName(enumType: object, value: number): string {
  return ((globalThis as unknown as { System: BridgeSystem }).System).Enum.toString(enumType, value);
}

export interface ParsedQuery {
  readonly text: string;
  readonly root: Syntax;
}

/**
 * Parses and binds `text` against `tables`.
 * @throws KqlError naming the first error diagnostic and its line:column
 */
export function parseQuery(text: string, tables: readonly CatalogTable[]): ParsedQuery {
  const K = kustoLanguage();
  const code = K.KustoCode.ParseAndAnalyze(text, globalsFor(tables)) as Bridge;
  const diagnostics = code.GetDiagnostics();
  for (let i = 0; i < diagnostics.Count; i++) {
    const d = diagnostics.getItem(i);
    if (d.Severity === 'Error') throw new KqlError(`${d.Message.replace(/\.$/, '')}`, positionIn(text, d.Start));
  }
  const kinds = { syntax: (K.Syntax as Bridge).SyntaxKind, symbol: (K.Symbols as Bridge).SymbolKind };
  const names = new Map<number, string>();
  const kindName = (enumType: object, value: number, cache: Map<number, string>) => {
    let n = cache.get(value);
    if (n === undefined) cache.set(value, (n = enumName(enumType, value)));
    return n;
  };
  const symbolNames = new Map<number, string>();
  const symbolKind = (v: number) => kindName(kinds.symbol, v, symbolNames);

  const typeOf = (t: Bridge): TypeInfo | undefined => {
    if (!t) return undefined;
    const kind = symbolKind(t.Kind);
    if (kind === 'Primitive' || kind === 'Array' || kind === 'Bag') {
      const name = kind === 'Primitive' ? String(t.Name) : 'dynamic';
      return isScalarType(name) ? { kind: 'scalar', name } : { kind: 'other', name };
    }
    if (kind === 'Table' || kind === 'Tuple') {
      const cols: ColumnSchema[] = [];
      const list = t.Columns;
      for (let i = 0; i < list.Count; i++) {
        const c = list.getItem(i);
        const ct = typeOf(c.Type);
        cols.push({ name: String(c.Name), type: (ct?.kind === 'scalar' ? ct.name : 'dynamic') as ScalarType });
      }
      return { kind: kind === 'Table' ? 'table' : 'tuple', columns: cols };
    }
    return { kind: 'other', name: kind };
  };

  const facts = (K as Bridge).KustoFacts;
  const convert = (n: Bridge, listItem = false): Syntax | null => {
    if (!n) return null;
    const kind = kindName(kinds.syntax, n.Kind, names);
    if (n.IsToken) {
      return { kind, start: n.TextStart, end: n.End, text: n.Text, value: n.ValueText, children: [], names: [] };
    }
    const children: (Syntax | null)[] = [];
    const childNames: string[] = [];
    for (let i = 0; i < n.ChildCount; i++) {
      children.push(convert(n.GetChild(i), kind === 'SeparatedElement' && i === 0));
      childNames.push(String(n.GetName(i) ?? ''));
    }
    // A call of a let-bound function: the binder's expansion of its body for these arguments (types bound per call).
    if (kind === 'FunctionCallExpression') {
      const expansion = n.GetExpansion();
      if (expansion) {
        children.push(convert(expansion));
        childNames.push(EXPANSION);
      }
    }
    const node: { -readonly [K in keyof Syntax]: Syntax[K] } = { kind, start: n.TextStart, end: n.End, children, names: childNames };
    const rt = n.ResultType;
    if (rt) node.type = typeOf(rt);
    const sym = n.ReferencedSymbol;
    if (sym) node.symbol = { kind: symbolKind(sym.Kind), name: String(sym.Name) } satisfies SymbolInfo;
    if (listItem && rt) {
      const name = facts.GetExpressionResultName(n, null, null);
      if (name) node.resultName = String(name);
    }
    return node;
  };
  return { text, root: convert(code.Syntax)! };
}
