/** Shared small tenants for the synthetic tests: generated once per test file, kept small for a shared 2-core machine. */
import { generateRows, type SyntheticRows } from '../../src/sources/synthetic/generate-rows';
import type { LaRow } from '../../src/sources/synthetic/la-row';
import type { SyntheticOptions } from '../../src/sources/synthetic/options';

export interface Materialized {
  gen: SyntheticRows;
  rows: LaRow[];
  byId: Map<string, LaRow>;
}

export function materialize(options: SyntheticOptions): Materialized {
  const gen = generateRows(options);
  const rows = [...gen];
  return { gen, rows, byId: new Map(rows.map((r) => [r.Id as string, r])) };
}
