/**
 * `signinlab findings [FILE...]`: loads sign-in files (or, with none, makes the synthetic demo tenant) and runs every
 * detector over them. Text for a person (alerts first, attacker-controlled text made inert), or with --json one object
 * for scripts: {"rows": {...}, "rejected": [...], "findings": [...], "warnings": [...]}.
 */
import type { Command } from 'commander';
import { DETECTORS } from '../../analyses/registry';
import { UserError } from '../../errors';
import { formatFindings } from '../../findings/format-findings';
import { parseOverrides } from '../../analyses/parse-overrides';
import { collect, detect, planDetectors, type DetectorResult } from '../../analyses/run-detectors';
import { terminalSafe } from '../../terminal-text';
import type { CliIO } from '../io';
import { addSourceOptions, resolvePushdown, resolveSource, type SourceOptionValues } from '../source-options';

const HELP = `
With --workspace (or SIGNINLAB_WORKSPACE_ID set), pulls both tables from Log Analytics; with --pushdown, runs each
detector's KQL twin in the workspace instead and fetches only its result rows.
Without FILE or workspace, runs on the synthetic demo tenant (25 users, 7 days, seed 1; see \`signinlab generate\`), whose planted
attacks and look-alikes show what each detector raises.

Thresholds: --param <analysis>.<parameter>=<value>, repeatable; lists are comma-separated, e.g.
  --param token-replay.minDistanceKm=300 --param token-replay.excludedIpRanges=203.0.113.0/24,198.51.100.7

Detectors (analysis: parameters with their defaults):
${DETECTORS.map(({ detector, analysis }) => {
  const params = Object.entries(analysis.parameters as Record<string, { default: unknown }>)
    .map(([name, def]) => `${name}=${Array.isArray(def.default) ? def.default.join(',') : String(def.default)}`)
    .join(' ');
  return `  ${detector}${detector === analysis.id ? '' : ` (${analysis.id})`}: ${params}`;
}).join('\n')}
`;

const collectParam = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerFindings(program: Command, io: CliIO): void {
  const command = program
    .command('findings')
    .description('Run every detector over sign-in files and print the findings with their evidence.')
    .argument('[file...]', 'sign-in files (any format `signinlab load` reads); none: the synthetic demo tenant')
    .option('--json', 'print {"rows", "rejected", "findings", "warnings"} as JSON')
    .option('--all', 'also list informational findings (text output)')
    .option('--param <analysis.parameter=value>', 'override a threshold (repeatable)', collectParam)
    .addHelpText('after', HELP);
  addSourceOptions(command).action(async (files: string[], opts: SourceOptionValues & { json?: boolean; all?: boolean; param?: string[] }) => {
      const overrides = parseOverrides(opts.param ?? []);
      if (opts.pushdown) {
        // The same detect loop, each twin run in the workspace instead of over pulled rows.
        const results: DetectorResult[] = [];
        for (const p of planDetectors(overrides)) results.push({ ...p, result: await resolvePushdown(p.analysis, files, opts, p.overrides) });
        const { findings, warnings } = collect(results);
        if (opts.json) io.out(JSON.stringify({ rows: null, rejected: [], findings, warnings, pushdown: true }, null, 2) + '\n');
        else io.out(formatFindings(findings, { all: opts.all }));
        return;
      }
      const loaded = await resolveSource(files, opts, io, {}, { orSynthetic: true });
      if (loaded.table.length === 0) throw new UserError('no sign-in rows were loaded, so there is nothing to look for');
      const { findings, warnings } = detect(loaded.table, overrides);
      if (opts.json) {
        io.out(JSON.stringify({ rows: loaded.rows, rejected: loaded.rejected, findings, warnings }, null, 2) + '\n');
        return;
      }
      const total = loaded.rows.SigninLogs + loaded.rows.AADNonInteractiveUserSignInLogs;
      io.out(
        `Loaded ${total} sign-ins (SigninLogs ${loaded.rows.SigninLogs}, AADNonInteractiveUserSignInLogs ` +
          `${loaded.rows.AADNonInteractiveUserSignInLogs}); ${loaded.duplicates} duplicates, ${loaded.rejected.length} rejected.\n\n`,
      );
      io.out(formatFindings(findings, { all: opts.all }));
      if (warnings.length) io.out('\nNotes:\n' + warnings.map((w) => `  ${terminalSafe(w)}\n`).join(''));
    });
}
