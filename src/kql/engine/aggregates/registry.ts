/** Every aggregation function `summarize` can use locally, by name. */
import type { AggregateDef } from './aggregate';
import { COLLECTION_AGGREGATES } from './collections';
import { COUNTING_AGGREGATES } from './counting';
import { NUMERIC_AGGREGATES } from './numeric';
import { PICKING_AGGREGATES } from './picking';

const BY_NAME = new Map<string, AggregateDef>();
for (const a of [...COUNTING_AGGREGATES, ...NUMERIC_AGGREGATES, ...COLLECTION_AGGREGATES, ...PICKING_AGGREGATES]) {
  if (BY_NAME.has(a.name)) throw new Error(`internal: aggregate ${a.name} declared twice`);
  BY_NAME.set(a.name, a);
}

export function aggregateFunction(name: string): AggregateDef | undefined {
  return BY_NAME.get(name);
}

export function aggregateFunctionNames(): string[] {
  return [...BY_NAME.keys()].sort();
}
