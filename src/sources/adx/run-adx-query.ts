/**
 * Runs one KQL query in Azure Data Explorer and returns its primary result in the local engine's shape: columns with
 * their Kusto types, rows as plain objects (datetimes as ISO-8601 text, timespans in Kusto's text, dynamic values as
 * JSON values), so a cluster's answer and a local one compare row for row. The raw wire values are read, not the
 * client's Date conversions.
 */
import type { TokenCredential } from '@azure/identity';
import { isoTime } from '../../iso-time';
import { parseDatetime } from '../../kql/engine/values/datetime';
import { parseJson } from '../../kql/engine/values/dynamic';
import { formatTimespan, parseTimespan } from '../../kql/engine/values/timespan';
import { isScalarType, type ColumnSchema, type ScalarType } from '../../kql/engine/values/types';
import type { Row } from '../../kql/engine/result';
import { adxError } from './adx-error';
import { createAdxClient, type AdxSettings, type KustoClientLike } from './adx-client';

export interface AdxQueryOptions extends AdxSettings {
  /** A client to use instead of making one (tests, connection reuse). */
  client?: KustoClientLike;
  credential?: TokenCredential;
}

export interface AdxResult {
  columns: ColumnSchema[];
  rows: Row[];
  cluster: string;
  database: string;
}

/** A wire cell as the local engine's rows hold it. */
export function wireCell(v: unknown, type: ScalarType): unknown {
  if (v === null || v === undefined) return type === 'string' ? '' : null;
  switch (type) {
    case 'datetime': {
      const t = typeof v === 'string' ? parseDatetime(v) : null;
      return t === null ? null : isoTime(t) || null;
    }
    case 'timespan': {
      const t = typeof v === 'string' ? parseTimespan(v) : typeof v === 'number' ? v : null;
      return t === null ? null : formatTimespan(t);
    }
    case 'int':
    case 'long':
    case 'real':
    case 'decimal':
      return typeof v === 'string' ? Number(v) : v;
    case 'dynamic':
      return typeof v === 'string' ? parseJson(v) : v;
    default:
      return v;
  }
}

/**
 * @example const r = await runAdxQuery('SigninLogs | take 5', { cluster: 'https://c.westeurope.kusto.windows.net', database: 'Security' })
 * @throws UserError naming the cluster and database, with the service's reason and what to do
 */
export async function runAdxQuery(kql: string, options: AdxQueryOptions = {}): Promise<AdxResult> {
  const made = options.client
    ? { client: options.client, cluster: options.cluster ?? 'the given client', database: options.database ?? '' }
    : await createAdxClient(options);
  const { client, cluster, database } = made;
  try {
    const answer = await client.execute(database, kql);
    const table = answer.primaryResults[0];
    if (!table) return { columns: [], rows: [], cluster, database };
    const cols = [...table.columns].sort((a, b) => a.ordinal - b.ordinal);
    const columns: ColumnSchema[] = cols.map((c) => ({ name: c.name ?? `Column${c.ordinal + 1}`, type: (isScalarType(c.type ?? '') ? c.type : 'dynamic') as ScalarType }));
    const rows: Row[] = [];
    for (const r of table.rows()) {
      const values = [...r.values()];
      const row: Row = {};
      columns.forEach((c, i) => (row[c.name] = wireCell(values[i], c.type)));
      rows.push(row);
    }
    return { columns, rows, cluster, database };
  } catch (e) {
    throw adxError(e, cluster, database);
  } finally {
    if (!options.client) client.close();
  }
}
