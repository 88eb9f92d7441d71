/**
 * `signinlab load FILE...`: reads sign-in files and says what it found: rows per table, the format of each file,
 * duplicates, and every rejected row with its file:line and reason. With --json, the same as one JSON object for
 * scripts. A file that cannot be read at all (missing, empty, binary, not sign-ins) ends with exit code 2.
 */
import type { Command } from 'commander';
import type { LoadResult } from '../../sources/files/load-files';
import { escapeTerminal as clean } from '../../escape';
import type { CliIO } from '../io';
import { addSourceOptions, resolveSource, type SourceOptionValues } from '../source-options';

const FORMATS = `
Formats (detected from the content, not the extension; .gz accepted):
  Log Analytics rows      JSON array, JSON Lines, query REST response body {"tables":[...]}
  Log Analytics CSV       "Export to CSV" from the Logs blade (union exports with X_dynamic/X_string columns too)
  Microsoft Graph signIn  {"value":[...]} pages, arrays, JSON Lines, collector output ([...][...], bare objects)
  Diagnostic settings     {"records":[...]} batches or one record per line (storage account / Event Hub)
  Entra admin center CSV  InteractiveSignIns_*.csv / NonInteractiveSignIns_*.csv downloads

Several files load into one table; an Id seen twice is counted as a duplicate and kept once.
Exit codes: 0 loaded, 2 a file could not be read at all (missing, empty, binary or not sign-in data).
`;

const MAX_LISTED = 50;

export function formatLoadSummary(r: LoadResult): string {
  const out: string[] = [];
  const total = r.rows.SigninLogs + r.rows.AADNonInteractiveUserSignInLogs;
  out.push(`Loaded ${total} sign-ins from ${r.files.length} file${r.files.length === 1 ? '' : 's'}:`);
  out.push(`  SigninLogs                       ${r.rows.SigninLogs}`);
  out.push(`  AADNonInteractiveUserSignInLogs  ${r.rows.AADNonInteractiveUserSignInLogs}`);
  out.push('');
  out.push('Files:');
  for (const f of r.files) {
    out.push(`  ${clean(f.file)}  [${f.format}]  offered ${f.offered}, loaded ${f.loaded}, rejected ${f.rejected}`);
  }
  out.push('');
  out.push(`Rows offered ${r.offered}, duplicates ${r.duplicates}, rejected ${r.rejected.length}.`);
  if (r.rejected.length > 0) {
    out.push('Rejected rows:');
    for (const x of r.rejected.slice(0, MAX_LISTED)) out.push(`  ${clean(x.file)}:${x.line}: ${clean(x.reason)}`);
    if (r.rejected.length > MAX_LISTED) out.push(`  … and ${r.rejected.length - MAX_LISTED} more (use --json for all)`);
  }
  return out.join('\n') + '\n';
}

export function registerLoad(program: Command, io: CliIO): void {
  const command = program
    .command('load')
    .description('Load sign-in files (Log Analytics, Graph, diagnostic settings, Entra admin center) or pull a workspace, and report what was read.')
    .argument('[file...]', 'files to load (JSON, JSON Lines or CSV, optionally .gz); none: --workspace or SIGNINLAB_WORKSPACE_ID')
    .option('--json', 'print {"rows": {...}, "rejected": [...], "duplicates": n, "files": [...]} instead of text')
    .addHelpText('after', FORMATS);
  addSourceOptions(command).action(async (files: string[], opts: SourceOptionValues & { json?: boolean }) => {
      const result = await resolveSource(files, opts, io);
      if (opts.json) {
        const { rows, rejected, duplicates, offered, files: perFile } = result;
        io.out(JSON.stringify({ rows, rejected, duplicates, offered, files: perFile }, null, 2) + '\n');
      } else {
        io.out(formatLoadSummary(result));
      }
    });
}
