/**
 * Errors a user can act on. The CLI and the notebooks print their message, never a stack trace (the CLI through the
 * terminal escaper, since messages quote input). `file` and `line` say where in the input the problem is, when it comes
 * from a file; `reason` is the message without them.
 */
export class UserError extends Error {
  readonly reason: string;
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'UserError';
    this.reason = message;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
