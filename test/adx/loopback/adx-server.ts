/**
 * A loopback HTTPS stand-in for an Azure Data Explorer cluster, written from the documented REST API
 * (learn.microsoft.com/kusto/api/rest/request and response-v2): POST /v2/rest/query with {"db", "csl", "properties"}
 * and a bearer token; the answer is the v2 frame array: DataSetHeader, DataTable frames (QueryProperties,
 * PrimaryResult, QueryCompletionInformation), DataSetCompletion; failures are OneApiError bodies with 4xx.
 * GET /v1/rest/auth/metadata answers 404, which the client reads as "public cloud" (its documented fallback).
 *
 * It answers queries by running them in signinlab's local engine over in-memory sign-ins per database: it stands in
 * for the wire and the service's behaviour at its edges, so what is tested is the client path (credential chain,
 * request, frames, types), not Kusto itself.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { KqlError } from '../../../src/kql/engine/errors';
import { query } from '../../../src/kql/engine/query';
import type { SignInTable } from '../../../src/table/signin-table';
import type { TestCertificate } from '../../live/loopback/certificate';

export interface AdxServerOptions {
  certificate: TestCertificate;
  token: string;
  databases: Record<string, SignInTable>;
  /** The service's clock for now() / ago(). */
  now: number;
  /** Answer with DataSetCompletion.HasErrors (a result cut at the row limit) for queries matching this. */
  partial?: RegExp;
  /**
   * The service's result limit (500,000 records by default): a result with more rows is cut there and marked partial
   * with the LimitsExceeded error, as the service does (docs: query limits, "Limit on result set size").
   */
  rowLimit?: number;
  /**
   * A guard for a server nobody closes: it stops by itself after this long (default 15 minutes, well past a slow CI
   * run of one test file; the timer does not keep the process alive). Tests close it in afterAll.
   */
  lifetimeMs?: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  db?: string;
  csl?: string;
  authorized: boolean;
  status: number;
}

export interface AdxServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function oneApiError(code: string, message: string, inner?: { code: string; message: string }) {
  return JSON.stringify({
    error: {
      code, message, '@type': 'Kusto.Data.Exceptions.KustoBadRequestException', '@message': `${message}${inner ? `: ${inner.message}` : ''}`, '@permanent': true,
      ...(inner ? { innererror: { code: inner.code, message: inner.message, '@type': 'Kusto.Data.Exceptions.SemanticException', '@message': inner.message } } : {}),
    },
  });
}

/** A cell as the service writes it: datetimes with seven fractional digits, dynamic values as JSON values. */
function wire(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null;
  if (type === 'datetime') return String(v).replace(/(\.\d{3})Z$/, '$10000Z');
  return v;
}

function frames(columns: { name: string; type: string }[], rows: Record<string, unknown>[], partial: boolean): unknown[] {
  const out: unknown[] = [
    { FrameType: 'DataSetHeader', IsProgressive: false, Version: 'v2.0' },
    { FrameType: 'DataTable', TableId: 0, TableKind: 'QueryProperties', TableName: '@ExtendedProperties', Columns: [{ ColumnName: 'TableId', ColumnType: 'int' }, { ColumnName: 'Key', ColumnType: 'string' }, { ColumnName: 'Value', ColumnType: 'dynamic' }], Rows: [] },
    {
      FrameType: 'DataTable', TableId: 1, TableKind: 'PrimaryResult', TableName: 'PrimaryResult',
      Columns: columns.map((c) => ({ ColumnName: c.name, ColumnType: c.type })),
      Rows: rows.map((r) => columns.map((c) => wire(r[c.name], c.type))),
    },
    {
      FrameType: 'DataTable', TableId: 2, TableKind: 'QueryCompletionInformation', TableName: 'QueryCompletionInformation',
      Columns: [
        { ColumnName: 'Timestamp', ColumnType: 'datetime' }, { ColumnName: 'ClientRequestId', ColumnType: 'string' }, { ColumnName: 'ActivityId', ColumnType: 'guid' },
        { ColumnName: 'SubActivityId', ColumnType: 'guid' }, { ColumnName: 'ParentActivityId', ColumnType: 'guid' }, { ColumnName: 'Level', ColumnType: 'int' },
        { ColumnName: 'LevelName', ColumnType: 'string' }, { ColumnName: 'StatusCode', ColumnType: 'int' }, { ColumnName: 'StatusCodeName', ColumnType: 'string' },
        { ColumnName: 'EventType', ColumnType: 'int' }, { ColumnName: 'EventTypeName', ColumnType: 'string' }, { ColumnName: 'Payload', ColumnType: 'string' },
      ],
      Rows: [['2024-05-01T12:00:00.0000000Z', 'KNC.execute;loopback', '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', 4, 'Info', 0, 'S_OK (0)', 4, 'QueryInfo', '{"Count":1,"Text":"Query completed successfully"}']],
    },
    partial
      ? {
          FrameType: 'DataSetCompletion', HasErrors: true, Cancelled: false,
          OneApiErrors: [{ error: { code: 'LimitsExceeded', message: 'Request is invalid and cannot be executed.', '@type': 'Kusto.Data.Exceptions.KustoServicePartialQueryFailureLimitsExceededException', '@message': 'Query execution has exceeded the allowed limits (80DA0003): The results of this query exceed the set limit of 500000 records.', '@permanent': true } }],
        }
      : { FrameType: 'DataSetCompletion', HasErrors: false, Cancelled: false },
  ];
  return out;
}

export async function startAdxServer(o: AdxServerOptions): Promise<AdxServer> {
  const requests: SeenRequest[] = [];
  const server = https.createServer({ key: o.certificate.key, cert: o.certificate.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', authorized: req.headers.authorization === `Bearer ${o.token}`, status: 0 };
      requests.push(seen);
      const send = (status: number, body: string) => {
        seen.status = status;
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'x-ms-activity-id': '00000000-0000-0000-0000-00000000beef' });
        res.end(body);
      };
      if (req.method === 'GET' && req.url === '/v1/rest/auth/metadata') return send(404, '');
      if (req.method !== 'POST' || req.url !== '/v2/rest/query') return send(404, oneApiError('General_NotFound', `no such resource ${req.url}`));
      if (!seen.authorized) return send(401, oneApiError('Unauthorized', 'The request is missing a valid bearer token'));
      let body: { db?: string; csl?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, oneApiError('General_BadRequest', 'Request body is not JSON'));
      }
      seen.db = body.db;
      seen.csl = body.csl;
      const table = body.db === undefined ? undefined : o.databases[body.db];
      if (!table) return send(400, oneApiError('General_BadRequest', 'Request is invalid and cannot be executed', { code: 'SEM0100', message: `Semantic error: 'database' operator: Failed to resolve database '${body.db}'` }));
      try {
        const r = query(table, body.csl ?? '', { now: o.now });
        const cut = o.rowLimit !== undefined && r.rows.length > o.rowLimit;
        const rows = cut ? r.rows.slice(0, o.rowLimit) : r.rows;
        send(200, JSON.stringify(frames(r.columns as { name: string; type: string }[], rows, cut || !!o.partial?.test(body.csl ?? ''))));
      } catch (e) {
        if (e instanceof KqlError) return send(400, oneApiError('General_BadRequest', 'Request is invalid and cannot be executed', { code: 'SEM0001', message: `Semantic error: ${e.message}` }));
        send(500, oneApiError('InternalServiceError', (e as Error).message));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => server.close(), o.lifetimeMs ?? 15 * 60_000);
  timer.unref();
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
