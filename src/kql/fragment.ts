/**
 * A piece of KQL text that is already safe to splice into a query: produced only by the literal renderers, the
 * identifier check or the `kql` template. Plain strings are never spliced as text; they always become string literals.
 * Keeping that difference in the type system is what makes injection impossible to write by accident.
 */
export class Kql {
  /** @internal use the `kql` template or a literal renderer; a public constructor would invite raw splicing. */
  private constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }

  /** @internal for the renderers in this folder only. */
  static trusted(text: string): Kql {
    return new Kql(text);
  }

  static isKql(x: unknown): x is Kql {
    return x instanceof Kql;
  }
}
