/**
 * `signinlab load FILE...`: reads sign-in files and says what it found: rows per table, the format of each file,
 * duplicates, and every rejected row with its file:line and reason. With --json, the same as one JSON object for
 * scripts. A file that cannot be read at all (missing, empty, binary, not sign-ins) ends with exit code 2.
 */
import type { Command } from 'commander';
import type { LoadResult } from '../../sources/files/load-files';
import { escapeTerminal as clean } from '../../escape';
import { throwIfFilesFailed } from '../exit';
import type { CliIO } from '../io';
import { addSourceOptions, resolveSource, type SourceOptionValues } from '../source-options';

const FORMATS = `
Formats (detected from the content, not the extension; .gz accepted):
  Log Analytics rows      JSON array, JSON Lines, query REST response body {"tables":[...]}
  Log Analytics CSV       "Export to CSV" from the Logs blade (union exports with X_dynamic/X_string columns too)
  Microsoft Graph signIn  {"value":[...]} pages, arrays, JSON Lines, collector output ([...][...], bare objects)
  Diagnostic settings     {"records":[...]} batches or one record per line (storage account / Event Hub)
  Entra admin center CSV  InteractiveSignIns_*.csv / NonInteractiveSignIns_*.csv downloads

Several files load into one table; an Id seen twice (compared case-insensitively) is counted as a duplicate and kept
once, and listed as a conflict when the two rows differ. Every row offered is loaded, a duplicate or rejected with its
file:line and reason; rows loaded with a field not as written (e.g. TimeGenerated used for an unreadable
CreatedDateTime) are listed as repaired.
Exit codes: 0 loaded; 2 a file could not be read at all (missing, unreadable, empty, binary or not sign-in data):
the other files still load, and each such file gets one line on stderr.
`;

const MAX_LISTED = 50;

/** Up to MAX_LISTED lines of a list, then how many more. */
function listed<T>(title: string, items: readonly T[], line: (x: T) => string): string[] {
  if (items.length === 0) return [];
  const out = [title, ...items.slice(0, MAX_LISTED).map((x) => `  ${line(x)}`)];
  if (items.length > MAX_LISTED) out.push(`  … and ${items.length - MAX_LISTED} more (use --json for all)`);
  return out;
}

/** The text summary of a load: rows per table, each file, and every rejected, repaired and conflicting row. */
export function formatLoadSummary(r: LoadResult): string {
  const out: string[] = [];
  const total = r.rows.SigninLogs + r.rows.AADNonInteractiveUserSignInLogs;
  out.push(`Loaded ${total} sign-ins from ${r.files.length} file${r.files.length === 1 ? '' : 's'}:`);
  out.push(`  SigninLogs                       ${r.rows.SigninLogs}`);
  out.push(`  AADNonInteractiveUserSignInLogs  ${r.rows.AADNonInteractiveUserSignInLogs}`);
  out.push('');
  out.push('Files:');
  for (const f of r.files) {
    if (f.error !== undefined) {
      out.push(`  ${clean(f.file)}  NOT LOADED: ${clean(f.error)}`);
      continue;
    }
    const repaired = f.repaired ? `, repaired ${f.repaired}` : '';
    out.push(`  ${clean(f.file)}  [${f.format}]  offered ${f.offered}, loaded ${f.loaded}, duplicates ${f.duplicates}, rejected ${f.rejected}${repaired}`);
  }
  out.push('');
  const conflicts = r.conflicts.length ? ` (${r.conflicts.length} with other contents)` : '';
  out.push(`Rows offered ${r.offered}, duplicates ${r.duplicates}${conflicts}, rejected ${r.rejected.length}, repaired ${r.repaired.length}.`);
  out.push(...listed('Rejected rows:', r.rejected, (x) => `${clean(x.file)}:${x.line}: ${clean(x.reason)}`));
  out.push(...listed('Repaired rows (loaded, one field not as written):', r.repaired, (x) => `${clean(x.file)}:${x.line}: ${clean(x.field)}: ${clean(x.reason)}`));
  out.push(
    ...listed('Duplicate Ids with other contents (the first row was kept):', r.conflicts, (x) =>
      `${clean(x.file)}:${x.line}: Id ${clean(x.Id)} differs from ${clean(x.firstFile)}:${x.firstLine}`,
    ),
  );
  return out.join('\n') + '\n';
}

export function registerLoad(program: Command, io: CliIO): void {
  const command = program
    .command('load')
    .description('Load sign-in files (Log Analytics, Graph, diagnostic settings, Entra admin center) or pull a workspace, and report what was read.')
    .argument('[file...]', 'files to load (JSON, JSON Lines or CSV, optionally .gz); none: --workspace or SIGNINLAB_WORKSPACE_ID')
    .option('--json', 'print {"rows", "rejected", "repaired", "conflicts", "duplicates", "offered", "files", "failed"} instead of text')
    .addHelpText('after', FORMATS);
  addSourceOptions(command).action(async (files: string[], opts: SourceOptionValues & { json?: boolean }) => {
      const result = await resolveSource(files, opts, io);
      if (opts.json) {
        const { rows, rejected, repaired, conflicts, duplicates, offered, files: perFile, failed } = result;
        io.out(JSON.stringify({ rows, rejected, repaired, conflicts, duplicates, offered, files: perFile, failed }, null, 2) + '\n');
      } else {
        io.out(formatLoadSummary(result));
      }
      throwIfFilesFailed(result.failed);
    });
}
