/**
 * The syntax tree the planner reads: a plain copy of the language service's bound tree (kind names, positions,
 * children with their names, and the binder's result type and referenced symbol), so that nothing past the parse
 * stage touches the Bridge.NET objects.
 */
import type { ColumnSchema, ScalarType } from '../values/types';

/** The binder's type of an expression: a scalar, a table (with its columns, in order) or something else. */
export type TypeInfo =
  | { readonly kind: 'scalar'; readonly name: ScalarType }
  | { readonly kind: 'table'; readonly columns: readonly ColumnSchema[] }
  | { readonly kind: 'tuple'; readonly columns: readonly ColumnSchema[] }
  | { readonly kind: 'other'; readonly name: string };

export interface SymbolInfo {
  /** SymbolKind name: Column, Variable, Parameter, Function, Table, ... */
  readonly kind: string;
  readonly name: string;
}

export interface Syntax {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  /** Token text (tokens only). */
  readonly text?: string;
  /** Decoded literal value of a token (a string literal without quotes and escapes). */
  readonly value?: string;
  readonly type?: TypeInfo;
  readonly symbol?: SymbolInfo;
  /** For an item of a list (extend, project, summarize ...): the column name Kusto gives it, when it gives one. */
  readonly resultName?: string;
  readonly children: readonly (Syntax | null)[];
  readonly names: readonly string[];
}

/** Name of the extra child a call of a let-bound function carries: the binder's expansion of the body. */
export const EXPANSION = '$expansion';

/** The child called `name`, or null. */
export function child(n: Syntax, name: string): Syntax | null {
  const i = n.names.indexOf(name);
  return i < 0 ? null : n.children[i];
}

/** The child called `name`; throws when absent (the parser always builds it for this node kind). */
export function need(n: Syntax, name: string): Syntax {
  const c = child(n, name);
  if (!c) throw new Error(`internal: ${n.kind} has no ${name}`);
  return c;
}

/** The elements of a syntax list (separators dropped), or of the list child called `name`. */
export function items(n: Syntax | null, name?: string): Syntax[] {
  const list = name && n ? child(n, name) : n;
  if (!list) return [];
  const out: Syntax[] = [];
  for (const c of list.children) {
    if (!c) continue;
    if (c.kind === 'SeparatedElement') {
      if (c.children[0]) out.push(c.children[0]);
    } else out.push(c);
  }
  return out;
}

/** The text of a name (NameDeclaration, NameReference, TokenName, BracketedName, or a token). */
export function nameText(n: Syntax): string {
  if (n.text !== undefined) return n.value ?? n.text;
  if (n.kind === 'BracketedName' || n.kind === 'BracketedWildcardedName') {
    const lit = n.children.find((c) => c && c.kind === 'StringLiteralToken');
    if (lit) return lit.value ?? '';
  }
  for (const c of n.children) {
    if (!c) continue;
    if (c.text !== undefined && !/^(OpenBracket|CloseBracket|Dot|OpenBrace|CloseBrace)Token$/.test(c.kind)) return c.value ?? c.text;
    if (c.text === undefined) return nameText(c);
  }
  return '';
}

/** The first token below a node whose kind ends with "Keyword" or matches `kind`. */
export function tokenOf(n: Syntax | null, kind: RegExp): Syntax | null {
  if (!n) return null;
  if (n.text !== undefined) return kind.test(n.kind) ? n : null;
  for (const c of n.children) {
    const t = tokenOf(c, kind);
    if (t) return t;
  }
  return null;
}

/** The scalar type the binder gave an expression. */
export function scalarTypeOf(n: Syntax): ScalarType | undefined {
  return n.type?.kind === 'scalar' ? n.type.name : undefined;
}

/** The columns the binder gave a tabular expression. */
export function columnsOfSyntax(n: Syntax): readonly ColumnSchema[] | undefined {
  return n.type?.kind === 'table' ? n.type.columns : undefined;
}
