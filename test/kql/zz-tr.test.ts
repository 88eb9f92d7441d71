import { query } from '../../src/kql/engine/query';
import { parseQuery } from '../../src/kql/engine/parse/parse';
import { signInCatalog } from '../../src/kql/engine/sources/sign-in-tables';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { tokenReplay } from '../../src/analyses/token-replay';

test('tr', () => {
  const seed = Number(process.env.SEED ?? 7), users = Number(process.env.USERS ?? 12), days = Number(process.env.DAYS ?? 3);
  const { table } = syntheticTenant({ users, days, seed });
  console.log('rows', table.length);
  const q = tokenReplay.kql({}, {});
  let t = Date.now();
  parseQuery(q, signInCatalog());
  console.log('parse+bind', Date.now() - t);
  t = Date.now();
  const ts = tokenReplay.run(table, {});
  const t1 = Date.now();
  const timings: any[] = [];
  const r = query(table, q, { now: 0, timings });
  const t2 = Date.now();
  console.log('ts', ts.rows.length, t1 - t, 'ms; kql', r.rows.length, t2 - t1, 'ms');
  const pos = (at: number) => { const b = q.slice(0, at).split('\n'); return `${b.length}:${b[b.length - 1].length + 1}`; };
  const byOp = new Map<string, {ms: number, n: number, rows: number}>();
  for (const x of timings) { const k = `${x.op}@${pos(x.at)}`; const e = byOp.get(k) ?? {ms: 0, n: 0, rows: 0}; e.ms += x.ms; e.n++; e.rows = Math.max(e.rows, x.rows); byOp.set(k, e); }
  console.log('total op ms', timings.reduce((n, x) => n + x.ms, 0).toFixed(0));
  console.log([...byOp].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30).map(([k, e]) => `${k} ${e.ms.toFixed(0)}ms x${e.n} rows ${e.rows}`).join('\n'));
});
