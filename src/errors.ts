/**
 * Errors a user can act on. The CLI and the notebooks print their message, never a stack trace.
 * `file` and `line` say where in the input the problem is, when it comes from a file.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
