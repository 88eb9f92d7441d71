/** docs/kql-engine.md lists every function the engine runs, and every column it serves is described there. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregateFunctionNames } from '../../../src/kql/engine/aggregates/registry';
import { scalarFunctionNames } from '../../../src/kql/engine/functions/registry';
import { REBUILT_COLUMNS, signInColumns } from '../../../src/kql/engine/sources/sign-in-columns';

const doc = readFileSync(path.join(__dirname, '../../../docs/kql-engine.md'), 'utf8');
/** Names written in the page's lists (comma- or space-separated words, backticks allowed). */
const listed = new Set(doc.split(/[\s,.;:()`|]+/).filter(Boolean));

test('every registered scalar function and aggregate is named in docs/kql-engine.md', () => {
  const missing = [...scalarFunctionNames(), ...aggregateFunctionNames()].filter((n) => !listed.has(n));
  expect(missing).toEqual([]);
});

test('every column read as loaded or rebuilt is named in the columns table', () => {
  const served = signInColumns('SigninLogs').filter((c) => c.source.kind !== 'absent').map((c) => c.name);
  expect(served.filter((n) => !listed.has(n))).toEqual([]);
  expect(Object.keys(REBUILT_COLUMNS).sort()).toEqual(['AuthenticationDetails', 'ConditionalAccessPolicies', 'DeviceDetail', 'LocationDetails', 'Status']);
  for (const name of Object.keys(REBUILT_COLUMNS)) expect(listed.has(name)).toBe(true);
});
