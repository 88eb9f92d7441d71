/**
 * The README's two commands on a fresh machine: `npm test` and `npm run lab` each run scripts/setup.sh first, which
 * installs what is missing, says what and why, uses sudo only when not root, and prints the exact commands where it
 * cannot install. Proved here on a copy of the scripts with stand-ins for apt-get, sudo, id and npm on a PATH of their
 * own (so the machine's real apt-get is never reached), a "system Python" that has Jupyter only once apt-get has
 * "installed" it, and a temporary Jupyter data folder for the kernel.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const REAL = ['bash', 'node', 'dirname', 'find', 'cat', 'mkdir', 'touch', 'chmod', 'env', 'rm'];

interface Machine {
  dir: string;
  repo: string;
  log: () => string[];
  run: (args: string[], env?: Record<string, string>) => { code: number | null; stdout: string; stderr: string };
}

/** A fresh clone (scripts, package files and a source file; no node_modules, no dist) on a machine of stand-ins. */
function machine({ uid = 1000, apt = true, sudo = true, jupyter = false, chromium = false, npmInstalled = false }: Partial<Record<'apt' | 'sudo' | 'jupyter' | 'chromium' | 'npmInstalled', boolean>> & { uid?: number } = {}): Machine {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-setup-'));
  const bin = join(dir, 'bin');
  const repo = join(dir, 'repo');
  mkdirSync(bin);
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  mkdirSync(join(repo, 'src'));
  for (const f of ['setup.sh', 'register-kernel.js', 'jupyter-env.js', 'link-signinlab.js']) copyFileSync(join(ROOT, 'scripts', f), join(repo, 'scripts', f));
  writeFileSync(join(repo, 'package-lock.json'), '{}');
  writeFileSync(join(repo, 'src', 'index.ts'), 'export {};\n');
  for (const tool of REAL) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(found, join(bin, tool));
  }
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!${join(bin, 'bash')}\necho "${name} $*" >> "${dir}/log"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('id', `echo ${uid}`);
  if (apt) {
    stub(
      'apt-get',
      `if [ "$1" = install ]; then for p in "$@"; do case "$p" in python3-nbclient) touch "${dir}/jupyter-installed" ;; chromium) printf '#!/bin/sh\\n' > "${dir}/chromium"; chmod +x "${dir}/chromium" ;; esac; done; fi`,
    );
  }
  if (sudo) stub('sudo', 'if [ "$1" = -n ]; then exit 0; fi\nexec "$@"');
  stub(
    'npm',
    [
      'case "$1" in',
      '  ci) mkdir -p node_modules/.bin node_modules/jest/bin node_modules/tslab/bin && touch node_modules/.bin/tsc node_modules/jest/bin/jest.js node_modules/tslab/bin/tslab node_modules/.package-lock.json && chmod +x node_modules/.bin/tsc ;;',
      '  run) mkdir -p dist && touch dist/index.js ;;',
      'esac',
    ].join('\n'),
  );
  // The Python apt installs into: it has Jupyter once apt-get has run (or from the start).
  if (jupyter) writeFileSync(join(dir, 'jupyter-installed'), '');
  writeFileSync(join(dir, 'python3'), `#!${join(bin, 'bash')}\n[ -f "${dir}/jupyter-installed" ] || exit 1\nexec /usr/bin/python3 "$@"\n`);
  chmodSync(join(dir, 'python3'), 0o755);
  if (chromium) {
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(dir, 'chromium'), 0o755);
  }
  if (npmInstalled) {
    spawnSync(join(bin, 'npm'), ['ci'], { cwd: repo, env: { PATH: bin } });
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'index.js'), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(repo, 'src', 'index.ts'), past, past);
    utimesSync(join(repo, 'package-lock.json'), past, past);
  }
  writeFileSync(join(dir, 'log'), '');
  // A kernel registered elsewhere whose tslab is gone: not a working one, so setup registers its own.
  const shadow = join(dir, 'shadow', 'kernels', 'tslab');
  mkdirSync(shadow, { recursive: true });
  writeFileSync(join(shadow, 'kernel.json'), JSON.stringify({ argv: ['/gone/node', '/gone/tslab', 'kernel'], display_name: 'TypeScript', language: 'typescript' }));
  return {
    dir,
    repo,
    log: () => readFileSync(join(dir, 'log'), 'utf8').trim().split('\n').filter(Boolean),
    run: (args, env = {}) => {
      const r = spawnSync(join(bin, 'bash'), [join(repo, 'scripts', 'setup.sh'), ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: {
          PATH: bin,
          HOME: dir,
          SIGNINLAB_SYSTEM_PYTHON: join(dir, 'python3'),
          SIGNINLAB_CHROMIUM: join(dir, 'chromium'),
          JUPYTER_DATA_DIR: join(dir, 'jupyter'),
          JUPYTER_PATH: join(dir, 'shadow'),
          ...env,
        },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

const machines: Machine[] = [];
const make = (o: Parameters<typeof machine>[0] = {}) => {
  const m = machine(o);
  machines.push(m);
  return m;
};
afterAll(() => {
  for (const m of machines) rmSync(m.dir, { recursive: true, force: true });
});

const TEST_PACKAGES = 'jupyter-nbconvert python3-nbclient chromium';

describe('npm test on a fresh Debian machine', () => {
  test('as a user with sudo: says what is missing and why, installs it through sudo, then npm packages and the kernel', () => {
    const m = make();
    const r = m.run(['--for', 'test']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/==> missing for npm test:\n==>   Jupyter \(nbclient, nbconvert, jupyter_client\): npm test executes every notebook.*\n==>   Chromium: npm test opens the HTML incident report in headless Chromium/);
    expect(r.stdout).toContain(`==> installing with sudo (not root): sudo apt-get install ${TEST_PACKAGES}`);
    expect(r.stdout).toMatch(/==> installing npm packages: npm ci \(TypeScript, jest, tslab/);
    expect(r.stdout).toMatch(/==> tslab kernel: registered "tslab" in .*jupyter\/kernels\/tslab/);
    expect(r.stdout).toMatch(/==> ready for npm test/);
    expect(m.log()).toEqual([
      'id -u',
      'sudo -n true',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get update',
      'apt-get update',
      `sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${TEST_PACKAGES}`,
      `apt-get install -y --no-install-recommends ${TEST_PACKAGES}`,
      'npm ci --no-audit --no-fund',
      'npm run build --silent',
    ]);
    const kernel = JSON.parse(readFileSync(join(m.dir, 'jupyter', 'kernels', 'tslab', 'kernel.json'), 'utf8'));
    expect(kernel.argv[1]).toBe(join(m.repo, 'node_modules', 'tslab', 'bin', 'tslab'));
    expect(existsSync(join(m.repo, 'node_modules', 'signinlab', 'index.js'))).toBe(true);
  });

  test('as root: apt-get directly, never sudo', () => {
    const m = make({ uid: 0 });
    const r = m.run(['--for', 'test']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`==> installing (as root): apt-get install ${TEST_PACKAGES}`);
    expect(m.log().filter((l) => l.startsWith('sudo'))).toEqual([]);
    expect(m.log()).toContain(`apt-get install -y --no-install-recommends ${TEST_PACKAGES}`);
  });

  test('npm run lab needs Jupyter Notebook and not Chromium', () => {
    const m = make({ uid: 0 });
    const r = m.run(['--for', 'lab']);
    expect(r.code).toBe(0);
    expect(m.log()).toContain('apt-get install -y --no-install-recommends jupyter-notebook jupyter-nbconvert python3-nbclient');
  });

  test('a second run installs nothing', () => {
    const m = make({ uid: 0 });
    expect(m.run(['--for', 'test']).code).toBe(0);
    const before = m.log().length;
    const again = m.run(['--for', 'test'], { JUPYTER_PATH: '' });
    expect(again.code).toBe(0);
    expect(m.log().slice(before)).toEqual([]);
    expect(again.stdout).toMatch(/tslab kernel: already registered in .*; kept/);
  });
});

describe('where it cannot install, it prints exactly what to run', () => {
  test('not root and no sudo: the apt-get command, and exit code 1', () => {
    const m = make({ sudo: false });
    const r = m.run(['--for', 'test']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${TEST_PACKAGES}`);
    expect(m.log()).toEqual(['id -u']);
  });

  test('no apt-get: a Python environment with Jupyter and a Chromium, with the variables to set', () => {
    const m = make({ apt: false });
    const r = m.run(['--for', 'test']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('this system has no apt-get (not Debian/Ubuntu)');
    expect(r.stderr).toContain('python3 -m venv "$HOME/.signinlab-jupyter"');
    expect(r.stderr).toContain('"$HOME/.signinlab-jupyter/bin/pip" install notebook nbclient nbconvert');
    expect(r.stderr).toContain('export SIGNINLAB_PYTHON="$HOME/.signinlab-jupyter/bin/python"');
    expect(r.stderr).toContain('export SIGNINLAB_CHROMIUM=/path/to/chromium');
    expect(m.log()).toEqual([]);
  });

  test('no apt-get but everything present: nothing to install, nothing printed to stderr', () => {
    const m = make({ apt: false, jupyter: true, chromium: true, npmInstalled: true });
    const r = m.run(['--for', 'test']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(m.log()).toEqual([]);
  });
});

describe('the README commands are these', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  test('npm test and npm run lab begin with the set-up, in a form that runs before node_modules exists', () => {
    expect(pkg.scripts.test).toMatch(/^bash scripts\/setup\.sh --for test && /);
    expect(pkg.scripts.lab).toBe('bash scripts/open-notebooks.sh');
    expect(readFileSync(join(ROOT, 'scripts', 'open-notebooks.sh'), 'utf8')).toMatch(/\nbash "\$ROOT\/scripts\/setup\.sh" --for lab\n/);
  });

  test('CI runs exactly npm test and npm run lab, nothing installed by hand before them', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const commands = ci
      .split('\n')
      .filter((l) => /^\s*[^#\s]/.test(l))
      .filter((l) => /\b(npm|apt-get|setup\.sh|pip)\b/.test(l) && !/^\s*(step|echo) /.test(l));
    expect(commands.map((l) => l.trim())).toEqual(['npm test', expect.stringMatching(/^SIGNINLAB_NO_BROWSER=1 setsid npm run lab -- --port "\$PORT"/)]);
  });

  test('the README shows the two commands first', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const setup = readme.slice(readme.indexOf('## Set up'));
    const block = /```sh\n([\s\S]*?)```/.exec(setup)![1];
    expect(block.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split('#')[0].trim())).toEqual(['npm test', 'npm run lab']);
  });
});
