import { query } from '../../src/kql/engine/query';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { ANALYSES } from '../../src/analyses/registry';

const norm = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : Array.isArray(v) ? JSON.stringify(v) : v);
test('explore', () => {
  const seed = Number(process.env.SEED ?? 7), users = Number(process.env.USERS ?? 12), days = Number(process.env.DAYS ?? 3);
  const { table } = syntheticTenant({ users, days, seed });
  const now = table.timeRange()!.last + 3600_000;
  const only = process.env.ONLY?.split(',');
  for (const a of ANALYSES) {
    if (only && !only.includes(a.id)) continue;
    const user = table.row(0).UserPrincipalName;
    const ov = a.id === 'user-timeline' ? { user } : {};
    const ts: any = a.run(table, ov as any);
    let r;
    const t1 = Date.now();
    try { r = query(table, a.kql(ov, {}), { now }); } catch (e) { console.log(a.id, 'KQL ERR', String(e).slice(0, 200)); continue; }
    const ms = Date.now() - t1;
    const cols = Object.keys(ts.rows[0] ?? r.rows[0] ?? {});
    const kcols = r.columns.map((c) => c.name);
    const key = (row: any) => JSON.stringify(cols.map((c) => norm(row[c])));
    const A = ts.rows.map(key), B = r.rows.map(key);
    const onlyTs = A.filter((x: string) => !B.includes(x)), onlyK = B.filter((x: string) => !A.includes(x));
    const out = [`${a.id}: ts ${A.length} kql ${B.length} (${ms}ms) cols same: ${JSON.stringify(cols) === JSON.stringify(kcols) ? 'yes' : JSON.stringify(cols) + ' vs ' + JSON.stringify(kcols)}`];
    out.push('onlyTS ' + onlyTs.length + '\n' + onlyTs.slice(0, 4).join('\n'));
    out.push('onlyKQL ' + onlyK.length + '\n' + onlyK.slice(0, 4).join('\n'));
    console.log(out.join('\n'));
  }
});
