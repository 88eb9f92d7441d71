/**
 * vega and vega-lite 6 are ES modules with top-level await, so `require()` cannot load them. TypeScript compiling to
 * CommonJS rewrites `import()` into `require()`; a Function body is out of its reach, so this stays a real import.
 * (Under jest this needs node's --experimental-vm-modules, which `npm test` passes.)
 */
export function realImport(specifier: string): Promise<unknown> {
  // A unique comment keeps V8 from reusing a compiled copy of this function made under another vm context: the copy
  // would carry that context's import hook (under jest: a previous test file's, already torn down).
  const load = new Function('specifier', `return import(specifier) // ${process.hrtime.bigint()}-${Math.random()}`);
  return (load as (s: string) => Promise<unknown>)(specifier);
}

let vegaLite: Promise<VegaLiteModule> | undefined;
let vega: Promise<VegaModule> | undefined;

/** What we use of vega-lite, typed narrowly (its own types are ESM-only and cannot be imported from CommonJS). */
export interface VegaLiteModule {
  version: string;
  compile(spec: object, options?: { logger?: VegaLogger }): { spec: object };
}

/** What we use of vega. */
export interface VegaModule {
  version: string;
  parse(spec: object): object;
  View: new (runtime: object, options: { renderer: 'none'; logger?: VegaLogger }) => {
    toSVG(): Promise<string>;
    finalize(): void;
  };
}

/** vega's logger interface: every method returns the logger. */
export interface VegaLogger {
  level(level?: number): number | VegaLogger;
  error(...args: unknown[]): VegaLogger;
  warn(...args: unknown[]): VegaLogger;
  info(...args: unknown[]): VegaLogger;
  debug(...args: unknown[]): VegaLogger;
}

/** vega-lite, loaded once. */
export function loadVegaLite(): Promise<VegaLiteModule> {
  return (vegaLite ??= realImport('vega-lite') as Promise<VegaLiteModule>);
}

/** vega, loaded once. */
export function loadVega(): Promise<VegaModule> {
  return (vega ??= realImport('vega') as Promise<VegaModule>);
}
