import { query } from '../../src/kql/engine/query';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { ANALYSES } from '../../src/analyses/registry';

const norm = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : Array.isArray(v) ? JSON.stringify(v) : v);
test('diff', () => {
  const seed = Number(process.env.SEED ?? 7), users = Number(process.env.USERS ?? 12), days = Number(process.env.DAYS ?? 3);
  const { table } = syntheticTenant({ users, days, seed });
  const a = ANALYSES.find((x) => x.id === (process.env.ID ?? 'token-replay'))!;
  const keyCols = (process.env.KEY ?? 'UserPrincipalName,FirstRefreshTime').split(',');
  const ts: any = a.run(table, {});
  const t1 = Date.now();
  const r = query(table, a.kql({}, {}), { now: table.timeRange()!.last });
  console.log(`ts ${ts.rows.length} kql ${r.rows.length} in ${Date.now() - t1}ms`);
  const key = (row: any) => keyCols.map((c) => norm(row[c])).join(' | ');
  const A = new Map(ts.rows.map((x: any) => [key(x), x])), B = new Map(r.rows.map((x: any) => [key(x), x]));
  const out: string[] = [];
  const ignore = (process.env.IGNORE ?? '').split(',');
  const counts: Record<string, number> = {};
  for (const [k, x] of A as Map<string, any>) {
    const y: any = B.get(k);
    if (!y) { out.push('ONLY TS: ' + k + ' ' + JSON.stringify(x).slice(0, 600)); continue; }
    for (const c of Object.keys(x)) {
      if (ignore.includes(c)) continue;
      if (norm(x[c]) !== norm(y[c])) { counts[c] = (counts[c] ?? 0) + 1; if (counts[c] <= Number(process.env.N ?? 3)) out.push(`${k} ${c}: ts=${JSON.stringify(x[c])} kql=${JSON.stringify(y[c])}`); }
    }
  }
  for (const [k, y] of B as Map<string, any>) if (!A.has(k)) out.push('ONLY KQL: ' + k + ' ' + JSON.stringify(y).slice(0, 600));
  console.log(JSON.stringify(counts) + '\n' + out.join('\n'));
});
