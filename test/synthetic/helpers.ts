/** Shared small tenants for the synthetic tests: generated once per test file, kept small for a shared 2-core machine. */
import { generateRows, type SyntheticRows } from '../../src/sources/synthetic/generate-rows';
import type { LaRow } from '../../src/sources/synthetic/la-row';
import type { ScenarioKind, ScenarioLabel } from '../../src/sources/synthetic/labels';
import type { SyntheticOptions } from '../../src/sources/synthetic/options';
import type { SignInSpec } from '../../src/sources/synthetic/sign-in-spec';

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

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** A tenant's planned sign-ins with its labels, and the look-ups the label tests need. */
export interface Planned {
  gen: SyntheticRows;
  specs: SignInSpec[];
  labels: ScenarioLabel[];
  /** Rows no label claims. */
  normal: SignInSpec[];
  of(kind: ScenarioKind): ScenarioLabel[];
  /** The labels of a kind (for one detector), failing the test when there are none: a loop over them cannot pass empty. */
  each(kind: ScenarioKind, detector?: string): ScenarioLabel[];
  rowsOf(label: ScenarioLabel): SignInSpec[];
  /** Every row of one account. */
  userRows(upn: string): SignInSpec[];
}

export function planned(options: SyntheticOptions): Planned {
  const gen = generateRows(options);
  const specs = [...gen.specs()];
  const byId = new Map(specs.map((s) => [s.id, s]));
  const labels = gen.labels.scenarios;
  const plantedIds = new Set(labels.flatMap((l) => l.eventIds));
  const byUser = new Map<string, SignInSpec[]>();
  for (const s of specs) {
    const list = byUser.get(s.user.userPrincipalName);
    if (list) list.push(s);
    else byUser.set(s.user.userPrincipalName, [s]);
  }
  return {
    gen,
    specs,
    labels,
    normal: specs.filter((s) => !plantedIds.has(s.id)),
    of: (kind) => labels.filter((l) => l.scenario === kind),
    each(kind, detector) {
      const found = labels.filter((l) => l.scenario === kind && (!detector || l.detector === detector));
      if (!found.length) throw new Error(`no ${kind} label${detector ? ` for ${detector}` : ''} in the tenant ${JSON.stringify(gen.options)}`);
      return found;
    },
    rowsOf: (l) => l.eventIds.map((id) => byId.get(id)!),
    userRows: (upn) => byUser.get(upn) ?? [],
  };
}

/** The tenants the label and scenario tests read: two seeds, two sizes, each with every kind planted. */
export const TENANTS: readonly SyntheticOptions[] = [
  { users: 25, days: 7, seed: 1 },
  { users: 15, days: 5, seed: 7 },
];
