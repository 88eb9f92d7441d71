/**
 * The guided notebooks as files: each .ipynb is what its Markdown source builds (nobody edited one by hand, nobody
 * forgot to rebuild), uses the tslab kernel, carries no outputs, has a parameters cell, imports signinlab by package
 * name, and asserts what it teaches against the synthetic tenant's labels. Running them is test/notebook's job.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Cell {
  cell_type: 'code' | 'markdown';
  id: string;
  metadata: { tags?: string[] };
  source: string[];
  outputs?: unknown[];
  execution_count?: number | null;
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec: { name: string; language: string } };
  nbformat: number;
  nbformat_minor: number;
}
interface Builder {
  parseCells(text: string): { cell_type: string; source: string; tags: string[] }[];
  build(): [string, string][];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require('../../scripts/build-notebooks.js') as Builder;

const DIR = path.resolve(__dirname, '..', '..', 'notebooks');
const EXPECTED = [
  '00-start-here',
  '01-volume-and-union',
  '02-token-replay',
  '03-legacy-authentication',
  '04-conditional-access-and-failures',
  '05-authentication-methods-and-token-types',
  '06-investigate-one-user',
];

describe('build-notebooks parser', () => {
  it('turns ```ts fences into code cells, keeps other fences in Markdown, splits Markdown at <!-- cell -->', () => {
    const cells = builder.parseCells(['# Title', '', '```kql', 'SigninLogs | take 1', '```', '<!-- cell -->', 'more', '```ts parameters', 'const A = 1;', '```', '```ts', 'show(A);', '```', 'end'].join('\n'));
    expect(cells).toEqual([
      { cell_type: 'markdown', source: '# Title\n\n```kql\nSigninLogs | take 1\n```', tags: [] },
      { cell_type: 'markdown', source: 'more', tags: [] },
      { cell_type: 'code', source: 'const A = 1;', tags: ['parameters'] },
      { cell_type: 'code', source: 'show(A);', tags: [] },
      { cell_type: 'markdown', source: 'end', tags: [] },
    ]);
  });
  it('refuses an unclosed code fence, naming its line', () => {
    expect(() => builder.parseCells('text\n```ts\nconst a = 1;')).toThrow(/opened at line 2/);
  });
});

describe('the notebooks', () => {
  const built = new Map(builder.build());

  it('are the seven teaching notebooks, each up to date with its source', () => {
    expect([...built.keys()]).toEqual(EXPECTED);
    for (const [name, text] of built) {
      const file = path.join(DIR, `${name}.ipynb`);
      expect(fs.existsSync(file)).toBe(true);
      // a mismatch means: run `node scripts/build-notebooks.js` and commit the result
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    }
  });

  for (const name of EXPECTED) {
    describe(name, () => {
      const nb = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.ipynb`), 'utf8')) as Notebook;
      const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
      const all = code.join('\n');

      it('is nbformat 4 with the tslab kernel and no outputs', () => {
        expect(nb.nbformat).toBe(4);
        expect(nb.metadata.kernelspec).toMatchObject({ name: 'tslab', language: 'typescript' });
        for (const c of nb.cells.filter((x) => x.cell_type === 'code')) {
          expect(c.outputs).toEqual([]);
          expect(c.execution_count).toBeNull();
        }
        expect(new Set(nb.cells.map((c) => c.id)).size).toBe(nb.cells.length);
      });

      it('starts its code with a parameters cell and loads through loadSignIns (synthetic unless a workspace is set)', () => {
        const first = nb.cells.find((c) => c.cell_type === 'code')!;
        expect(first.metadata.tags).toEqual(['parameters']);
        expect(all).toMatch(/SIGNINLAB_WORKSPACE_ID/);
        expect(all).toMatch(/loadSignIns\(live \? \{ kind: 'workspace', timespan: TIMESPAN \} : \{ kind: 'synthetic', users: USERS, days: DAYS, seed: SEED \}\)/);
      });

      it('imports the library by package name only', () => {
        const specifiers = [...all.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
        expect(specifiers).toContain('signinlab');
        for (const s of specifiers) expect(['signinlab', 'node:fs', 'node:path']).toContain(s);
      });

      it('asserts what it teaches, on synthetic data only', () => {
        const checks = code.filter((c) => /if \(labels/.test(c) && /throw new Error/.test(c));
        expect(checks.length).toBeGreaterThan(0);
      });

      it('teaches in Markdown: more prose than code, and a next step', () => {
        const prose = nb.cells.filter((c) => c.cell_type === 'markdown').map((c) => c.source.join('')).join('\n');
        expect(prose.length).toBeGreaterThan(all.length * 0.8);
        expect(prose).toMatch(/^## (What to do next|Next)/m);
      });
    });
  }

  it('show the KQL twin of each analysis they run', () => {
    for (const name of EXPECTED.slice(1)) {
      const nb = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.ipynb`), 'utf8')) as Notebook;
      const all = nb.cells.map((c) => c.source.join('')).join('\n');
      expect(all).toMatch(/\.kql\(/);
    }
  });
});
