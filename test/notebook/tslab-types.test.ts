/**
 * What an analyst types in a notebook cell must type-check there. tslab compiles each cell with its own TypeScript
 * settings (its converter: ESNext modules, node10 resolution, the package's .d.ts from dist/), so this test hands the
 * cells to tslab's own converter, as the kernel does, and asserts they compile without a diagnostic. A signature that
 * only accepts Record<string, unknown> rows (which interfaces such as TokenReplayRow are not) fails here with tslab's
 * "Index signature for type 'string' is missing".
 *
 * Needs dist/ built (`npm test` builds first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Converter {
  convert(prevDecl: string, src: string): { diagnostics: { messageText: string; start: number; fileName?: string }[]; declOutput?: string };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createConverter } = require('tslab/dist/converter') as { createConverter(options?: object): Converter };

const ROOT = path.resolve(__dirname, '..', '..');
// `npm ci` removes the little package that lets notebooks import signinlab by name; every notebook script puts it back
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('../../scripts/link-signinlab.js') as { linkSignInLab(root: string): void }).linkSignInLab(ROOT);

/** Runs cells one after another like a kernel (each sees the declarations of the earlier ones). */
function compileCells(cells: string[]): string[] {
  const converter = createConverter();
  const errors: string[] = [];
  let decls = '';
  try {
    for (const cell of cells) {
      const r = converter.convert(decls, cell);
      errors.push(...r.diagnostics.map((d) => `${cell.split("\n")[0].slice(0, 60)}: ${d.fileName ? `${d.fileName}: ` : ""}${d.messageText}`));
      if (r.declOutput) decls = r.declOutput;
    }
  } finally {
    converter.close();
  }
  return errors;
}

const ANALYSES = ['legacyAuth', 'conditionalAccess', 'failureTriage', 'passwordSpray', 'mfaOutcomes', 'authMethods', 'tokenTypes', 'union', 'volumeRatio', 'appFootprint', 'userTimeline', 'tokenReplay'];

test('the built package is what notebooks import', () => {
  expect(fs.existsSync(path.join(ROOT, 'dist', 'index.d.ts'))).toBe(true);
  expect(fs.existsSync(path.join(ROOT, 'node_modules', 'signinlab', 'package.json'))).toBe(true);
});

test('every analysis result, its rows, and runDetectors findings convert with toDataFrame, typed as in tslab', () => {
  const cells = [
    `import { ${ANALYSES.join(', ')}, runDetectors, detect, syntheticTenant, toDataFrame, toColumns } from 'signinlab';`,
    "const { table } = syntheticTenant({ users: 5, days: 1, seed: 1 });",
    ...ANALYSES.map((a) => `const ${a}Frame = toDataFrame(${a}.run(table${a === 'userTimeline' || a === 'appFootprint' ? ", { user: 'x@contoso.com' }" : ''}).rows);\nconst ${a}Result = toDataFrame(${a}.run(table${a === 'userTimeline' || a === 'appFootprint' ? ", { user: 'x@contoso.com' }" : ''}));`),
    "const findingsFrame = toDataFrame(runDetectors(table), { columns: ['severity', 'detector', 'userPrincipalName', 'summary'] });",
    "const detected = detect(table);\nconst firstResult = toDataFrame(detected.results[0].result);\nconst cols = toColumns(detected.findings);",
  ];
  expect(compileCells(cells)).toEqual([]);
}, 120_000);

test('the check can fail: a wrong call is reported the way tslab reports it', () => {
  const errors = compileCells(["import { toDataFrame } from 'signinlab';", 'const df = toDataFrame(42);']);
  expect(errors.join('\n')).toMatch(/Argument of type 'number' is not assignable/);
}, 120_000);
