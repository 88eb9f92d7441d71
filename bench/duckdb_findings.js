#!/usr/bin/env node
/**
 * The DuckDB figure for the findings benchmark: the four detections of issue 12 written in SQL over the same Log
 * Analytics JSON Lines file, as an analyst would write them with DuckDB (read_json, then one query each), with
 * signinlab's default thresholds:
 *
 *   volume ratio   non-interactive : interactive events per user over the file, >= 500:1 with >= 100 events
 *   legacy auth    sign-ins by a client app other than Browser / Mobile Apps and Desktop clients, per user, app, result
 *   password spray one IP with >= 5 accounts failing a password within 20 minutes (sliding), or one ASN with >= 10 in a day
 *   token replay   the cross-table join: a successful interactive sign-in and a non-interactive row of the same user
 *                  from another address (not Microsoft's AS8075) within 4 hours, >= 500 km apart
 *
 * Interactive rows hold LocationDetails as an object, non-interactive rows as JSON text (as Log Analytics exports
 * them); both are read. Optional: `npm install --no-save @duckdb/node-api`; bench/run.js skips it otherwise. DuckDB
 * uses every core (2 here). Prints one JSON line: the rows read and how many each detection found.
 */
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

/** A JSON column that is an object in SigninLogs and JSON text in the non-interactive table, as JSON either way. */
const asJson = (c) => `(case when json_type(${c}) = 'VARCHAR' then json(${c} ->> '$') else ${c} end)`;

const QUERIES = {
  'high-volume-ratio': `
    select lower(UserPrincipalName) as upn,
           count(*) filter (where Type = 'AADNonInteractiveUserSignInLogs') as non,
           count(*) filter (where Type = 'SigninLogs') as inter
    from signins group by all
    having non + inter >= 100 and non >= 500 * greatest(inter, 1)`,
  'legacy-auth': `
    select lower(UserPrincipalName) as upn, ClientAppUsed, ResultType, count(*) as n
    from signins
    where coalesce(lower(ClientAppUsed), '') not in ('', 'unknown', 'browser', 'mobile apps and desktop clients')
    group by all`,
  'password-spray': `
    with fails as (
      select IPAddress, AutonomousSystemNumber as asn, lower(UserPrincipalName) as upn, CreatedDateTime::timestamp as t
      from signins where ResultType::varchar in ('50126', '50053', '50055', '50056')),
    burst as (
      select distinct a.IPAddress from fails a join fails b
        on a.IPAddress = b.IPAddress and b.t between a.t and a.t + interval 20 minute
      group by a.IPAddress, a.t having count(distinct b.upn) >= 5),
    slow as (
      select asn from fails group by asn, date_trunc('day', t) having count(distinct upn) >= 10)
    select 'ip' as kind, IPAddress as source from burst union all select distinct 'asn', asn::varchar from slow`,
  'token-replay': `
    with rows as (
      select lower(UserPrincipalName) as upn, IPAddress as ip, Type, ResultType::varchar as result,
             AutonomousSystemNumber::varchar as asn, CreatedDateTime::timestamp as t,
             ${asJson('LocationDetails')} as loc
      from signins),
    placed as (
      select upn, ip, Type, result, asn, t,
             radians((loc -> '$.geoCoordinates' ->> 'latitude')::double) as lat,
             radians((loc -> '$.geoCoordinates' ->> 'longitude')::double) as lon
      from rows),
    i as (select * from placed where Type = 'SigninLogs' and result = '0'),
    n as (select * from placed where Type = 'AADNonInteractiveUserSignInLogs' and asn <> '8075'),
    pairs as (
      select n.upn, n.ip, n.t,
             2 * 6371 * asin(sqrt(pow(sin((n.lat - i.lat) / 2), 2) + cos(i.lat) * cos(n.lat) * pow(sin((n.lon - i.lon) / 2), 2))) as km
      from i join n on i.upn = n.upn and i.ip <> n.ip and n.t between i.t - interval 4 hour and i.t + interval 4 hour)
    select upn, ip, min(t) as first, max(t) as last, max(km) as km from pairs where km >= 500 group by all`,
};

async function main() {
  const file = process.argv[2].replace(/'/g, "''");
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`create table signins as select * from read_json('${file}', format = 'newline_delimited', maximum_object_size = 104857600)`);
  const rows = Number((await c.runAndReadAll('select count(*) from signins')).getRows()[0][0]);
  const found = {};
  for (const [name, sql] of Object.entries(QUERIES)) found[name] = (await c.runAndReadAll(sql)).getRows().length;
  process.stdout.write(JSON.stringify({ tool: 'duckdb (same detections)', rows, found }) + '\n');
}
main().catch((e) => {
  process.stderr.write(`duckdb: ${e.message}\n`);
  process.exitCode = 1;
});
