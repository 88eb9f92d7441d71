/**
 * `signinlab findings [FILE...]`: loads sign-in files (or, with none, makes the synthetic demo tenant) and runs every
 * detector over them. Text for a person (alerts first, attacker-controlled text made inert), or with --json one object
 * for scripts: {"rows": {...}, "rejected": [...], "findings": [...], "warnings": [...]}.
 */
import type { Command } from 'commander';
import { DETECTORS } from '../../analyses/registry';
import { UserError } from '../../errors';
import { formatFindings } from '../../findings/format-findings';
import { selectFindings } from '../../findings/select-findings';
import { parseOverrides } from '../../analyses/parse-overrides';
import { collect, detect, planDetectors, type DetectorResult } from '../../analyses/run-detectors';
import { escapeTerminal } from '../../escape';
import { checkOverrides } from '../check-overrides';
import { FilesNotLoaded, throwIfFilesFailed } from '../exit';
import type { CliIO } from '../io';
import { clusterAsked } from '../cluster-source';
import { addSourceOptions, resolvePushdown, resolveSource, type SourceOptionValues } from '../source-options';

const HELP = `
With --workspace (or SIGNINLAB_WORKSPACE_ID set), pulls both tables from Log Analytics, and with --cluster URL
--database DB from Azure Data Explorer; with --pushdown, runs each detector's KQL twin there instead and fetches only
its result rows.
Without FILE or workspace, runs on the synthetic demo tenant (25 users, 7 days, seed 1; see \`signinlab generate\`), whose planted
attacks and look-alikes show what each detector raises.

Choosing findings: --user and --ip keep the findings about that account or address (from files or the demo tenant
every detector still sees all the rows; from a workspace they also narrow the pull); --severity medium keeps medium
and above; --detector token-replay,password-spray keeps those detectors'.

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

type FindingsFlags = SourceOptionValues & { json?: boolean; all?: boolean; param?: string[]; severity?: string; detector?: string; evidence?: string };

export function registerFindings(program: Command, io: CliIO): void {
  const command = program
    .command('findings')
    .description('Run every detector over sign-in files and print the findings with their evidence.')
    .argument('[file...]', 'sign-in files (any format `signinlab load` reads); none: the synthetic demo tenant')
    .option('--json', 'print {"rows", "rejected", "repaired", "conflicts", "failed", "findings", "warnings"} as JSON')
    .option('--all', 'also list informational findings (text output)')
    .option('--param <analysis.parameter=value>', 'override a threshold (repeatable)', collectParam)
    .option('--severity <level>', 'only findings at this severity or above: high, medium, low, informational')
    .option('--detector <ids>', 'only these detectors, comma-separated')
    .option('--evidence <n>', 'evidence rows printed under each finding (text output; default 3)')
    .addHelpText('after', HELP);
  addSourceOptions(command, { userHelp: 'only findings about this UserPrincipalName (from a workspace, also pull only their sign-ins)' }).action(async (files: string[], opts: FindingsFlags) => {
      const overrides = checkOverrides(parseOverrides(opts.param ?? []));
      const select = (found: Parameters<typeof selectFindings>[0]) =>
        selectFindings(found, { user: opts.user, ip: opts.ip, severity: opts.severity, detectors: opts.detector?.split(',').map((d) => d.trim()).filter(Boolean) }, DETECTORS.map((d) => d.detector));
      const evidenceRows = opts.evidence === undefined ? undefined : Number(opts.evidence);
      if (evidenceRows !== undefined && !(Number.isInteger(evidenceRows) && evidenceRows >= 0)) throw new UserError(`--evidence must be a whole number, not "${opts.evidence}"`);
      const all = opts.all || opts.severity === 'informational';
      if (opts.pushdown) {
        // The same detect loop, each twin run in the workspace instead of over pulled rows.
        const results: DetectorResult[] = [];
        for (const p of planDetectors(overrides)) results.push({ ...p, result: await resolvePushdown(p.analysis, files, opts, p.overrides) });
        const collected = collect(results);
        const findings = select(collected.findings);
        if (opts.json) io.out(JSON.stringify({ rows: null, rejected: [], findings, warnings: collected.warnings, pushdown: true }, null, 2) + '\n');
        else io.out(formatFindings(findings, { all, evidenceRows }));
        return;
      }
      // --user and --ip choose findings; only a workspace pull is also narrowed by them (files are read whole).
      const live = files.length === 0 && !!(opts.workspace?.trim() || process.env.SIGNINLAB_WORKSPACE_ID?.trim() || clusterAsked(opts));
      const loaded = await resolveSource(files, live ? opts : { ...opts, user: undefined, ip: undefined }, io, {}, { orSynthetic: true });
      if (loaded.table.length === 0) {
        if (loaded.failed.length) throw new FilesNotLoaded(loaded.failed);
        throw new UserError('no sign-in rows were loaded, so there is nothing to look for');
      }
      const detected = detect(loaded.table, overrides);
      const findings = select(detected.findings);
      const warnings = detected.warnings;
      if (opts.json) {
        const { rows, rejected, repaired, conflicts, failed } = loaded;
        io.out(JSON.stringify({ rows, rejected, repaired, conflicts, failed, findings, warnings }, null, 2) + '\n');
        throwIfFilesFailed(loaded.failed);
        return;
      }
      const total = loaded.rows.SigninLogs + loaded.rows.AADNonInteractiveUserSignInLogs;
      io.out(
        `Loaded ${total} sign-ins (SigninLogs ${loaded.rows.SigninLogs}, AADNonInteractiveUserSignInLogs ` +
          `${loaded.rows.AADNonInteractiveUserSignInLogs}); ${loaded.duplicates} duplicates` +
          `${loaded.conflicts.length ? ` (${loaded.conflicts.length} with other contents)` : ''}, ${loaded.rejected.length} rejected, ` +
          `${loaded.repaired.length} repaired${loaded.rejected.length + loaded.repaired.length + loaded.conflicts.length ? ' (signinlab load lists them)' : ''}.\n\n`,
      );
      io.out(formatFindings(findings, { all, evidenceRows }));
      if (warnings.length) io.out('\nNotes:\n' + warnings.map((w) => `  ${escapeTerminal(w)}\n`).join(''));
      throwIfFilesFailed(loaded.failed);
    });
}
