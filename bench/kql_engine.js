#!/usr/bin/env node
/**
 * The local KQL engine against the TypeScript analyses and DuckDB, on the same loaded sign-ins, in one process:
 *
 *   node bench/kql_engine.js [--rows 1000000] [--runs 3]     (after npm run build; npm run bench -- --only kql)
 *
 * A deterministic synthetic tenant of about --rows rows is generated and loaded into a SignInTable. Then, each timed
 * --runs times (median reported, wall and CPU milliseconds; other jobs share this machine, so CPU is the steadier):
 *   count-by      `union SigninLogs, AADNonInteractiveUserSignInLogs | summarize count() by UserPrincipalName, Type`
 *                 KQL engine | TypeScript loop over the table's dictionary codes | DuckDB GROUP BY
 *   volume-ratio  the volume-ratio KQL twin | volumeRatio.run(table) | DuckDB SQL of the twin's per-day and per-user steps
 * "KQL engine" is a first run of the text (parsing and binding with Microsoft's language service, planning, executing;
 * parse+bind is also reported alone); "plan cached" runs the same text again (the engine plans a text once).
 * DuckDB (optional: npm install --no-save @duckdb/node-api) gets the same rows through its appender beforehand;
 * its load is not timed, only the queries.
 */
'use strict';
const path = require('node:path');
const lib = require(path.join(__dirname, '..', 'dist', 'index.js'));
const { parseQuery } = require(path.join(__dirname, '..', 'dist', 'kql', 'engine', 'parse', 'parse.js'));
const { signInCatalog } = require(path.join(__dirname, '..', 'dist', 'kql', 'engine', 'sources', 'sign-in-tables.js'));

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}
const wantRows = Number(String(arg('rows', '1000000')).replace(/k$/i, 'e3').replace(/m$/i, 'e6'));
const runs = Number(arg('runs', '3'));

function measure(f) {
  const out = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = f();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    out.push({ wall, cpu: (c.user + c.system) / 1000 });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(out.map((x) => x.wall)), cpu: median(out.map((x) => x.cpu)), result };
}

async function measureAsync(f) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await f();
    out.push({ wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000 });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // DuckDB works on its own threads: process CPU counts them too.
  return { wall: median(out.map((x) => x.wall)), cpu: median(out.map((x) => x.cpu)) };
}

/** DuckDB's SQL for the volume-ratio twin: per user and UTC day I, N, then per user totals and the peak day. */
const VOLUME_SQL = (p) => `
with days as (
  select UserPrincipalName, date_trunc('day', CreatedDateTime) as Day,
         count(*) filter (where Interactive) as I, count(*) filter (where not Interactive) as N,
         min(CreatedDateTime) as First, max(CreatedDateTime) as Last
  from signins group by all
), judged as (
  select *, N::double / greatest(I, 1) as Effective, I + N >= ${p.minEvents} as Judged from days
), flagged as (
  select *, Judged and Effective >= ${p.suspicious} as Flagged, (case when Judged then 1e9 else 0 end) + Effective as PeakRank from judged
)
select UserPrincipalName, sum(I) as Interactive, sum(N) as NonInteractive, count(*) as Days, count(*) filter (where Flagged) as SuspiciousDays,
       min(First) filter (where Flagged) as SuspiciousFirst, max(Last) filter (where Flagged) as SuspiciousLast,
       arg_max(Day, PeakRank) as PeakDay, round(arg_max(Effective, PeakRank), 1) as PeakRatio
from flagged group by UserPrincipalName order by PeakRatio desc, UserPrincipalName`;

async function duckdbOf(table) {
  let api;
  try {
    api = require('@duckdb/node-api');
  } catch {
    return undefined;
  }
  const db = await api.DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run('create table signins (UserPrincipalName varchar, Type varchar, Interactive boolean, CreatedDateTime timestamp)');
  const a = await c.createAppender('signins');
  const upn = table.column('UserPrincipalName');
  const type = table.column('Type');
  const created = table.column('CreatedDateTime');
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    const t = type.get(p);
    a.appendVarchar(upn.get(p));
    a.appendVarchar(t);
    a.appendBoolean(t === 'SigninLogs');
    a.appendTimestamp(new api.DuckDBTimestampValue(BigInt(Math.round(created.get(p) * 1000))));
    a.endRow();
  }
  a.closeSync();
  return c;
}

async function main() {
  const perUserDay = 183; // measured: rows per user and day of a 7-day synthetic tenant (seed 7)
  const days = 7;
  const users = Math.max(10, Math.round(wantRows / perUserDay / days));
  process.stderr.write(`generating ${users} users x ${days} days ...\n`);
  const t0 = Date.now();
  const { table } = lib.syntheticTenant({ users, days, seed: 7 });
  process.stderr.write(`${table.length} rows in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  lib.query(table, 'print 1'); // loads the language service (~2-4 s, once per process)

  const count = 'union SigninLogs, AADNonInteractiveUserSignInLogs | summarize count() by UserPrincipalName, Type';
  const volume = lib.volumeRatio.kql({});
  const p = lib.resolveParameters(lib.volumeRatio.parameters, {});
  const rows = [];
  const add = (measure, tool, r, note = '') => rows.push(`| ${table.length} | ${measure} | ${tool} | ${r.wall.toFixed(0)} | ${r.cpu.toFixed(0)} | ${note} |`);

  // A first run needs a text the process has not planned yet: each run gets its own trailing comment.
  let fresh = 0;
  const firstRun = (text) => () => lib.query(table, `${text}\n// bench run ${++fresh}`);
  add('count-by', 'parse+bind only', measure(() => parseQuery(count, signInCatalog())));
  const k1 = measure(firstRun(count));
  add('count-by', 'KQL engine', k1, `${k1.result.rows.length} groups`);
  add('count-by', 'KQL engine, plan cached', measure(() => lib.query(table, count)));
  add('count-by', 'TypeScript loop over dictionary codes', measure(() => {
    const upn = table.column('UserPrincipalName');
    const type = table.column('Type');
    const m = new Map();
    for (let k = 0; k < table.length; k++) {
      const pos = table.position(k);
      const key = upn.codes[pos] * 8 + type.codes[pos];
      m.set(key, (m.get(key) ?? 0) + 1);
    }
    return m;
  }));
  add('volume-ratio', 'parse+bind only', measure(() => parseQuery(volume, signInCatalog())));
  const k2 = measure(firstRun(volume));
  add('volume-ratio', 'KQL engine (the twin)', k2, `${k2.result.rows.length} users`);
  add('volume-ratio', 'KQL engine (the twin), plan cached', measure(() => lib.query(table, volume)));
  add('volume-ratio', 'TypeScript volumeRatio.run', measure(() => lib.volumeRatio.run(table)));

  const duck = await duckdbOf(table);
  if (duck) {
    add('count-by', 'DuckDB GROUP BY', await measureAsync(() => duck.runAndReadAll('select UserPrincipalName, Type, count(*) from signins group by all')));
    add('volume-ratio', 'DuckDB SQL of the twin', await measureAsync(() => duck.runAndReadAll(VOLUME_SQL(p))));
  } else process.stderr.write('DuckDB skipped: npm install --no-save @duckdb/node-api\n');

  const mem = process.memoryUsage();
  console.log('| rows | query | tool | wall ms | CPU ms | |\n|---|---|---|---|---|---|\n' + rows.join('\n'));
  console.log(`\nheap ${(mem.heapUsed / 1048576).toFixed(0)} MB, rss ${(mem.rss / 1048576).toFixed(0)} MB`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
