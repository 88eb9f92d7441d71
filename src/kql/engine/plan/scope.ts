/**
 * What the planner knows at a point of the query: the let-bound names in scope (scalars, tables, functions), the
 * query text (for positions in refusals), and, inside a called function's body, the call site, to which every error
 * in the body is attributed (the binder's expansion of a body has positions of its own).
 */
import { KqlError, positionIn } from '../errors';
import type { Syntax } from '../parse/syntax';
import type { ScalarPlan, TabularPlan } from './plan';

export type Binding =
  | { readonly kind: 'scalar'; readonly expr: ScalarPlan }
  | { readonly kind: 'table'; readonly plan: TabularPlan; /** the table name `withsource` reports for it */ readonly source?: string }
  | { readonly kind: 'function'; readonly declaration: Syntax; readonly scope: Scope };

export class Scope {
  private readonly names = new Map<string, Binding>();
  /** The implicit source of an operator with no input here (inside an mv-apply subquery). */
  private implicit?: TabularPlan;

  constructor(
    readonly text: string,
    readonly parent?: Scope,
    /** Offset of the call whose function body this scope plans. */
    readonly callSite?: number,
  ) {}

  lookup(name: string): Binding | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }

  /** The table an operator with no input reads (an mv-apply subquery's subtable), if any. */
  implicitInput(): TabularPlan | undefined {
    return this.implicit ?? this.parent?.implicitInput();
  }

  /** A nested scope whose operators without an input read `input`. */
  withInput(input: TabularPlan): Scope {
    const s = new Scope(this.text, this, this.callSite);
    s.implicit = input;
    return s;
  }

  define(name: string, b: Binding): void {
    this.names.set(name, b);
  }

  /** A nested scope (a function body, called from `callSite`). */
  child(callSite?: number): Scope {
    return new Scope(this.text, this, callSite ?? this.callSite);
  }

  /** The offset errors about `n` point at. */
  at(n: Syntax): number {
    return this.callSite ?? n.start;
  }

  /** Refuses the query at `n`. */
  refuse(n: Syntax, message: string): never {
    throw new KqlError(message, positionIn(this.text, this.at(n)));
  }

  /** Refuses an operator or function the local engine does not run. */
  unsupported(n: Syntax, what: string): never {
    return this.refuse(n, `${what} is not supported by the local engine`);
  }

  /** Runs `f`, attributing a KqlError without a position to `n`. */
  guard<T>(n: Syntax, f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof KqlError && !e.position) this.refuse(n, e.message.replace(/^KQL: /, ''));
      throw e;
    }
  }
}
