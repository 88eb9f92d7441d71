/** The shared CLI options: files or a workspace, never both, and workspace-only options refused with files. */
import { Command } from 'commander';
import { bufferIO } from '../../src/cli/io';
import { addSourceOptions, resolvePushdown, resolveSource } from '../../src/cli/source-options';
import { passwordSpray } from '../../src/analyses/password-spray';
import { clientOptionsFor, fixtureServer, standInCredential, WORKSPACE } from './loopback/live-harness';
import type { LoopbackServer } from './loopback/log-analytics-server';
import { FIXTURE_TIMESPAN, SPRAY_IP, USERS } from './loopback/wire-fixture';

let server: LoopbackServer;
const savedWorkspace = process.env.SIGNINLAB_WORKSPACE_ID;
beforeAll(async () => {
  server = await fixtureServer();
  delete process.env.SIGNINLAB_WORKSPACE_ID;
});
afterAll(async () => {
  await server.close();
  if (savedWorkspace !== undefined) process.env.SIGNINLAB_WORKSPACE_ID = savedWorkspace;
});

function parse(argv: string[]) {
  const cmd = addSourceOptions(new Command('findings').argument('[files...]').exitOverride());
  cmd.parse(argv, { from: 'user' });
  return { files: cmd.args, opts: cmd.opts() };
}

test('the options parse as the commands will read them', () => {
  const { files, opts } = parse(['--workspace', WORKSPACE, '--timespan', 'P1D', '--user', 'ann@contoso.com', '--ip', '1.2.3.4', '--pushdown', '--endpoint', 'china']);
  expect(files).toEqual([]);
  expect(opts).toEqual({ workspace: WORKSPACE, timespan: 'P1D', user: 'ann@contoso.com', ip: '1.2.3.4', pushdown: true, endpoint: 'china' });
});

test.each([
  [['a.jsonl', '--workspace', WORKSPACE], /files or --workspace, not both/],
  [['a.jsonl', '--user', 'ann@contoso.com', '--timespan', 'P1D'], /--timespan, --user narrow a workspace query/],
  [[], /nothing to read: give sign-in files, or --workspace/],
  [['--workspace', WORKSPACE, '--pushdown'], /--pushdown runs an analysis in the workspace/],
  [['--workspace', WORKSPACE, '--tables', 'SigninLogs,SecurityEvent'], /--tables: SecurityEvent is not SigninLogs or AADNonInteractiveUserSignInLogs/],
])('%j is refused', async (argv, message) => {
  const { files, opts } = parse(argv);
  await expect(resolveSource(files, opts, bufferIO())).rejects.toThrow(message);
});

test('a workspace pull narrowed to one user, with progress on the side', async () => {
  const { files, opts } = parse(['--workspace', WORKSPACE, '--endpoint', server.endpoint, '--timespan', FIXTURE_TIMESPAN, '--user', USERS[1], '--tables', 'AADNonInteractiveUserSignInLogs']);
  const lines: string[] = [];
  const io = { ...bufferIO(), progress: (t: string) => void lines.push(t) };
  const { clientOptions } = await clientOptionsFor(server);
  const r = await resolveSource(files, opts, io, { credential: standInCredential(), clientOptions });
  expect(r.table.rows().every((s) => s.UserPrincipalName === USERS[1])).toBe(true);
  expect(r.table.length).toBeGreaterThan(0);
  expect(r.rows.SigninLogs).toBe(0);
  expect(lines).toContainEqual(expect.stringMatching(/^pulling AADNonInteractiveUserSignInLogs: 100% \(\d+ rows, 1 query\)$/));
  expect(lines.at(-1)).toBe('');
});

test('--pushdown with files is refused; with a workspace it sends the twin scoped to the options', async () => {
  await expect(resolvePushdown(passwordSpray, ['a.jsonl'], { pushdown: true })).rejects.toThrow(/--pushdown needs a workspace/);
  const { opts } = parse(['--workspace', WORKSPACE, '--endpoint', server.endpoint, '--timespan', FIXTURE_TIMESPAN, '--ip', SPRAY_IP, '--pushdown']);
  const { clientOptions } = await clientOptionsFor(server);
  const before = server.requests.length;
  // The loopback server cannot run the twin; it refuses it as a syntax error, which proves what was sent.
  await expect(resolvePushdown(passwordSpray, [], opts, {}, { credential: standInCredential(), clientOptions })).rejects.toThrow(/refused the query \(400\)/);
  expect(server.requests.slice(before).map((r) => r.query)).toEqual([passwordSpray.kql({}, { ip: SPRAY_IP, timespan: FIXTURE_TIMESPAN })]);
});
