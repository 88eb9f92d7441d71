/**
 * `signinlab generate`: writes a synthetic tenant (both sign-in tables, with planted attacks and look-alikes) in one
 * of the file formats signinlab reads, and its labels beside it, so loaders, detectors and notebooks can be tried
 * with no Azure at all.
 */
import { writeFileSync } from 'node:fs';
import { escapeTerminal } from '../../escape';
import type { Command } from 'commander';
import { UserError } from '../../errors';
import { generateRows } from '../../sources/synthetic/generate-rows';
import { DEFAULT_START, MAX_DAYS, MAX_USERS } from '../../sources/synthetic/options';
import { checkOutputPath, writeError } from '../../sources/writers/output-path';
import { isWriterFormat, WRITER_FORMATS, writeRows } from '../../sources/writers/write-rows';
import type { CliIO } from '../io';

const HELP = `
Formats:
  la-jsonl    Log Analytics rows, one JSON object per line (PascalCase columns, as the workspace stores them)
  la-json     the same rows as one JSON array
  graph-json  Microsoft Graph beta /auditLogs/signIns body {"value":[...]} (camelCase)
  la-csv      Log Analytics "Export to CSV" of a union over both tables (X_dynamic / X_string columns)

Labels: written to <out>.labels.json (pretty JSON): every planted scenario with its detector, expected outcome,
user, IP, time window and the Id of every planted row. Scenarios need at least 10 users.
The same options always write the same rows and labels, on any machine.

Example:
  signinlab generate --users 25 --days 7 --seed 1 --out tenant.la.jsonl.gz
`;

function wholeNumber(name: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

interface GenerateFlags {
  users: string;
  days: string;
  seed: string;
  start: string;
  format: string;
  out: string;
}

export function registerGenerate(program: Command, io: CliIO): void {
  program
    .command('generate')
    .description('Write a synthetic tenant (SigninLogs + AADNonInteractiveUserSignInLogs with labelled scenarios) and its labels.')
    .option('--users <n>', `people in the tenant, 1-${MAX_USERS} (automated accounts come on top)`, '25')
    .option('--days <n>', `days covered, 1-${MAX_DAYS}`, '7')
    .option('--seed <n>', 'seed of every random choice; another seed moves users, days and attacker addresses', '1')
    .option('--start <date>', 'first day, UTC (ISO date)', DEFAULT_START.slice(0, 10))
    .option('--format <format>', WRITER_FORMATS.join(' | '), 'la-jsonl')
    .requiredOption('--out <path>', 'data file to write (.gz compresses); labels go to <path>.labels.json')
    .addHelpText('after', HELP)
    .action(async (flags: GenerateFlags) => {
      if (!isWriterFormat(flags.format)) throw new UserError(`--format must be one of ${WRITER_FORMATS.join(', ')}, got ${JSON.stringify(flags.format)}`);
      const rows = generateRows({
        users: wholeNumber('users', flags.users),
        days: wholeNumber('days', flags.days),
        seed: wholeNumber('seed', flags.seed),
        start: flags.start,
      });
      const progress = function* (): Generator<Record<string, unknown>> {
        let n = 0;
        for (const row of rows) {
          if (++n % 10_000 === 0) io.progress(`generate: ${n} rows`);
          yield row;
        }
      };
      const labelsPath = `${flags.out}.labels.json`;
      checkOutputPath(flags.out);
      checkOutputPath(labelsPath);
      const result = await writeRows(progress(), flags.out, flags.format);
      try {
        writeFileSync(labelsPath, JSON.stringify(rows.labels, null, 2) + '\n');
      } catch (e) {
        throw writeError(e, labelsPath);
      }
      const s = rows.labels.scenarios;
      const alerts = s.filter((x) => x.expect === 'alert').length;
      io.progress('');
      io.out(
        `wrote ${result.rows} rows to ${escapeTerminal(flags.out)} (SigninLogs ${result.byTable.SigninLogs}, ` +
          `AADNonInteractiveUserSignInLogs ${result.byTable.AADNonInteractiveUserSignInLogs}); ` +
          `${s.length} scenarios (${alerts} to alert on, ${s.length - alerts} look-alikes) in ${escapeTerminal(labelsPath)}\n`,
      );
    });
}
