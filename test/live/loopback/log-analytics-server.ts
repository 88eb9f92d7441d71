/**
 * A loopback HTTPS stand-in for the Log Analytics query API (POST /v1/workspaces/{id}/query), written from the
 * documented wire format: `{tables:[{name, columns, rows}]}` with dynamic cells as JSON text and 7-digit datetimes;
 * PartialError past a row cap; OneAPI error bodies for 400/401/403/404; scripted faults (429 with Retry-After, 5xx,
 * a reset socket). It reads the pull queries signinlab sends (table, half-open TimeGenerated window, user, IP,
 * projection) and answers from in-memory rows; any other query goes to `answer`, or is refused as a syntax error.
 * It stops by itself after `lifetimeMs` (a guard; tests close it).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { columnsOf } from '../../../src/schema/columns';
import type { TableName } from '../../../src/schema/table-names';
import type { TestCertificate } from './certificate';
import { readPullQuery, readTimespan, ticksOf } from './read-pull-query';
import type { WireRow, WireTables } from './wire-fixture';

export type Fault =
  | { kind: 'throttle'; retryAfter: string }
  | { kind: 'status'; status: number }
  | { kind: 'reset' }
  /** Accept the request and never answer (a stuck service or proxy). */
  | { kind: 'hang' }
  /** Answer with this status, content type and body, whatever was asked (an HTML page, JSON of another shape). */
  | { kind: 'raw'; status: number; contentType: string; body: string }
  /** Refuse with 400 and a message that echoes the bearer token it was sent, as some proxies and gateways do. */
  | { kind: 'echo-token' };

export interface WireTable {
  name: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

export interface ServerOptions {
  certificate: TestCertificate;
  /** The bearer token a request must carry. */
  token: string;
  /** Workspaces by id: their tables (a missing table answers "Failed to resolve table"). */
  workspaces: Record<string, Partial<WireTables>>;
  /** Workspace ids that exist but refuse the caller (403). */
  forbidden?: string[];
  /** Answers with more rows are cut here and marked PartialError (the service: 500,000 rows / 64 MB). */
  rowCap?: number;
  /** Answers with more rows are cut here WITHOUT a mark (to prove the client distrusts an answer of exactly the cap). */
  silentCap?: number;
  /** Faults for the next requests, one per request, in order. */
  faults?: Fault[];
  /** Answers to queries that are not pull queries (pushdown). */
  answer?: (query: string) => WireTable | undefined;
  /** Mark the answers of `answer` as partial (an aggregate over more data than the service would read). */
  answerPartially?: boolean;
  /**
   * A guard for a server nobody closes: it stops by itself after this long (default 15 minutes, well past a slow CI
   * run of one test file; the timer does not keep the process alive). Tests close it in afterAll.
   */
  lifetimeMs?: number;
}

export interface SeenRequest {
  path: string;
  query: string;
  timespan: string;
  authorized: boolean;
  status: number;
  rows: number;
}

export interface LoopbackServer {
  endpoint: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function errorBody(code: string, message: string, inner?: { code: string; message: string; innererror?: { code: string; message: string } }) {
  return JSON.stringify({ error: { code, message, ...(inner ? { innererror: inner } : {}) } });
}

function semantic(message: string): string {
  return errorBody('BadArgumentError', 'The request had some invalid properties', {
    code: 'SemanticError',
    message: 'A semantic error occurred.',
    innererror: { code: 'SEM0100', message },
  });
}

const PARTIAL = (cap: number) => ({
  code: 'PartialError',
  message: 'There were some errors when processing your query.',
  details: [
    {
      code: 'EngineError',
      message: 'Something went wrong processing your query on the server.',
      innererror: {
        code: '-2133196797',
        message: `Query result set has exceeded the internal record count limit ${cap} (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)`,
        severity: 2,
        severityName: 'Error',
      },
    },
  ],
});

const TICKS = new WeakMap<WireRow, bigint>();

function matches(row: WireRow, from: bigint, to: bigint, user?: string, ip?: string): boolean {
  let t = TICKS.get(row);
  if (t === undefined) TICKS.set(row, (t = ticksOf(String(row.TimeGenerated))));
  if (t < from || t >= to) return false;
  if (user !== undefined && String(row.UserPrincipalName).toLowerCase() !== user.toLowerCase()) return false;
  if (ip !== undefined && row.IPAddress !== ip) return false;
  return true;
}

/** A cell as the service sends it: dynamic values as JSON text (the fixture may hold them as objects). */
function wireCell(v: unknown, type: string): unknown {
  if (v === undefined) return null;
  if (type === 'dynamic' && v !== null && typeof v !== 'string') return JSON.stringify(v);
  return v;
}

/** Starts the server on 127.0.0.1 at a free port. */
export function startLogAnalyticsServer(options: ServerOptions): Promise<LoopbackServer> {
  const faults = [...(options.faults ?? [])];
  const requests: SeenRequest[] = [];
  const forbidden = new Set(options.forbidden ?? []);

  const server = https.createServer({ key: options.certificate.key, cert: options.certificate.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const seen: SeenRequest = { path: req.url ?? '', query: '', timespan: '', authorized: false, status: 0, rows: 0 };
      requests.push(seen);
      const send = (status: number, body: string, headers: Record<string, string> = {}) => {
        seen.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(body);
      };
      let body: { query?: unknown; timespan?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, errorBody('BadArgumentError', 'The request body is not JSON'));
      }
      seen.query = typeof body.query === 'string' ? body.query : '';
      seen.timespan = typeof body.timespan === 'string' ? body.timespan : '';
      seen.authorized = req.headers.authorization === `Bearer ${options.token}`;

      const fault = faults.shift();
      if (fault?.kind === 'reset') {
        seen.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'throttle') {
        return send(429, errorBody('TooManyRequests', 'Too many requests were sent; retry later.'), { 'Retry-After': fault.retryAfter });
      }
      if (fault?.kind === 'status') return send(fault.status, errorBody('ServiceError', `Stand-in failure ${fault.status}.`));
      if (fault?.kind === 'hang') {
        seen.status = -2;
        return;
      }
      if (fault?.kind === 'raw') {
        seen.status = fault.status;
        res.writeHead(fault.status, { 'content-type': fault.contentType });
        res.end(fault.body);
        return;
      }
      if (fault?.kind === 'echo-token') {
        const sent = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
        return send(400, errorBody('BadArgumentError', `Token ${sent} is not valid for this resource (raw: ${encodeURIComponent(sent)})`));
      }

      if (!seen.authorized) {
        return send(401, errorBody('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing or invalid."));
      }
      const m = /^\/v1\/workspaces\/([^/]+)\/query$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) return send(404, errorBody('PathNotFoundError', `The requested path does not exist: ${req.url}`));
      const workspaceId = decodeURIComponent(m[1]);
      if (forbidden.has(workspaceId)) {
        return send(403, errorBody('InsufficientAccessError', 'The provided credentials have insufficient access to perform the requested operation'));
      }
      const workspace = options.workspaces[workspaceId];
      if (!workspace) {
        return send(404, errorBody('WorkspaceNotFoundError', `The workspace ${workspaceId} could not be found`));
      }

      const pull = readPullQuery(seen.query);
      if (!pull) {
        const other = options.answer?.(seen.query);
        if (!other) return send(400, errorBody('BadArgumentError', 'The request had some invalid properties', { code: 'SyntaxError', message: 'A recognition error occurred in the query.' }));
        seen.rows = other.rows.length;
        return send(200, JSON.stringify(options.answerPartially ? { tables: [other], error: PARTIAL(other.rows.length) } : { tables: [other] }));
      }
      const rows = workspace[pull.table];
      if (!rows) return send(400, semantic(`'where' operator: Failed to resolve table or column expression named '${pull.table}'`));
      const types = new Map(columnsOf(pull.table).map((c) => [c.name, c.type] as const));
      const unknown = pull.columns.find((c) => !types.has(c));
      if (unknown) return send(400, semantic(`'project' operator: Failed to resolve scalar expression named '${unknown}'`));
      const span = readTimespan(seen.timespan);
      if (!span) return send(400, errorBody('BadArgumentError', `Invalid timespan ${seen.timespan}`));
      // The query's window is half-open; the body's timespan is taken as inclusive (the looser reading), so only the
      // query decides which boundary rows belong to a window.
      const from = pull.from > span.from ? pull.from : span.from;
      const to = pull.to < span.to + 1n ? pull.to : span.to + 1n;
      const hits = rows.filter((r) => matches(r, from, to, pull.user, pull.ip));
      const partial = options.rowCap !== undefined && hits.length > options.rowCap;
      const cut = partial ? hits.slice(0, options.rowCap) : options.silentCap !== undefined ? hits.slice(0, options.silentCap) : hits;
      seen.rows = cut.length;
      const table: WireTable = {
        name: 'PrimaryResult',
        columns: pull.columns.map((name) => ({ name, type: types.get(name)! })),
        rows: cut.map((r) => pull.columns.map((c) => wireCell(r[c], types.get(c)!))),
      };
      return send(200, JSON.stringify(partial ? { tables: [table], error: PARTIAL(options.rowCap!) } : { tables: [table] }));
    });
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      const close = () =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      setTimeout(() => void close(), options.lifetimeMs ?? 15 * 60_000).unref();
      resolve({ endpoint: `https://127.0.0.1:${port}/v1`, requests, close });
    });
  });
}
