/**
 * Errors a user can act on. The CLI and the notebooks print their message, never a stack trace. Messages quote input
 * (file names, headers, keys, a server's text), so the message is made inert for a terminal (and Jupyter's text/plain)
 * when the error is made: control, bidi and zero-width characters are shown as their code, and the message stays one
 * line. `file` and `line` say where in the input the problem is, when it comes from a file; `reason` is the message
 * without them.
 */
import { escapeTerminal } from './escape/terminal';

export class UserError extends Error {
  readonly reason: string;
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    const reason = escapeTerminal(message);
    super(file ? `${escapeTerminal(file)}${line ? `:${line}` : ''}: ${reason}` : reason);
    this.name = 'UserError';
    this.reason = reason;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
