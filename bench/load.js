#!/usr/bin/env node
/**
 * Load benchmark: wall time and peak memory of `loadFiles` (from dist/) on Log Analytics JSONL files.
 *
 *   node bench/load.js FILE...            measure each file in a fresh child process, print a table
 *   node bench/load.js --make 20000       write a small JSONL (and a JSON array twin) to the temp dir and measure them
 *   node bench/load.js --scanner FILE     compare the JSON array scanner with stream-json on a JSON array file
 *
 * Peak RSS is the child's process.resourceUsage().maxRSS, so each figure is one load from a cold process.
 * Targets of the issue: ~100k events / ~230 MB JSONL at least 2x faster than pandas read_json(lines=True), peak
 * memory under half the file size. Run `npm run build` first.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The compiled library; SIGNINLAB_DIST points elsewhere (a private build) when dist/ is someone else's to build. */
const dist = process.env.SIGNINLAB_DIST ? path.resolve(process.env.SIGNINLAB_DIST) : path.resolve(__dirname, '..', 'dist');

/** Child: load one file, print {rows, seconds, maxRssMB} as JSON. */
async function child(file) {
  // The loader module itself, not index.js: the figures are the loader's, not those of every library index.js pulls in.
  const { loadFiles } = require(path.join(dist, 'sources/files/load-files.js'));
  const t0 = process.hrtime.bigint();
  const r = await loadFiles([file]);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rows = r.table.length;
  process.stdout.write(
    JSON.stringify({ rows, rejected: r.rejected.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
  );
}

/** Child: count the records of a JSON array with the project's scanner + JSON.parse, or with stream-json. */
async function scannerChild(file, how) {
  const t0 = process.hrtime.bigint();
  let n = 0;
  const input = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  if (how === 'scanner') {
    const { JsonScanner } = require(path.join(dist, 'sources/files/json-scanner.js'));
    const s = new JsonScanner((t) => { JSON.parse(t); n++; }, () => {});
    for await (const chunk of input) s.push(chunk);
    s.end();
  } else {
    const { parser } = require('stream-json');
    const { streamArray } = require('stream-json/streamers/StreamArray');
    const pipeline = input.pipe(parser()).pipe(streamArray());
    for await (const _ of pipeline) n++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ rows: n, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function runChild(args) {
  const r = spawnSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** A small synthetic Log Analytics JSONL file (both tables, dynamic columns as objects and as JSON text). */
function make(rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signinlab-bench-'));
  const jsonl = path.join(dir, `la-${rows}.jsonl`);
  const array = path.join(dir, `la-${rows}.json`);
  const out = fs.openSync(jsonl, 'w');
  const arr = fs.openSync(array, 'w');
  fs.writeSync(arr, '[\n');
  const t0 = Date.UTC(2024, 4, 1);
  for (let i = 0; i < rows; i++) {
    const interactive = i % 20 === 0;
    const loc = { city: ['Oslo', 'Lagos', 'Lima'][i % 3], state: '', countryOrRegion: ['NO', 'NG', 'PE'][i % 3], geoCoordinates: { latitude: 59.9, longitude: 10.7 } };
    const dev = { deviceId: `dev-${i % 500}`, displayName: '', operatingSystem: 'Windows 10', browser: 'Edge 120', isCompliant: true, isManaged: true, trustType: 'Azure AD joined' };
    const status = { errorCode: i % 50 === 0 ? 50126 : 0, additionalDetails: 'MFA requirement satisfied by claim in the token' };
    const ca = [{ id: 'p1', displayName: 'Require MFA', result: 'success', enforcedGrantControls: ['Mfa'], conditionsSatisfied: 3 }];
    const row = {
      TenantId: 'ws-1', SourceSystem: 'Azure AD', TimeGenerated: new Date(t0 + i * 1000 + 3000).toISOString(),
      OperationName: 'Sign-in activity', Category: interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs',
      ResultType: String(status.errorCode), ResultDescription: '', CorrelationId: `c-${i}`, Identity: `User ${i % 1000}`,
      Level: '4', Location: loc.countryOrRegion, AppDisplayName: 'Microsoft Teams', AppId: 'app-teams',
      AuthenticationDetails: JSON.stringify([{ authenticationMethod: 'Previously satisfied', succeeded: true, authenticationStepResultDetail: 'First factor requirement satisfied by claim in the token' }]),
      AuthenticationRequirement: 'singleFactorAuthentication', ClientAppUsed: 'Mobile Apps and Desktop clients',
      ConditionalAccessPolicies: interactive ? ca : JSON.stringify(ca), ConditionalAccessStatus: 'success',
      CreatedDateTime: new Date(t0 + i * 1000).toISOString().replace('Z', '1234+00:00'),
      DeviceDetail: interactive ? dev : JSON.stringify(dev), IsInteractive: interactive, Id: `id-${i}`,
      IPAddress: `203.0.113.${i % 250}`, LocationDetails: interactive ? loc : JSON.stringify(loc), MfaDetail: interactive ? {} : '{}',
      ResourceDisplayName: 'Microsoft Graph', RiskLevelAggregated: 'none', RiskLevelDuringSignIn: 'none', RiskState: 'none',
      Status: interactive ? status : JSON.stringify(status), TokenIssuerType: 'AzureAD',
      UserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
      UserDisplayName: `User ${i % 1000}`, UserId: `u-${i % 1000}`, UserPrincipalName: `user${i % 1000}@contoso.com`, UserType: 'Member',
      SessionId: `s-${i % 3000}`, UniqueTokenIdentifier: `tok-${i}`, AutonomousSystemNumber: '8075', IncomingTokenType: interactive ? 'none' : 'refreshToken',
      AuthenticationProtocol: 'none', CrossTenantAccessType: 'none', Type: interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs',
    };
    const text = JSON.stringify(row);
    fs.writeSync(out, text + '\n');
    fs.writeSync(arr, (i ? ',\n' : '') + text);
  }
  fs.writeSync(arr, '\n]\n');
  fs.closeSync(out);
  fs.closeSync(arr);
  return { dir, jsonl, array };
}

function table(rows) {
  const head = ['file', 'MB', 'rows', 'seconds', 'rows/s', 'peak RSS MB', 'RSS / file'];
  const lines = [head, ...rows].map((r) => '| ' + r.join(' | ') + ' |');
  lines.splice(1, 0, '|' + head.map(() => '---').join('|') + '|');
  return lines.join('\n');
}

function measure(files) {
  const rows = [];
  for (const f of files) {
    const mb = fs.statSync(f).size / 1048576;
    const r = runChild(['--child', f]);
    rows.push([path.basename(f), mb.toFixed(1), String(r.rows), r.seconds.toFixed(2), Math.round(r.rows / r.seconds).toString(), r.maxRssMB.toFixed(0), (r.maxRssMB / mb).toFixed(2)]);
    console.error(`${path.basename(f)}: ${r.rows} rows in ${r.seconds.toFixed(2)} s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
  }
  return rows;
}

function compareScanner(file) {
  const mb = fs.statSync(file).size / 1048576;
  const out = [];
  for (const how of ['scanner', 'stream-json']) {
    const r = runChild(['--scanner-child', how, file]);
    out.push([`${path.basename(file)} (${how})`, mb.toFixed(1), String(r.rows), r.seconds.toFixed(2), Math.round(r.rows / r.seconds).toString(), r.maxRssMB.toFixed(0), (r.maxRssMB / mb).toFixed(2)]);
  }
  return out;
}

async function main() {
  const a = process.argv.slice(2);
  if (a[0] === '--child') return child(a[1]);
  if (a[0] === '--scanner-child') return scannerChild(a[2], a[1]);
  if (!fs.existsSync(path.join(dist, 'sources/files/load-files.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (a[0] === '--scanner') return console.log(table(compareScanner(a[1])));
  if (a[0] === '--make') {
    const n = Number(a[1] ?? 20000);
    const made = make(n);
    try {
      console.log(table([...measure([made.jsonl, made.array]), ...compareScanner(made.array)]));
    } finally {
      fs.rmSync(made.dir, { recursive: true, force: true });
    }
    return;
  }
  if (a.length === 0) {
    console.error('usage: node bench/load.js FILE... | --make ROWS | --scanner FILE.json');
    process.exit(2);
  }
  console.log(table(measure(a)));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
