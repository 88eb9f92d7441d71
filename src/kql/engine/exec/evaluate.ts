/**
 * Scalar expressions over a table, a column at a time. A call whose only varying argument is dictionary-encoded
 * (UserPrincipalName, ResultType, AppDisplayName in the loaded sign-ins) is computed once per distinct value and stays
 * dictionary-encoded, so `tolower(UserPrincipalName)` or `ResultType == "0"` over a million rows costs a few thousand
 * calls, and grouping on the result still hashes codes.
 */
import { KqlError } from '../errors';
import type { CallTypes, ScalarFunctionDef } from '../functions/function';
import type { ScalarPlan } from '../plan/plan';
import { valueKey } from '../values/compare';
import { nullOf, type Value } from '../values/types';
import { readable } from '../sources/absent-column';
import { ArrayColumn, ConstColumn, type Column } from './column';
import type { ExecContext } from './context';
import type { Table } from './table';

/** Runs a tabular plan (set by run.ts, which imports this file: the two recurse into each other). */
export let runTabular: (plan: import('../plan/plan').TabularPlan, ctx: ExecContext) => Table;
export function setRunTabular(f: typeof runTabular): void {
  runTabular = f;
}

/** A column computed once per value of a dictionary-encoded column, indexed by that column's codes. */
class MappedDictColumn implements Column {
  constructor(
    readonly base: Column,
    readonly dictionary: readonly Value[],
    readonly type: Column['type'],
  ) {}
  get length(): number {
    return this.base.length;
  }
  get(i: number): Value {
    const c = this.base.code!(i);
    return c < 0 ? nullOf(this.type) : this.dictionary[c];
  }
  code(i: number): number {
    return this.base.code!(i);
  }
}

function callOnce(f: ScalarFunctionDef, values: Value[], t: CallTypes, ctx: ExecContext): Value {
  if (f.nullPropagating) for (let i = 0; i < values.length; i++) if (values[i] === null) return nullOf(t.result);
  return f.row!(values, t, ctx);
}

function evaluateCall(e: Extract<ScalarPlan, { k: 'call' }>, table: Table, ctx: ExecContext): Column {
  const args = e.args.map((a) => readable(evaluate(a, table, ctx)));
  const t: CallTypes = { args: e.args.map((a) => a.type), result: e.type };
  const n = table.length;
  if (e.fn.columns) return e.fn.columns(args, n, t, ctx);
  // parse_json of JSON text the source built from a value it holds: use the value, skip writing and re-reading text.
  if ((e.fn.name === 'parse_json' || e.fn.name === 'todynamic') && args[0].parsed) return new ParsedColumn(args[0]);
  const varying = args.map((c, i) => (c instanceof ConstColumn ? -1 : i)).filter((i) => i >= 0);
  const values: Value[] = args.map((c) => (c instanceof ConstColumn ? c.value : null));
  if (varying.length === 0) return new ConstColumn(e.type, callOnce(e.fn, values, t, ctx), n);
  if (varying.length === 1) {
    const v = varying[0];
    const c = args[v];
    if (c.dictionary && c.code && c.dictionary.length <= n) {
      // One mapped dictionary per (source dictionary, expression): both legs of a union over the two sign-in
      // tables then share it, and the union stays dictionary-coded.
      let byExpr = ctx.mapped.get(c.dictionary);
      if (!byExpr) ctx.mapped.set(c.dictionary, (byExpr = new Map()));
      const key = keyOf(e);
      let dict = byExpr.get(key);
      if (!dict) {
        dict = c.dictionary.map((x) => {
          values[v] = x;
          return callOnce(e.fn, values, t, ctx);
        });
        byExpr.set(key, dict);
      }
      return new MappedDictColumn(c, dict, e.type);
    }
    const out: Value[] = new Array(n);
    for (let i = 0; i < n; i++) {
      values[v] = c.get(i);
      out[i] = callOnce(e.fn, values, t, ctx);
    }
    return new ArrayColumn(e.type, out);
  }
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) {
    for (const j of varying) values[j] = args[j].get(i);
    out[i] = callOnce(e.fn, values, t, ctx);
  }
  return new ArrayColumn(e.type, out);
}

/** parse_json over a column that can give each row's value already parsed. */
class ParsedColumn implements Column {
  readonly type = 'dynamic' as const;
  constructor(private readonly base: Column) {}
  get length(): number {
    return this.base.length;
  }
  get(i: number): Value {
    return this.base.parsed!(i);
  }
  member(key: string | number): Column | undefined {
    return this.base.member?.(key);
  }
}

/** A structural key of an expression, so that the same expression over the same table is computed once. */
const KEYS = new WeakMap<ScalarPlan, string>();
function keyOf(e: ScalarPlan): string {
  let k = KEYS.get(e);
  if (k !== undefined) return k;
  switch (e.k) {
    case 'lit':
      k = `L${e.type}:${JSON.stringify(e.value)}`;
      break;
    case 'col':
      k = `C${JSON.stringify(e.name)}`;
      break;
    case 'call':
      k = `F${e.fn.name}:${e.type}(${e.args.map(keyOf).join(',')})`;
      break;
    default:
      k = `U${Math.random()}`; // tabular sub-plans are memoized by the executor instead
  }
  KEYS.set(e, k);
  return k;
}

/** The first column of a tabular plan's result as a set of value keys (for `in (T | project x)`). */
function keySet(plan: import('../plan/plan').TabularPlan, ctx: ExecContext, lower: boolean): Set<string> {
  const t = runTabular(plan, ctx);
  const c = readable(t.columns[0]);
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const v = c.get(i);
    out.add(valueKey(lower && typeof v === 'string' ? v.toLowerCase() : v));
  }
  return out;
}

/**
 * The values of `e` on every row of `table`.
 * @throws KqlError from a function, with the position of the call
 */
export function evaluate(e: ScalarPlan, table: Table, ctx: ExecContext): Column {
  switch (e.k) {
    case 'lit':
      return new ConstColumn(e.type, e.value, table.length);
    case 'col':
      return table.column(e.name);
    case 'call':
      try {
        let memo = ctx.memo.get(table);
        if (!memo) ctx.memo.set(table, (memo = new Map()));
        const key = keyOf(e);
        let c = memo.get(key);
        if (!c) memo.set(key, (c = evaluateCall(e, table, ctx)));
        return c;
      } catch (err) {
        if (err instanceof KqlError && !err.position) throw new KqlError(`${e.fn.name}: ${err.message.replace(/^KQL: /, '')}`, ctx.position(e.at));
        throw err;
      }
    case 'toscalar': {
      const t = runTabular(e.input, ctx);
      return new ConstColumn(e.type, t.length && t.columns.length ? t.columns[0].get(0) : nullOf(e.type), table.length);
    }
    case 'in-table': {
      const set = keySet(e.input, ctx, e.caseInsensitive);
      const v = readable(evaluate(e.value, table, ctx));
      const out: Value[] = new Array(table.length);
      for (let i = 0; i < table.length; i++) {
        const x = v.get(i);
        const hit = set.has(valueKey(e.caseInsensitive && typeof x === 'string' ? x.toLowerCase() : x));
        out[i] = e.negate ? !hit : hit;
      }
      return new ArrayColumn('bool', out);
    }
  }
}
