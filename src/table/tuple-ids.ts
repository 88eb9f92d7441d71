/**
 * Dense ids for tuples of key codes, in order of first appearance, built one key at a time: the id of (a, b, c) is the
 * id of (id of (a, b), c). Each step looks up one pair of numbers, in a typed array when the pairs are few enough and in
 * a Map of numbers otherwise, so grouping a million rows by three keys builds no string per row.
 */

/** Pairs fewer than this are looked up in an Int32Array (4 MB at most); more in a Map. */
const TABLE_LIMIT = 1 << 20;
/** The multiplier for keys whose codes appear as values do (no bound known in advance). */
const OPEN_BOUND = 2 ** 26;

class Step {
  readonly parents: number[] = [];
  readonly codes: number[] = [];
  private readonly table: Int32Array | null;
  private readonly map: Map<number, number> | null;

  /** `bounded`: the codes are known to stay below `mult` (a dictionary's size), not merely checked against it. */
  constructor(
    parentBound: number,
    private readonly mult: number,
    bounded: boolean,
  ) {
    const pairs = parentBound * mult;
    // The first key's codes index a typed array of its dictionary's size, whatever that size.
    this.table = bounded && (pairs <= TABLE_LIMIT || parentBound === 1) ? new Int32Array(pairs).fill(-1) : null;
    this.map = this.table ? null : new Map();
  }

  /**
   * Replaces each `ids[j]` (a parent) by the id of (parent, code of row j): the code is `map[source[p]]` (or
   * `source[p]`), p being `positions[j]`, or j itself when there are no positions. One loop; the lookup chosen once.
   */
  assign(ids: Uint32Array, positions: Uint32Array | null, source: ArrayLike<number>, map?: ArrayLike<number>): void {
    const table = this.table;
    const mult = this.mult;
    for (let j = 0; j < ids.length; j++) {
      const p = positions ? positions[j] : j;
      const code = map ? map[source[p]] : source[p];
      if (table) {
        const pair = ids[j] * mult + code;
        const id = table[pair];
        ids[j] = id >= 0 ? id : (table[pair] = this.add(ids[j], code));
      } else ids[j] = this.idOf(ids[j], code);
    }
  }

  idOf(parent: number, code: number): number {
    if (code >= this.mult) throw new Error(`groupBy: more than ${this.mult} distinct values of one key`);
    const pair = parent * this.mult + code;
    if (this.table) {
      const id = this.table[pair];
      return id >= 0 ? id : (this.table[pair] = this.add(parent, code));
    }
    const id = this.map!.get(pair);
    if (id !== undefined) return id;
    const added = this.add(parent, code);
    this.map!.set(pair, added);
    return added;
  }

  private add(parent: number, code: number): number {
    if ((parent + 1) * this.mult > Number.MAX_SAFE_INTEGER) throw new Error('groupBy: too many groups to number exactly');
    this.codes.push(code);
    return this.parents.push(parent) - 1;
  }
}

export class TupleIds {
  private readonly steps: Step[] = [];

  /** `bounds[i]`: every code of key i is below it (Infinity when unknown in advance). */
  constructor(bounds: readonly number[]) {
    let parentBound = 1;
    for (const b of bounds) {
      const mult = Number.isFinite(b) ? Math.max(b, 1) : OPEN_BOUND;
      this.steps.push(new Step(parentBound, mult, Number.isFinite(b)));
      parentBound = Number.isFinite(b) ? parentBound * mult : Infinity;
    }
  }

  /** The id, at key `i`, of the tuple (tuple `parent` at key i - 1, `code`); parent is 0 at key 0. */
  step(i: number, parent: number, code: number): number {
    return this.steps[i].idOf(parent, code);
  }

  /**
   * `step` over many rows: each `ids[j]`, a tuple id at key i - 1 (0 at key 0), becomes the tuple's id at key i, the
   * row's code read as `map[source[p]]` (see Step.assign).
   */
  assign(i: number, ids: Uint32Array, positions: Uint32Array | null, source: ArrayLike<number>, map?: ArrayLike<number>): void {
    this.steps[i].assign(ids, positions, source, map);
  }

  /** Number of distinct full tuples so far (1 when there are no keys: everything is one tuple). */
  get size(): number {
    return this.steps.length ? this.steps[this.steps.length - 1].parents.length : 1;
  }

  /** The key codes of a full tuple's id. */
  codesOf(id: number): number[] {
    const out = new Array<number>(this.steps.length);
    for (let i = this.steps.length - 1; i >= 0; i--) {
      out[i] = this.steps[i].codes[id];
      id = this.steps[i].parents[id];
    }
    return out;
  }
}
