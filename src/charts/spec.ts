/**
 * What every chart shares: the Vega-Lite spec type we hand around, the schema URL, and a normaliser for loose numeric
 * input (times go through isoTime). Specs carry their data inline and nothing derived from the clock, so the same rows
 * always give the same spec (the golden tests rely on it).
 */

/** A Vega-Lite spec (kept loose: vega-lite's own types are ESM-only and cannot be imported from CommonJS). */
export type VegaLiteSpec = { $schema: string; [key: string]: unknown };

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Entra's two tables, in the order every chart lists them, with one colour each. */
export const TABLE_COLOURS = {
  domain: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  range: ['#1f77b4', '#ff7f0e'],
} as const;

/** A number, or null where vega-lite should see a missing value (NaN and Infinity do not survive JSON). */
export function num(x: unknown): number | null {
  const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** The top of every spec: schema, title (with a subtitle for what was left out or how to read it), size. */
export function base(title: string, width = 640, height = 300, subtitle = ''): VegaLiteSpec {
  return { $schema: VEGA_LITE_SCHEMA, title: subtitle ? { text: title, subtitle } : title, width, height };
}

/** The title text of a spec (titles are a string or { text, subtitle }). */
export function titleOf(spec: VegaLiteSpec): string {
  const t = spec.title as string | { text?: unknown; subtitle?: unknown } | undefined;
  if (typeof t === 'string') return t;
  if (t && typeof t.text === 'string') return typeof t.subtitle === 'string' ? `${t.text}: ${t.subtitle}` : t.text;
  return 'chart';
}

/** Legends wide enough for Entra's longest table name (AADNonInteractiveUserSignInLogs). */
export const WIDE_LEGEND = { labelLimit: 320 } as const;

/** Category axes wide enough for UPNs, app names and table names. */
export const WIDE_AXIS = { labelLimit: 320 } as const;

/** "1 pair", "2 pairs": counts in titles read as English. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
