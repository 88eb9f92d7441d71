/**
 * The few parts of Microsoft's Kusto language service (@kusto/language-service-next, the Bridge.NET build of
 * Kusto.Language) that signinlab uses, typed by hand: the package's own .d.ts is 1.7 MB of global namespaces that
 * would slow every type-check. Loaded lazily, on first use, because it is 20 MB of JavaScript that only query
 * validation needs (tests, the docs check); the library and the CLI never pay for it otherwise.
 */

export interface KustoDiagnostic {
  Message: string;
  Severity: string;
  Start: number;
  Length: number;
  End: number;
}

export interface KustoList<T> {
  Count: number;
  getItem(i: number): T;
}

export interface KustoToken {
  Kind: number;
  Text: string;
  /** The decoded value of a literal token (a string literal without quotes and escapes). */
  ValueText: string;
  TextStart: number;
  GetNextToken(): KustoToken | null;
}

export interface KustoCode {
  Syntax: { GetFirstToken(): KustoToken | null };
  GetDiagnostics(): KustoList<KustoDiagnostic>;
}

export interface KustoLanguage {
  GlobalState: { Default: KustoGlobalState };
  KustoCode: { ParseAndAnalyze(text: string, globals: KustoGlobalState): KustoCode; Parse(text: string, globals: KustoGlobalState): KustoCode };
  KustoFacts: { GetStringLiteralValue(literal: string): string };
  Symbols: {
    TableSymbol: { $ctor7: new (name: string, schema: string, description: string | null) => unknown };
    DatabaseSymbol: { ctor: new (name: string, members: unknown[]) => unknown };
  };
  Syntax: { SyntaxKind: object };
}

export interface KustoGlobalState {
  WithDatabase(db: unknown): KustoGlobalState;
}

interface BridgeGlobals {
  Kusto?: { Language?: KustoLanguage };
  System?: { Enum: { toString(enumType: object, value: number): string } };
}

let loaded: KustoLanguage | undefined;

/** The Kusto.Language namespace, loading the language service on first call. */
export function kustoLanguage(): KustoLanguage {
  if (loaded) return loaded;
  const g = globalThis as BridgeGlobals;
  if (!g.Kusto?.Language) {
    try {
      require('@kusto/language-service-next/bridge.min.js');
      require('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
    } catch (e) {
      throw new Error(`KQL validation needs the package @kusto/language-service-next (${(e as Error).message})`);
    }
  }
  loaded = g.Kusto!.Language!;
  return loaded;
}

/** The name of a SyntaxKind value (e.g. "BarToken"), for readable parse shapes. */
export function syntaxKindName(kind: number): string {
  const g = globalThis as BridgeGlobals;
  return g.System!.Enum.toString(kustoLanguage().Syntax.SyntaxKind, kind);
}
