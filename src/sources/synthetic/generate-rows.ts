/**
 * The synthetic tenant as a stream of raw Log Analytics rows in time order, with its labels known before the first
 * row. Days are generated one at a time and rows are flushed as soon as no later day can produce an earlier one, so
 * a million-row tenant streams to disk in the memory of about one day.
 *
 *   options ─► users (users.ts) ─► scenarios and labels (scenarios/plan-scenarios.ts)
 *           ─► per day: each person's plan (day-plan.ts: laptop, phone, Cloud PC, browser tracks) or the plan a
 *              scenario owns ─► sign-in specs (day-events.ts) + scenario rows ─► sort ─► laRow ─► consumer
 *
 * Addresses come from real networks (networks/: a catalogue of real ASNs and prefixes, the regions, the pools).
 */
import { DAY, planDay } from './day-plan';
import { dayEvents } from './day-events';
import { GENERATOR_VERSION, type ScenarioLabel, type TenantLabels } from './labels';
import { createdDateTimeOf, laRow, type LaRow } from './la-row';
import { resolveOptions, type ResolvedOptions, type SyntheticOptions } from './options';
import { planScenarios } from './scenarios/plan-scenarios';
import type { LabelDraft } from './scenarios/planted';
import type { SignInSpec } from './sign-in-spec';
import { tenantIdentity, type TenantIdentity } from './tenant-identity';
import { makeUser, type SynthUser } from './users';
import type { DayPlan } from './day-plan';

/** No day's rows start earlier than this before its UTC midnight (the earliest time zone's working day). */
const EARLIEST_LEAD = 14 * 3_600_000;

const byTime = (a: SignInSpec, b: SignInSpec) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const key = (user: SynthUser, day: number) => `${user.index}:${day}`;

/** Raw rows of a synthetic tenant, iterable (in CreatedDateTime order) as often as needed, and its labels. */
export class SyntheticRows implements Iterable<LaRow> {
  readonly options: ResolvedOptions;
  readonly tenant: TenantIdentity;
  readonly users: readonly SynthUser[];
  readonly labels: TenantLabels;
  private readonly owned = new Map<string, DayPlan>();
  private readonly active = new Set<string>();
  private readonly extras = new Map<number, SignInSpec[]>();
  private readonly accounts: SynthUser[];

  constructor(options: SyntheticOptions = {}) {
    const o = (this.options = resolveOptions(options));
    this.tenant = tenantIdentity(o.seed);
    this.users = Array.from({ length: o.users }, (_, i) => makeUser(o.seed, i, this.tenant.domain));
    const planted = planScenarios(o.seed, o.startMs, o.days, this.users, this.tenant.domain);
    this.accounts = [...this.users, ...planted.flatMap((p) => p.extraUsers ?? [])];
    const tagged = new Map<string, SignInSpec[]>();
    for (const p of planted) {
      for (const a of p.activeDays) this.active.add(key(a.user, a.day));
      // The first scenario to own a user-day keeps it (the calendar only lets two meet in tenants too small for all).
      for (const plan of p.ownedDays) if (!this.owned.has(key(plan.user, plan.day))) this.owned.set(key(plan.user, plan.day), plan);
      for (const e of p.events) {
        push(this.extras, Math.min(o.days - 1, Math.max(0, Math.floor((e.time - o.startMs) / DAY))), e);
        if (e.scenario) push(tagged, e.scenario, e);
      }
    }
    for (const plan of this.owned.values()) if (plan.scenario) for (const e of dayEvents(o.seed, plan)) push(tagged, e.scenario!, e);
    // A scenario left with no rows (its day went to another one) is left out of the answer key rather than mislabelled.
    const scenarios = planted.flatMap((p) => [p.label, ...(p.also ?? [])].map((l) => labelOf(l, p.label.id, tagged, p.keep)));
    this.labels = {
      generator: { seed: o.seed, users: o.users, days: o.days, start: o.start, version: GENERATOR_VERSION },
      scenarios: scenarios.filter((l) => l.eventIds.length > 0),
    };
  }

  /** The planned sign-ins, in time order. */
  *specs(): Generator<SignInSpec> {
    const { seed, startMs, days } = this.options;
    let pending: SignInSpec[] = [];
    for (let day = 0; day < days; day++) {
      for (const user of this.users) {
        const plan = this.owned.get(key(user, day)) ?? planDay(seed, startMs, user, day, { forceActive: this.active.has(key(user, day)) });
        for (const e of dayEvents(seed, plan)) pending.push(e);
      }
      for (const e of this.extras.get(day) ?? []) pending.push(e);
      pending.sort(byTime);
      const cutoff = day + 1 < days ? startMs + (day + 1) * DAY - EARLIEST_LEAD : Infinity;
      let i = 0;
      while (i < pending.length && pending[i].time < cutoff) yield pending[i++];
      pending = pending.slice(i);
    }
  }

  *[Symbol.iterator](): Iterator<LaRow> {
    for (const spec of this.specs()) yield laRow(spec, this.tenant);
  }

  /** Every account that signs in: the people and the automated accounts. */
  get allAccounts(): readonly SynthUser[] {
    return this.accounts;
  }
}

function push<K>(map: Map<K, SignInSpec[]>, k: K, e: SignInSpec): void {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

/** A label with its rows: those tagged with the scenario's id or with an id it prefixes (`password-spray-1-mfa`). */
function labelOf(label: LabelDraft, scenarioId: string, tagged: Map<string, SignInSpec[]>, keep?: (row: SignInSpec) => boolean): ScenarioLabel {
  let rows = [...(tagged.get(scenarioId) ?? [])];
  for (const [tag, list] of tagged) if (tag.startsWith(scenarioId + '-')) rows.push(...list);
  if (keep) rows = rows.filter(keep);
  rows.sort(byTime);
  return {
    ...label,
    first: rows.length ? createdDateTimeOf(rows[0]) : '',
    last: rows.length ? createdDateTimeOf(rows[rows.length - 1]) : '',
    eventIds: rows.map((r) => r.id),
  };
}

/**
 * Raw Log Analytics rows of a synthetic tenant, in time order, streamed; `.labels` holds the answer key.
 *
 * @example
 * const rows = generateRows({ users: 25, days: 7, seed: 1 });
 * for (const row of rows) out.write(JSON.stringify(row) + '\n');
 * fs.writeFileSync('tenant.labels.json', JSON.stringify(rows.labels, null, 2));
 */
export function generateRows(options: SyntheticOptions = {}): SyntheticRows {
  return new SyntheticRows(options);
}
