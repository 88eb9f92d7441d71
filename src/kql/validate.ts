/**
 * Checks a query the way the Kusto editor would: parsed and bound by Microsoft's language service against a database
 * holding both sign-in tables with their real column types (from src/schema/columns.ts). A misspelt column, a function
 * applied to the wrong type, a `union` that split LocationDetails into LocationDetails_dynamic / _string: all errors.
 */
import { columnsOf } from '../schema/columns';
import { TABLE_NAMES } from '../schema/table-names';
import { kustoLanguage, syntaxKindName, type KustoGlobalState } from './language-service';

export interface KqlDiagnostic {
  message: string;
  severity: string;
  start: number;
  end: number;
}

export interface KqlValidation {
  /** No diagnostic of severity Error. */
  ok: boolean;
  diagnostics: KqlDiagnostic[];
}

let signInState: KustoGlobalState | undefined;

/** The language service's global state with a database of SigninLogs and AADNonInteractiveUserSignInLogs. */
function globals(): KustoGlobalState {
  if (signInState) return signInState;
  const K = kustoLanguage();
  const tables = TABLE_NAMES.map((t) => {
    const schema = `(${columnsOf(t).map((c) => `['${c.name}']:${c.type}`).join(', ')})`;
    return new K.Symbols.TableSymbol.$ctor7(t, schema, null);
  });
  signInState = K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.ctor('SignInWorkspace', tables));
  return signInState;
}

/**
 * Parses and binds `query` against both sign-in tables.
 * @example validateKql('SigninLogs | where UserPrincipal =~ "a"').ok // => false (unknown column)
 */
export function validateKql(query: string): KqlValidation {
  const code = kustoLanguage().KustoCode.ParseAndAnalyze(query, globals());
  const list = code.GetDiagnostics();
  const diagnostics: KqlDiagnostic[] = [];
  for (let i = 0; i < list.Count; i++) {
    const d = list.getItem(i);
    diagnostics.push({ message: d.Message, severity: d.Severity, start: d.Start, end: d.End });
  }
  return { ok: !diagnostics.some((d) => d.severity === 'Error'), diagnostics };
}

/** One token of a parsed query: its syntax kind and, for literals, the decoded value. */
export interface KqlToken {
  kind: string;
  text: string;
  value: string;
}

/**
 * The token stream of a query as the language service lexes it. Two queries with the same sequence of kinds have
 * the same structure; the hostile-input tests compare them and read back each string literal's decoded value.
 */
export function kqlTokens(query: string): KqlToken[] {
  // Parsing alone gives the tokens; binding (the slow part) is not needed for the structure.
  const code = kustoLanguage().KustoCode.Parse(query, globals());
  const out: KqlToken[] = [];
  for (let t = code.Syntax.GetFirstToken(); t; t = t.GetNextToken()) {
    out.push({ kind: syntaxKindName(t.Kind), text: t.Text, value: t.ValueText });
  }
  return out;
}
