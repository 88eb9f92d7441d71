/**
 * Aggregate calls inside a summarize item are planned first, into hidden slot columns; planScalar then reads each
 * such call node as its slot. The map is keyed by syntax node, which is unique to one parse.
 */
import type { Syntax } from '../parse/syntax';
import type { ScalarPlan } from './plan';

const SLOTS = new WeakMap<Syntax, ScalarPlan>();

export function setAggregateSlot(n: Syntax, slot: ScalarPlan): void {
  SLOTS.set(n, slot);
}

export function aggregateSlot(n: Syntax): ScalarPlan | undefined {
  return SLOTS.get(n);
}
