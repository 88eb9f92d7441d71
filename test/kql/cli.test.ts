import { run } from '../../src/cli/main';
import { bufferIO } from '../../src/cli/io';
import { validateKql } from '../../src/kql/validate';
import { TWINS, TWIN_IDS } from './twin-list';

describe('signinlab kql', () => {
  it('--all --json prints one {id, kql} per analysis', async () => {
    const io = bufferIO();
    expect(await run(['kql', '--all', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as { id: string; kql: string }[];
    expect(out.map((q) => q.id).sort()).toEqual([...TWIN_IDS].sort());
    for (const q of out) expect(Object.keys(q)).toEqual(['id', 'kql']);
    const timeline = out.find((q) => q.id === 'user-timeline')!;
    expect(timeline.kql).toMatch(/^\/\/ user-timeline needs --user/);
  });

  it('one analysis with a scope prints the same shape, values escaped, and it binds', async () => {
    const io = bufferIO();
    const code = await run(['kql', 'token-replay', '--user', 'x" or 1==1 //', '--ip', '203.0.113.9', '--timespan', 'P3D', '--json'], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.stdout) as { id: string; kql: string }[];
    expect(out).toHaveLength(1);
    expect(out[0].id).toBe('token-replay');
    expect(out[0].kql).toContain('UserPrincipalName =~ "x\\" or 1==1 //"');
    expect(out[0].kql).toContain('TimeGenerated > ago(3d)');
    expect(validateKql(out[0].kql).ok).toBe(true);
  });

  it('text output is the query itself, and --all heads each with its id and question', async () => {
    const one = bufferIO();
    expect(await run(['kql', 'legacy-auth'], one)).toBe(0);
    expect(one.stdout).toMatch(/^\/\/ legacy-auth: /);
    expect(one.stdout).toContain('union');
    const all = bufferIO();
    expect(await run(['kql', '--all'], all)).toBe(0);
    expect(all.stdout).toContain("// token-replay: Is a session or token of the user's being used from a network and device");
    for (const a of TWINS) expect(all.stdout).toContain(`// ${a.id}: ${a.question}\n`);
  });

  it('--param changes a threshold', async () => {
    const io = bufferIO();
    expect(await run(['kql', 'volume-ratio', '--param', 'volume-ratio.suspicious=900'], io)).toBe(0);
    expect(io.stdout).toContain('let suspicious = 900;');
  });

  it('an unknown analysis exits 2 and lists the ids', async () => {
    const io = bufferIO();
    expect(await run(['kql', 'nope'], io)).toBe(2);
    expect(io.stderr).toContain('unknown analysis "nope"');
    for (const id of TWIN_IDS) expect(io.stderr).toContain(id);
  });

  it('no analysis and no --all, or a bad timespan, exit 2 with a message', async () => {
    const a = bufferIO();
    expect(await run(['kql'], a)).toBe(2);
    expect(a.stderr).toContain('--all');
    const b = bufferIO();
    expect(await run(['kql', 'union', '--timespan', 'yesterday'], b)).toBe(2);
    expect(b.stderr).toContain('timespan "yesterday"');
  });
});

describe('signinlab kql without --timespan', () => {
  it('says on stderr that the query has no time filter of its own; stdout stays the bare query', async () => {
    const io = bufferIO();
    expect(await run(['kql', 'union'], io)).toBe(0);
    expect(io.stderr).toContain('no --timespan, so the query has no time filter of its own');
    expect(io.stdout).not.toContain('note:');
    expect(validateKql(io.stdout).ok).toBe(true);
    const given = bufferIO();
    expect(await run(['kql', 'union', '--timespan', 'P3D'], given)).toBe(0);
    expect(given.stderr).toBe('');
  });
});
