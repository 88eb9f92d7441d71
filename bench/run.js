#!/usr/bin/env node
/**
 * `npm run bench`: the speed and memory figures of the issues, measured on generated Log Analytics JSONL exports.
 *
 *   node bench/run.js [--sizes 10k,40k,100k,1m] [--only load|findings|kql] [--kql-rows 1m]
 *
 * Sizes are row counts. The generator writes every column of each row (~5.7 KB per row as JSONL), so 40k rows is the
 * issue's ~230 MB file and 100k rows its ~100k events (~570 MB here).
 *
 * For each size it generates (once, into bench/data/, deterministic) a synthetic tenant export, then times whole
 * processes with GNU time (wall seconds, peak RSS): `signinlab load`, `signinlab findings`, and the pandas baselines
 * (bench/pandas_load.py, bench/pandas_findings.py, run with /usr/bin/python3: `apt-get install python3-pandas`).
 * DuckDB is measured when `@duckdb/node-api` can be required (`npm install --no-save @duckdb/node-api`). Targets (issues 2 and 3): load >= 2x faster than pandas
 * read_json(lines=True); findings <= half pandas' wall time; peak memory < half the file size.
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dataDir = path.join(__dirname, 'data');
const cli = path.join(root, 'bin', 'signinlab.js');

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}
/** "40k" -> 40000, "1m" -> 1000000. */
const rowsOf = (label) => Number(label.replace(/k$/, 'e3').replace(/m$/, 'e6'));
const sizes = arg('sizes', '10k,40k,100k').toLowerCase().split(',');
const only = arg('only', '');
/** Rows of the in-process KQL engine benchmark (bench/kql_engine.js). */
const kqlRows = arg('kql-rows', '1m');

/** Runs a command under GNU time; returns {seconds, maxRssMB, stdout}. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const last = r.stderr.trim().split('\n').pop().split(' ');
  return { seconds: Number(last[0]), maxRssMB: Number(last[1]) / 1024, stdout: r.stdout };
}

/** Rows per user-day of the generator, measured on a small tenant, to size the benchmark tenants. */
function rowsPerUserDay() {
  const out = path.join(dataDir, 'calibrate.la.jsonl');
  execFileSync('node', [cli, 'generate', '--users', '10', '--days', '7', '--seed', '7', '--format', 'la-jsonl', '--out', out]);
  const n = countLines(out);
  return n / 70;
}

function ensureFile(label, rows, perUserDay) {
  const file = path.join(dataDir, `tenant-${label}.la.jsonl`);
  if (fs.existsSync(file)) return file;
  // rows ≈ users × days × perUserDay; at least 10 users so every planted scenario is there.
  let days = 7;
  let users = Math.round(rows / perUserDay / days);
  if (users < 10) {
    users = 10;
    days = Math.max(1, Math.round(rows / perUserDay / users));
  }
  console.error(`generating ${file} (${users} users x ${days} days) ...`);
  execFileSync('node', [cli, 'generate', '--users', String(users), '--days', String(days), '--seed', '7', '--format', 'la-jsonl', '--out', file], { stdio: 'inherit' });
  return file;
}

/** Lines of a file, counted in 1 MiB reads (a multi-GB file cannot be one string). */
function countLines(file) {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let n = 0;
  for (let read; (read = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) {
    for (let i = buf.indexOf(10); i >= 0 && i < read; i = buf.indexOf(10, i + 1)) n++;
  }
  fs.closeSync(fd);
  return n;
}

function hasPandas() {
  return spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const perUserDay = rowsPerUserDay();
  const pandas = hasPandas();
  const duckdb = spawnSync('node', ['-e', "require('@duckdb/node-api')"], { cwd: root }).status === 0;
  if (!duckdb) console.error('DuckDB baseline skipped: npm install --no-save @duckdb/node-api (or put it on NODE_PATH)');
  if (!pandas) console.error('pandas baseline skipped: /usr/bin/python3 has no pandas (apt-get install python3-pandas)');
  const lines = ['| file | rows | MB | measure | tool | seconds | peak RSS MB | RSS / file size |', '|---|---|---|---|---|---|---|---|'];
  if (only === 'kql') return kqlBench();
  for (const label of sizes) {
    const file = ensureFile(label, rowsOf(label), perUserDay);
    const mb = fs.statSync(file).size / 1048576;
    const rows = countLines(file);
    // pandas holds ~7x the file in memory (measured): past 2 GB it would exhaust this 24 GB machine.
    const withPandas = pandas && mb < 2048;
    if (pandas && !withPandas) lines.push(`| ${path.basename(file)} | ${rows} | ${mb.toFixed(0)} | — | pandas skipped: ~7x the file size in RAM | | | |`);
    const row = (measure, tool, r) =>
      lines.push(`| ${path.basename(file)} | ${rows} | ${mb.toFixed(0)} | ${measure} | ${tool} | ${r.seconds.toFixed(2)} | ${r.maxRssMB.toFixed(0)} | ${(r.maxRssMB / mb).toFixed(2)} |`);
    if (only !== 'findings') {
      row('load', 'signinlab load', timed(cli, ['load', file, '--json']));
      if (withPandas) row('load', 'pandas read_json(lines=True)', timed('/usr/bin/python3', [path.join(__dirname, 'pandas_load.py'), file]));
      if (duckdb) row('load', 'DuckDB read_json into a table', timed('node', [path.join(__dirname, 'duckdb_load.js'), file]));
    }
    if (only !== 'load') {
      row('findings', 'signinlab findings', timed(cli, ['findings', file, '--json']));
      if (withPandas) row('findings', 'pandas (same detections)', timed('/usr/bin/python3', [path.join(__dirname, 'pandas_findings.py'), file]));
    }
    console.log(lines.slice(-1)[0]);
  }
  console.log('\n' + lines.join('\n'));
  if (only === '') kqlBench();
}

/** The KQL engine against the TypeScript analyses and DuckDB, in one process over ~kqlRows loaded rows. */
function kqlBench() {
  console.log(`\nKQL engine, ${kqlRows} rows (bench/kql_engine.js):`);
  const r = spawnSync('node', ['--max-old-space-size=8192', path.join(__dirname, 'kql_engine.js'), '--rows', kqlRows], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench/kql_engine.js failed (${r.status})`);
  console.log('\nEvery KQL twin against its analysis on the demo tenant (bench/kql_twins.js):');
  const t = spawnSync('node', [path.join(__dirname, 'kql_twins.js')], { stdio: 'inherit' });
  if (t.status !== 0) throw new Error(`bench/kql_twins.js failed (${t.status})`);
}

main();
