/**
 * Turns whatever a workspace query throws (the SDK's RestError, a credential chain's error, a socket error) into a
 * UserError that says what to do, without a stack and without any credential. Messages name the workspace, the
 * endpoint and, when it matters, the table; the service's own explanation is appended after redaction.
 */
import { UserError } from '../../errors';
import type { ClientWatch } from './logs-client';
import { redact } from './redact';

export interface QueryContext {
  workspaceId: string;
  endpoint: string;
  table?: string;
  /** What the client saw (the credential's strings, the last answer), when signinlab built the client. */
  watch?: ClientWatch;
}

interface OneApiError {
  code?: string;
  message?: string;
  innererror?: OneApiError;
  details?: OneApiError[];
}

/** HTTP status of an SDK error, if it came from a response. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { statusCode?: unknown })?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** The error code of an SDK or socket error (`ECONNRESET`, `BadArgumentError`, ...). */
export function codeOf(e: unknown): string {
  const c = (e as { code?: unknown })?.code;
  return typeof c === 'string' ? c : '';
}

/** The OneAPI error body the SDK attached (`details.error`), flattened to "code: message" texts, outermost first. */
export function serviceReasons(e: unknown): string[] {
  const body = (e as { details?: { error?: OneApiError } })?.details?.error;
  const out: string[] = [];
  const walk = (x: OneApiError | undefined, depth: number) => {
    if (!x || depth > 6) return;
    if (x.message) out.push(x.code ? `${x.code}: ${x.message}` : x.message);
    walk(x.innererror, depth + 1);
    for (const d of x.details ?? []) walk(d, depth + 1);
  };
  walk(body, 0);
  if (out.length === 0 && e instanceof Error && e.message) out.push(e.message);
  return [...new Set(out)];
}

function explain(e: unknown, secrets: readonly string[]): string {
  return redact(serviceReasons(e).join(' / '), secrets).slice(0, 600);
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
  'AggregateAuthenticationError',
  'AuthenticationError',
]);

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/**
 * A UserError for a failed workspace query.
 * @param secrets strings that must never appear in the message (e.g. a token the caller holds)
 */
export function liveError(e: unknown, ctx: QueryContext, given: readonly string[] = []): UserError {
  const where = `workspace ${ctx.workspaceId} at ${ctx.endpoint}`;
  const secrets = secretsOf(ctx, given);
  const why = explain(e, secrets);
  if (isAbort(e)) return timeoutError(ctx, undefined);
  // The SDK converts the body without checking its shape: a TypeError from it means the body was not a result.
  if (e instanceof TypeError || e instanceof SyntaxError || e instanceof RangeError) return malformedAnswer(ctx, 'its body is not {"tables": [{"columns": […], "rows": […]}]}');
  const name = e instanceof Error ? e.name : '';
  if (CREDENTIAL_ERRORS.has(name)) {
    return new UserError(
      `no usable Azure credential for ${where}: sign in (az login, or set AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET) and try again. ${why}`,
    );
  }
  const status = statusOf(e);
  const code = codeOf(e);
  const reasons = serviceReasons(e).join(' ');
  switch (status) {
    case 401:
      return new UserError(`${where} did not accept the credentials (401; expired, or for another tenant): sign in again (az login). ${why}`);
    case 403:
      if (/audience/i.test(reasons)) {
        return new UserError(`${where} refused the token's audience (403): the endpoint and the cloud of the credential differ; pass the matching --endpoint (public, china, usgov). ${why}`);
      }
      return new UserError(
        `no permission to query ${where} (403): you need Log Analytics Reader (or Microsoft Sentinel Reader) on the workspace, and the workspace id must be the Workspace ID GUID from its overview page. ${why}`,
      );
    case 404:
      return new UserError(`${where} was not found (404): check the Workspace ID (a GUID from the workspace overview page) and the cloud endpoint. ${why}`);
    case 400: {
      const table = /Failed to resolve table[^'"]*['"]([^'"]+)['"]/i.exec(reasons)?.[1] ?? (/Failed to resolve table/i.test(reasons) ? ctx.table : undefined);
      if (table) {
        return new UserError(
          `table ${table} does not exist in ${where}: send it there with an Entra diagnostic setting (category ${table === 'SigninLogs' ? 'SignInLogs' : 'NonInteractiveUserSignInLogs'}), or pull only the other table. ${why}`,
        );
      }
      return new UserError(`${where} refused the query${ctx.table ? ` on ${ctx.table}` : ''} (400): ${why}`);
    }
    case 429:
      return new UserError(`${where} kept throttling the queries (429) after every retry: wait a few minutes, or pull a shorter timespan. ${why}`);
  }
  if (status !== undefined && status >= 500) {
    return new UserError(`${where} kept failing (${status}) after every retry: try again later, or pull a shorter timespan. ${why}`);
  }
  if (TLS_CODES.test(code)) {
    return new UserError(`cannot verify the TLS certificate of ${ctx.endpoint} (${code}): check the endpoint, or trust its CA (NODE_EXTRA_CA_CERTS).`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UserError(`cannot resolve the host of ${ctx.endpoint} (${code}): check --endpoint and the network.`);
  if (code === 'ECONNREFUSED') return new UserError(`nothing answers at ${ctx.endpoint} (connection refused): check --endpoint.`);
  if (code) return new UserError(`the connection to ${where} failed (${code}) after every retry: ${why}`);
  return new UserError(`querying ${where} failed: ${why || 'unknown error'}`);
}

/** Strings no message may hold: those given, and every string the client's credential handed out. */
function secretsOf(ctx: QueryContext, given: readonly string[]): string[] {
  return [...given, ...(ctx.watch?.secrets ?? [])].sort((a, b) => b.length - a.length);
}

function isAbort(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}

/**
 * The query got no answer in time (the client-side timeout): a service or network that accepts the connection and
 * never answers would otherwise hold the command forever.
 */
export function timeoutError(ctx: QueryContext, seconds: number | undefined): UserError {
  const where = `workspace ${ctx.workspaceId} at ${ctx.endpoint}`;
  return new UserError(
    `${where} did not answer${seconds ? ` within ${seconds} s` : ' in time'} (client-side timeout${ctx.table ? `, ${ctx.table}` : ''}): ` +
      'the service or the network is stuck, or the query is too heavy; try again, pull a shorter --timespan, or raise --timeout',
  );
}

/**
 * An answer that is not a Log Analytics query result: an HTML page (a proxy's sign-in or error page), JSON of another
 * shape, a result without the columns asked for. Named with what came back, never with a credential.
 */
export function malformedAnswer(ctx: QueryContext, detail: string, given: readonly string[] = []): UserError {
  const where = `workspace ${ctx.workspaceId} at ${ctx.endpoint}`;
  const last = ctx.watch?.last;
  const seen = last
    ? ` (HTTP ${last.status}, ${last.contentType || 'no content type'}${last.start ? `, starting ${JSON.stringify(last.start.replace(/\s+/g, ' ').slice(0, 80))}` : ''})`
    : '';
  return new UserError(
    redact(
      `${where} answered with something that is not a Log Analytics query result${seen}: ${detail}; check --endpoint (a proxy or a ` +
        'captive portal in between answers with its own page)',
      secretsOf(ctx, given),
    ),
  );
}
