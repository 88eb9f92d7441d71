import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './spec';

/** True for an object carrying a Vega-Lite $schema (what `show()` uses to decide it has a chart). */
export function isVegaLiteSpec(x: unknown): x is VegaLiteSpec {
  if (typeof x !== 'object' || x === null) return false;
  const s = (x as { $schema?: unknown }).$schema;
  return typeof s === 'string' && (s === VEGA_LITE_SCHEMA || /vega-lite\/v\d/.test(s));
}
