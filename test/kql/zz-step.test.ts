import { query } from '../../src/kql/engine/query';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { ANALYSES } from '../../src/analyses/registry';

test('step', () => {
  const seed = Number(process.env.SEED ?? 7), users = Number(process.env.USERS ?? 12), days = Number(process.env.DAYS ?? 3);
  const { table } = syntheticTenant({ users, days, seed });
  const a = ANALYSES.find((x) => x.id === (process.env.ID ?? 'token-replay'))!;
  const q = a.kql({}, {});
  const cut = q.lastIndexOf(';\n') + 2;
  for (const step of (process.env.STEPS ?? 'rows | count').split(';;')) {
    const r = query(table, q.slice(0, cut) + step, { now: 0 });
    console.log(step + '\n' + JSON.stringify(r.rows.slice(0, Number(process.env.N ?? 20)), null, 0).replace(/\},\{/g, '}\n{'));
  }
});
