/**
 * `signinlab kql ANALYSIS` / `signinlab kql --all`: the Kusto twin of an analysis, with its thresholds (or --param
 * overrides) and the analyst's scope filled in as escaped literals, ready to paste into Log Analytics or Sentinel.
 * Text output is the query (for --all, each headed by `// <id>: <question>`); --json prints `[{"id", "kql"}]` in
 * both cases, so scripts read one shape.
 */
import type { Command } from 'commander';
import type { KqlScope } from '../../analyses/analysis';
import { authMethods } from '../../analyses/auth-methods';
import { ANALYSES, analysisById, type AnyAnalysis } from '../../analyses/registry';
import { tokenTypes } from '../../analyses/token-types';
import { ipPivot } from '../../analyses/ip-pivot';
import { UserError, isUserError } from '../../errors';
import { parseOverrides } from '../../analyses/parse-overrides';
import { checkOverrides } from '../check-overrides';
import type { CliIO } from '../io';

/** Stands in for the UPN of an analysis that needs one when --all runs without --user. */
const USER_PLACEHOLDER = '<UserPrincipalName>';

/** Every analysis with a twin: the registry's, plus any not (yet) listed there. */
function twinAnalyses(): AnyAnalysis[] {
  const all = [...ANALYSES];
  for (const a of [authMethods, tokenTypes, ipPivot] as AnyAnalysis[]) if (!all.some((x) => x.id === a.id)) all.push(a);
  return all;
}

function find(id: string): AnyAnalysis {
  const a = analysisById(id) ?? twinAnalyses().find((x) => x.id === id);
  if (!a) throw new UserError(`unknown analysis "${id}"; expected one of: ${twinAnalyses().map((x) => x.id).join(', ')}`);
  return a;
}

/** The twin's text; with --all, an analysis that needs a user gets a visible placeholder instead of failing the run. */
function render(a: AnyAnalysis, overrides: Record<string, unknown>, scope: KqlScope, all: boolean): string {
  try {
    return a.kql(overrides, scope);
  } catch (e) {
    if (!all || !isUserError(e) || scope.user || !('user' in a.parameters)) throw e;
    const note = `// ${a.id} needs --user; "${USER_PLACEHOLDER}" stands in for it below.\n`;
    return note + a.kql({ ...overrides, user: USER_PLACEHOLDER }, scope);
  }
}

interface KqlOptions {
  all?: boolean;
  json?: boolean;
  user?: string;
  ip?: string;
  timespan?: string;
  param: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Said on stderr (stdout stays a query to paste) when no --timespan is given. */
export const NO_TIMESPAN =
  'note: no --timespan, so the query has no time filter of its own: it reads whatever time range it is run with ' +
  "(the Log Analytics portal's time picker, 24 hours by default; the query API's timespan). " +
  'Add --timespan P7D (or start/end) to put the window in the query.\n';

export function registerKql(program: Command, io: CliIO): void {
  program
    .command('kql')
    .description('Print the Kusto query (KQL twin) of an analysis, thresholds and scope filled in as escaped literals.')
    .argument('[analysis]', 'analysis id (e.g. token-replay, volume-ratio)')
    .option('--all', 'every analysis')
    .option('--user <upn>', 'only this UserPrincipalName (compared case-insensitively)')
    .option('--ip <address>', 'only this IP address')
    .option('--timespan <iso>', 'ISO 8601 duration back from now (P7D, PT12H, P1M) or interval (start/end; UTC unless a zone is given)')
    .option('--param <analysis.parameter=value>', 'override a threshold (repeatable)', collect, [] as string[])
    .option('--json', 'print [{"id", "kql"}] as JSON')
    .action((id: string | undefined, opts: KqlOptions) => {
      if (!id && !opts.all) throw new UserError(`name an analysis or pass --all; analyses: ${twinAnalyses().map((a) => a.id).join(', ')}`);
      if (id && opts.all) throw new UserError('name one analysis or pass --all, not both');
      const chosen = opts.all ? twinAnalyses() : [find(id!)];
      const overrides = checkOverrides(parseOverrides(opts.param));
      const scope: KqlScope = {
        ...(opts.user ? { user: opts.user } : {}),
        ...(opts.ip ? { ip: opts.ip } : {}),
        ...(opts.timespan ? { timespan: opts.timespan } : {}),
      };
      const out = chosen.map((a) => ({ id: a.id, question: a.question, kql: render(a, overrides[a.id] ?? {}, scope, !!opts.all) }));
      // Without --timespan the query filters no time: what it reads is the time range the workspace is asked with.
      if (!opts.timespan) io.err(NO_TIMESPAN);
      if (opts.json) {
        io.out(JSON.stringify(out.map(({ id, kql }) => ({ id, kql })), null, 2) + '\n');
        return;
      }
      if (!opts.all) {
        io.out(out[0].kql + '\n');
        return;
      }
      io.out(out.map((q) => `// ${q.id}: ${q.question}\n${q.kql}\n`).join('\n'));
    });
}
