#!/usr/bin/env node
/**
 * Draws every chart on the bundled synthetic tenant as PNG into out/charts/, so a person can look at each one as an
 * image (the file viewer, a browser) before calling a chart change done. Needs dist/ built (`npm run build`).
 *
 *   node scripts/chart-gallery.js [--out out/charts] [--seed 1] [--users 25] [--days 7]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function arg(argv, name, fallback) {
  const k = argv.indexOf(name);
  return k >= 0 ? argv[k + 1] : fallback;
}

/** Every chart the notebooks and the report draw, as [file name, spec]. */
function gallery(lib, table, labels) {
  const replay = lib.tokenReplay.run(table);
  const prt = labels?.scenarios.find((l) => l.scenario === 'token-replay-prt');
  const victim = prt?.userPrincipalName ?? replay.rows[0]?.UserPrincipalName;
  const charts = [
    ['volume-hourly-log', lib.volumeChart(table, { log: true })],
    ['volume-daily', lib.volumeChart(table, { bin: 'day' })],
    ['ratio-per-user', lib.ratioChart(lib.volumeRatio.run(table).rows)],
    ['replay-pairs', lib.replayPairsChart(replay.rows)],
    ['legacy-clients', lib.legacyClientsChart(lib.legacyAuth.run(table).rows)],
    ['failure-codes', lib.failureCodesChart(lib.failureTriage.run(table).rows)],
    ['auth-methods', lib.authMethodsChart(lib.authMethods.run(table).rows)],
  ];
  if (victim) {
    charts.push(['user-timeline-ip', lib.userTimelineChart(table.forUser(victim))]);
    charts.push(['user-timeline-app', lib.userTimelineChart(table.forUser(victim), { y: 'AppDisplayName' })]);
    if (lib.signInMapChart) charts.push(['user-map', lib.signInMapChart(table.forUser(victim))]);
  }
  if (lib.replayMapChart) charts.push(['replay-map', lib.replayMapChart(replay.rows, table)]);
  return charts;
}

async function main(argv) {
  const lib = require(path.join(ROOT, 'dist', 'index.js'));
  const out = path.resolve(arg(argv, '--out', path.join(ROOT, 'out', 'charts')));
  const { table, labels } = lib.syntheticTenant({ seed: Number(arg(argv, '--seed', 1)), users: Number(arg(argv, '--users', 25)), days: Number(arg(argv, '--days', 7)) });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, spec] of gallery(lib, table, labels)) {
    const { png, width, height } = await lib.renderPng(spec);
    const file = path.join(out, `${name}.png`);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(ROOT, file)} ${width}x${height}`);
  }
}

module.exports = { gallery };

if (require.main === module) main(process.argv.slice(2)).catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
