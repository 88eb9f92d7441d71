/**
 * The signinlab command line. Each command lives in ./commands/<name>.ts and registers itself on the program.
 * `run` never throws: a UserError prints its message, anything else prints one line (the stack only with
 * SIGNINLAB_DEBUG=1), and the exit code says which.
 */
import { Command, CommanderError } from 'commander';
import { isUserError } from '../errors';
import { processIO, type CliIO } from './io';
import { registerGenerate } from './commands/generate';
import { registerLoad } from './commands/load';
import { registerFindings } from './commands/findings';
import { registerKql } from './commands/kql';
import { registerReport } from './commands/report';
import { registerPivot } from './commands/pivot';

const VERSION: string = require('../../package.json').version;

export function buildProgram(io: CliIO): Command {
  const program = new Command('signinlab')
    .description('Investigate Entra ID sign-ins across SigninLogs and AADNonInteractiveUserSignInLogs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  registerGenerate(program, io);
  registerLoad(program, io);
  registerFindings(program, io);
  registerKql(program, io);
  registerReport(program, io);
  (require('./commands/query') as typeof import('./commands/query')).registerQuery(program, io);
  registerPivot(program, io);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isUserError(e)) {
      io.err(`signinlab: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.err(`signinlab: unexpected error: ${err?.message ?? String(e)}\n`);
    if (process.env.SIGNINLAB_DEBUG === '1' && err?.stack) io.err(err.stack + '\n');
    return 1;
  }
}
