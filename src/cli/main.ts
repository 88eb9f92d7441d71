/**
 * The signinlab command line. Each command lives in ./commands/<name>.ts and registers itself on the program.
 * `run` never throws: a UserError prints its message, anything else prints one line (the stack only with
 * SIGNINLAB_DEBUG=1), and the exit code says which. Every message goes through the terminal escaper: they quote
 * file names, headers, keys and server texts, any of which may carry escape sequences.
 */
import { Command, CommanderError } from 'commander';
import { isUserError } from '../errors';
import { escapeTerminal, escapeTerminalLines } from '../escape';
import { processIO, type CliIO } from './io';
import { failuresOf } from './exit';
import { registerGenerate } from './commands/generate';
import { registerLoad } from './commands/load';
import { registerFindings } from './commands/findings';
import { registerKql } from './commands/kql';
import { registerReport } from './commands/report';
import { registerPivot } from './commands/pivot';

const VERSION: string = require('../../package.json').version;

/** Exit codes: 0 done, 1 an unexpected error, 2 bad input, a bad output path or bad usage. */
export const EXIT = { ok: 0, unexpected: 1, badInput: 2 } as const;

export function buildProgram(io: CliIO): Command {
  // Commander's own messages quote the arguments as typed: escaped too, line by line (help keeps its layout).
  const output = { writeOut: (s: string) => io.out(escapeTerminalLines(s)), writeErr: (s: string) => io.err(escapeTerminalLines(s)) };
  const program = new Command('signinlab')
    .description('Investigate Entra ID sign-ins across SigninLogs and AADNonInteractiveUserSignInLogs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput(output)
    .showHelpAfterError();
  registerGenerate(program, io);
  registerLoad(program, io);
  registerFindings(program, io);
  registerKql(program, io);
  registerReport(program, io);
  (require('./commands/query') as typeof import('./commands/query')).registerQuery(program, io);
  registerPivot(program, io);
  for (const c of program.commands) c.exitOverride().configureOutput(output);
  return program;
}

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isUserError(e)) {
      // A load in which files failed names each on its own line.
      const failures = failuresOf(e);
      if (failures) for (const f of failures) io.err(`signinlab: ${escapeTerminal(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}`)}\n`);
      else io.err(`signinlab: ${escapeTerminal(e.message)}\n`);
      return EXIT.badInput;
    }
    const err = e as Error;
    io.err(`signinlab: unexpected error: ${escapeTerminal(err?.message ?? String(e))}\n`);
    if (process.env.SIGNINLAB_DEBUG === '1' && err?.stack) io.err(escapeTerminalLines(err.stack) + '\n');
    return EXIT.unexpected;
  }
}

/**
 * The binary's entry: runs the CLI on the process streams. Output piped into a reader that stops early (`| head`)
 * ends the process quietly instead of with an EPIPE stack trace.
 */
export function main(argv: string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw e;
    });
  }
  void run(argv).then((code) => {
    process.exitCode = code;
    if (code === EXIT.ok) return;
    // A query that timed out may leave its socket open: once the messages are out, do not wait for it.
    setInterval(() => {
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    }, 200).unref();
  });
}
