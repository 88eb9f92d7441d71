#!/usr/bin/env node
/**
 * The DuckDB figure for the load benchmark: DuckDB reads the same Log Analytics JSON Lines file into a table.
 * Optional: `npm install --no-save @duckdb/node-api` (or put it on NODE_PATH); bench/run.js skips it otherwise.
 */
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

async function main() {
  const file = process.argv[2].replace(/'/g, "''");
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`create table signins as select * from read_json('${file}', format = 'newline_delimited', maximum_object_size = 104857600)`);
  const rows = (await c.runAndReadAll('select count(*) from signins')).getRows()[0][0];
  process.stdout.write(JSON.stringify({ tool: 'duckdb read_json', rows: Number(rows) }) + '\n');
}
main().catch((e) => {
  process.stderr.write(`duckdb: ${e.message}\n`);
  process.exitCode = 1;
});
