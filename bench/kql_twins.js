#!/usr/bin/env node
/**
 * Every analysis's KQL twin in the local engine against the analysis's TypeScript, on the demo tenant (25 users,
 * 7 days, seed 1, the tenant `signinlab findings` runs on without files) or a bigger one:
 *
 *   node bench/kql_twins.js [--users 25] [--days 7] [--runs 3]     (after npm run build; npm run bench -- --only kql)
 *
 * Per analysis, median of --runs (wall and CPU ms): the TypeScript `run`; the twin's first run in this process
 * (parsing and binding with Microsoft's language service, planning, executing: what `signinlab query --analysis`
 * pays once); the twin again (its plan cached: a notebook cell run twice, the same twin on another tenant); and
 * whether the rows are the same (the differential test's comparison, done here too so a slow-but-wrong twin shows).
 */
'use strict';
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const lib = require(path.join(dist, 'index.js'));
const { ANALYSES } = require(path.join(dist, 'analyses', 'registry.js'));
const { withNetworkNames } = require(path.join(dist, 'analyses', 'token-replay', 'row.js'));
const { networkClassifier } = require(path.join(dist, 'networks', 'classify.js'));

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}
const users = Number(arg('users', '25'));
const days = Number(arg('days', '7'));
const runs = Number(arg('runs', '3'));

function once(f) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = f();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, result };
}
function median(f) {
  const out = Array.from({ length: runs }, () => once(f));
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(out.map((x) => x.wall)), cpu: mid(out.map((x) => x.cpu)), result: out[0].result };
}

const same = (v) => (v === null || v === undefined ? '' : v);
const canonical = (rows) => rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, same(r[k])]))).sort();

function main() {
  const { table } = lib.syntheticTenant({ users, days, seed: 1 });
  const now = table.timeRange().last + 3_600_000;
  const label = networkClassifier([]).label;
  lib.query(table, 'print 1'); // loads the language service once (2-4 s), as any first query does
  const lines = ['| analysis | rows | TypeScript run | twin, first run (parse + plan + execute) | twin, plan cached | same rows |', '|---|---|---|---|---|---|'];
  const ms = (r) => `${r.wall.toFixed(0)} ms (CPU ${r.cpu.toFixed(0)})`;
  for (const a of ANALYSES) {
    const overrides = a.id === 'user-timeline' ? { user: table.row(0).UserPrincipalName } : {};
    const text = a.kql(overrides, {});
    const ts = median(() => a.run(table, overrides));
    // A first run: a text the process has not planned yet (the plan cache is keyed by the text).
    let n = 0;
    const first = median(() => lib.query(table, `${text}\n// bench run ${++n}`, { now }));
    const warm = median(() => lib.query(table, text, { now }));
    let twin = warm.result.rows;
    if (a.id === 'token-replay') twin = twin.map((r) => withNetworkNames(r, label));
    const equal = JSON.stringify(canonical(twin)) === JSON.stringify(canonical(ts.result.rows));
    lines.push(`| ${a.id} | ${ts.result.rows.length} | ${ms(ts)} | ${ms(first)} | ${ms(warm)} | ${equal ? 'yes' : 'NO'} |`);
    process.stderr.write(lines[lines.length - 1] + '\n');
  }
  console.log(`\nTwins on a synthetic tenant of ${table.length} rows (${users} users x ${days} days, seed 1), median of ${runs}:\n`);
  console.log(lines.join('\n'));
}

main();
