/**
 * Every scalar function the local engine runs, by name: the families below, each a list of declarations. A name not
 * here is refused by the planner with its position; `scalarFunctionNames()` lists what is supported (the CLI's help
 * and the docs read it).
 */
import { CONDITIONAL_FUNCTIONS } from './conditional';
import { CONVERSION_FUNCTIONS } from './conversion';
import { DATETIME_FUNCTIONS } from './datetime';
import { DYNAMIC_FUNCTIONS } from './dynamic';
import type { ScalarFunctionDef } from './function';
import { GEO_FUNCTIONS } from './geo';
import { IP_FUNCTIONS } from './ip';
import { MATH_FUNCTIONS } from './math';
import { MEMBERSHIP_FUNCTIONS } from './membership';
import { NOT } from './operators';
import { STRING_FUNCTIONS } from './string';
import { WINDOW_FUNCTIONS } from './window';

const FAMILIES: readonly (readonly ScalarFunctionDef[])[] = [
  CONDITIONAL_FUNCTIONS, CONVERSION_FUNCTIONS, STRING_FUNCTIONS, DATETIME_FUNCTIONS, MATH_FUNCTIONS, DYNAMIC_FUNCTIONS,
  IP_FUNCTIONS, GEO_FUNCTIONS, WINDOW_FUNCTIONS, MEMBERSHIP_FUNCTIONS, [NOT],
];

const BY_NAME = new Map<string, ScalarFunctionDef>();
for (const family of FAMILIES) {
  for (const f of family) {
    if (BY_NAME.has(f.name)) throw new Error(`internal: scalar function ${f.name} declared twice`);
    BY_NAME.set(f.name, f);
  }
}

/** The declaration of a scalar function, or undefined when the engine does not have it. */
export function scalarFunction(name: string): ScalarFunctionDef | undefined {
  return BY_NAME.get(name);
}

export function scalarFunctionNames(): string[] {
  return [...BY_NAME.keys()].sort();
}
