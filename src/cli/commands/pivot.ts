/**
 * `signinlab pivot [FILE...] --ip ADDRESS | --asn NUMBER`: everything seen from one address or network across both
 * tables: the accounts, apps, tables and times, and the network's registered name and class. Text for a person
 * (values made inert), or --json: {"parameters", "rows", "perApp", "perAddress", "warnings"}.
 */
import type { Command } from 'commander';
import { ipPivot } from '../../analyses/ip-pivot';
import { UserError } from '../../errors';
import { textTable } from '../../notebook/plain-text';
import { escapeTerminal as terminalSafe } from '../../escape';
import type { CliIO } from '../io';
import { addSourceOptions, resolveSource, type SourceOptionValues } from '../source-options';

const HELP = `
From files (or, with none, the synthetic demo tenant), or a workspace: with --workspace the pull itself is narrowed
to the address (--ip). Each address is shown with its network: the ASN's registered name and its class (Microsoft,
mobile carrier, hosting / VPN provider, ISP).

  signinlab pivot signins.la.jsonl --ip 128.199.177.47
  signinlab pivot signins.la.jsonl --asn 14061 --json
  signinlab kql ip-pivot --ip 128.199.177.47 --timespan P7D    (the same question as KQL, for a workspace)
`;

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v);

export function registerPivot(program: Command, io: CliIO): void {
  const command = program
    .command('pivot')
    .description('Everything seen from one IP address or ASN: accounts, apps, tables, times, and the network\'s name.')
    .argument('[file...]', 'sign-in files (any format `signinlab load` reads); none: the synthetic demo tenant')
    .option('--asn <number>', 'pivot on an autonomous system instead of one address (e.g. 14061 or AS14061)')
    .option('--json', 'print {"parameters", "rows", "perApp", "perAddress", "warnings"} as JSON')
    .addHelpText('after', HELP);
  addSourceOptions(command).action(async (files: string[], opts: SourceOptionValues & { asn?: string; json?: boolean }) => {
    if (!opts.ip === !opts.asn) throw new UserError('give --ip ADDRESS or --asn NUMBER (one of them)');
    if (opts.pushdown) throw new UserError('--pushdown does not apply to pivot; use `signinlab kql ip-pivot` to run it in the workspace');
    const live = files.length === 0 && !!(opts.workspace?.trim() || process.env.SIGNINLAB_WORKSPACE_ID?.trim());
    const loaded = await resolveSource(files, live ? { ...opts, user: undefined } : { ...opts, ip: undefined, user: undefined }, io, {}, { orSynthetic: true });
    const r = ipPivot.run(loaded.table, { ip: opts.ip ?? '', asn: opts.asn ?? '' });
    const perApp = r.tables!.perApp;
    const perAddress = r.tables!.perAddress;
    if (opts.json) {
      io.out(JSON.stringify({ parameters: r.parameters, rows: r.rows, perApp, perAddress, warnings: r.warnings }, null, 2) + '\n');
      return;
    }
    const subject = opts.ip ? opts.ip : `AS${opts.asn!.replace(/^AS/i, '')}`;
    const total = r.rows.reduce((n, u) => n + u.SignIns, 0);
    const out = [`${terminalSafe(subject)}: ${total} sign-ins of ${r.rows.length} account${r.rows.length === 1 ? '' : 's'} in ${loaded.source}`];
    const section = (title: string, rows: readonly Record<string, unknown>[], columns: string[]) => {
      if (!rows.length) return;
      out.push('', title, textTable(columns, rows.map((row) => columns.map((c) => list(row[c]))), 48));
    };
    section('Addresses and networks', perAddress, ['IPAddress', 'Network', 'NetworkClass', 'City', 'CountryOrRegion', 'SignIns', 'Users', 'First', 'Last']);
    section('Accounts', r.rows as unknown as Record<string, unknown>[], ['UserPrincipalName', 'SignIns', 'Interactive', 'NonInteractive', 'Failures', 'Apps', 'First', 'Last']);
    section('Apps, per table', perApp, ['AppDisplayName', 'Type', 'SignIns', 'Users', 'Failures', 'First', 'Last']);
    for (const w of r.warnings) out.push('', `note: ${terminalSafe(w)}`);
    io.out(out.join('\n') + '\n');
  });
}
