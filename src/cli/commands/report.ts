/**
 * `signinlab report FILE... --out report.html`: loads sign-in files, runs every detector and writes the incident
 * write-up: one self-contained HTML page (or Markdown with --format md or an .md file name) holding the scope, a
 * fingerprint of the input files, rows per table, the findings with their evidence and the KQL that reproduces each,
 * and charts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../errors';
import { parseOverrides } from '../../analyses/parse-overrides';
import { chartFiles, chartFolderOf } from '../../report/chart-files';
import { fingerprintOfDigests } from '../../report/fingerprint';
import { prepareReport } from '../../report/prepare-report';
import { checkNotAnInput, checkOutputPath, writeError } from '../../sources/writers/output-path';
import { checkOverrides } from '../check-overrides';
import { FilesNotLoaded, throwIfFilesFailed } from '../exit';
import { reportFormatOf, writeReport } from '../../report/write-report';
import type { ReportFormat } from '../../report/report-input';
import { escapeTerminal } from '../../escape';
import type { CliIO } from '../io';
import { addSourceOptions, resolveSource, type SourceOptionValues } from '../source-options';

const HELP = `
The format follows the --out extension (.md or .markdown: Markdown; anything else: HTML) unless --format says.
The HTML page has no scripts and loads nothing (a Content-Security-Policy forbids both), so it is safe to open and
to attach to a ticket. A Markdown report links its charts as PNG files in a folder beside it (ana.md: ana-charts/),
which GitHub and ticket systems show where they drop inline images. Thresholds: --param <analysis>.<parameter>=<value>, as for \`signinlab findings\`.

  signinlab report signins.la.jsonl.gz --out out/report.html
  signinlab report InteractiveSignIns.csv NonInteractiveSignIns.csv --user ana@contoso.com --out ana.md
  signinlab report --workspace <Workspace ID> --timespan P3D --user ana@contoso.com --out ana.html
`;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** --format as given, or from the output file's extension. */
export function formatOption(format: string | undefined, out: string): ReportFormat {
  if (format === undefined) return reportFormatOf(out);
  if (format === 'html') return 'html';
  if (format === 'md' || format === 'markdown') return 'markdown';
  throw new UserError(`--format must be html or md, not "${format}"`);
}

interface ReportFlags extends SourceOptionValues {
  out: string;
  format?: string;
  title?: string;
  charts: boolean;
  param: string[];
}

export function registerReport(program: Command, io: CliIO): void {
  const command = program
    .command('report')
    .description('Write an incident report (HTML or Markdown) from sign-in files or a workspace: findings, evidence, KQL, charts.')
    .argument('[file...]', 'sign-in files (any format `signinlab load` reads); none: --workspace or SIGNINLAB_WORKSPACE_ID')
    .requiredOption('-o, --out <path>', 'where to write the report (.html or .md)')
    .option('--format <format>', 'html or md (default: from the --out extension)')
    .option('--title <text>', 'heading of the report')
    .option('--no-charts', 'leave the charts out (faster; no vega)')
    .option('--param <analysis.parameter=value>', 'override a threshold (repeatable)', collect, [] as string[])
    .addHelpText('after', HELP);
  addSourceOptions(command, { userHelp: 'write the case of one user: their findings, their timeline (and, from a workspace, pull only their sign-ins)' })
    .action(async (files: string[], flags: ReportFlags) => {
      const format = formatOption(flags.format, flags.out);
      const overrides = checkOverrides(parseOverrides(flags.param));
      if (flags.pushdown) throw new UserError('--pushdown does not apply to report: the write-up cites the sign-ins themselves');
      // Before any work: an output that cannot be written, or that is one of the inputs (the evidence), is refused.
      checkOutputPath(flags.out, { createFolder: true });
      checkNotAnInput(flags.out, flags.save ? [...files, flags.save] : files);
      // --user chooses the case for files; for a workspace it also narrows the pull. Files are hashed as they are read.
      const loaded = await resolveSource(files, { ...flags, user: files.length ? undefined : flags.user }, io, {}, { digest: true });
      if (loaded.table.length === 0) {
        if (loaded.failed.length) throw new FilesNotLoaded(loaded.failed);
        throw new UserError('no sign-in rows were loaded, so there is nothing to report');
      }
      const read = loaded.files.filter((f) => f.sha256 !== undefined);
      const input = await prepareReport(loaded.table, {
        source: loaded.source,
        // a pull saved with --save is fingerprinted as a file, so the report names the pull it came from
        files: files.length ? read.map((f) => f.file) : flags.save ? [flags.save] : [],
        fingerprint: files.length ? fingerprintOfDigests(read.map((f) => ({ path: f.file, bytes: f.bytes ?? 0, sha256: f.sha256 ?? '' }))) : undefined,
        load: loaded,
        overrides,
        user: flags.user,
        charts: flags.charts,
        title: flags.title,
        generatedAt: new Date(),
      });
      // A Markdown report links its charts from a folder beside it (viewers drop data: images); HTML keeps them inline.
      const images = format === 'markdown' ? chartFiles(input.charts ?? []) : [];
      const chartFolder = images.length ? chartFolderOf(flags.out) : undefined;
      const text = writeReport(input, { format, chartFolder });
      checkNotAnInput(flags.out, flags.save ? [...files, flags.save] : files);
      try {
        mkdirSync(dirname(flags.out), { recursive: true });
        writeFileSync(flags.out, text);
      } catch (e) {
        throw writeError(e, flags.out);
      }
      if (chartFolder) {
        const folder = join(dirname(flags.out), chartFolder);
        for (const f of images) {
          const path = join(folder, f.name);
          try {
            mkdirSync(folder, { recursive: true });
            writeFileSync(path, f.bytes);
          } catch (e) {
            throw writeError(e, path);
          }
        }
      }
      const alerts = input.findings.filter((f) => f.severity !== 'informational').length;
      io.out(`wrote ${escapeTerminal(flags.out)} (${format}): ${input.findings.length} findings, ${alerts} alerts, from ${loaded.table.length} sign-ins\n`);
      throwIfFilesFailed(loaded.failed);
    });
}
