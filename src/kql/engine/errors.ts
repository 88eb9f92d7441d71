/**
 * Why the local engine would not answer: a query that does not parse or bind, or that asks for an operator, function
 * or column the engine does not serve. The message names the construct and where it is (line:column in the query),
 * so a refusal is never mistaken for an empty result.
 */
import { UserError } from '../../errors';

export interface QueryPosition {
  /** Offset of the construct in the query text (0-based). */
  readonly offset: number;
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
}

export class KqlError extends UserError {
  constructor(
    message: string,
    readonly position?: QueryPosition,
  ) {
    super(position ? `KQL ${position.line}:${position.column}: ${message}` : `KQL: ${message}`);
  }
}

/** Line and column of an offset in `text`. */
export function positionIn(text: string, offset: number): QueryPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
