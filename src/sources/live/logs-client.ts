/**
 * Builds the SDK client for a workspace: endpoint and token scope from resolveCloud (the SDK's own `audience` option is
 * not read by @azure/monitor-query-logs 1.0, so the scope is set through `credentials.scopes`), the SDK's retries off
 * (see retry.ts), and DefaultAzureCredential unless the caller brings a credential (loaded only then).
 *
 * Two things are watched on the way, for messages: every string the credential hands out (so no message can print a
 * token, whatever its shape: JWT, opaque, or echoed back in a server's error text), and the content type and first
 * characters of the last answer (so an HTML page from a proxy is named as such rather than failing inside the SDK).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { LogsQueryClient, type LogsQueryClientOptions } from '@azure/monitor-query-logs';
import { resolveCloud } from './clouds';

export interface ClientSettings {
  credential?: TokenCredential;
  /** Cloud name (public, china, usgov) or query API URL; default SIGNINLAB_LOGS_ENDPOINT, else the public cloud. */
  endpoint?: string;
  /** Token audience; default the endpoint's cloud. */
  audience?: string;
  /** Further SDK options (proxy, TLS trust such as `tlsOptions: { ca }`, user agent). */
  clientOptions?: LogsQueryClientOptions;
}

/** What the client saw, for messages: the credential's strings and the last answer's type and start. */
export interface ClientWatch {
  /** Every string the credential returned (tokens, and any other text field of its answer). */
  secrets: Set<string>;
  last?: { status: number; contentType: string; start: string };
}

/**
 * The client-side time limit of the query being sent, in ms, set around each call by runQuery. The SDK's own
 * `requestOptions.timeout` leaves its timer running when the connection fails (a 630 s timer kept every failed command
 * alive for ten minutes), and it drops `abortSignal`; so a policy gives each request an unreferenced
 * AbortSignal.timeout, which ends a request whose answer does not come, or stalls, in time.
 */
export const requestTimeout = new AsyncLocalStorage<number>();

/** The credential, recording every string it hands out in `secrets` (and the dot-separated parts of a token). */
function recording(credential: TokenCredential, secrets: Set<string>): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const token = await credential.getToken(scopes, options);
      if (token) {
        for (const v of Object.values(token)) {
          if (typeof v !== 'string' || v.length < 8) continue;
          secrets.add(v);
          for (const part of v.split('.')) if (part.length >= 16) secrets.add(part);
        }
      }
      return token;
    },
  };
}

export function createLogsClient(settings: ClientSettings = {}): { client: LogsQueryClient; endpoint: string; watch: ClientWatch } {
  const { endpoint, audience } = resolveCloud(settings.endpoint, settings.audience);
  // @azure/identity takes about a third of a second to load; only pay for it when it is used.
  const credential = settings.credential ?? new (require('@azure/identity') as typeof import('@azure/identity')).DefaultAzureCredential();
  const watch: ClientWatch = { secrets: new Set() };
  const client = new LogsQueryClient(recording(credential, watch.secrets), {
    ...settings.clientOptions,
    endpoint,
    credentials: { ...settings.clientOptions?.credentials, scopes: [`${audience}/.default`] },
    retryOptions: { maxRetries: 0, ...settings.clientOptions?.retryOptions },
  });
  client.pipeline.addPolicy({
    name: 'signinlab-request-timeout',
    async sendRequest(request, next) {
      const ms = requestTimeout.getStore();
      if (ms) {
        const limit = AbortSignal.timeout(ms);
        const given = request.abortSignal as AbortSignal | undefined;
        // AbortSignal.any: Node 20.3 and later.
        const any = (AbortSignal as unknown as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
        request.abortSignal = given && any ? any.call(AbortSignal, [given, limit]) : (given ?? limit);
      }
      return next(request);
    },
  });
  client.pipeline.addPolicy({
    name: 'signinlab-watch-answers',
    async sendRequest(request, next) {
      const response = await next(request);
      const text = typeof response.bodyAsText === 'string' ? response.bodyAsText : '';
      watch.last = { status: response.status, contentType: response.headers.get('content-type') ?? '', start: text.slice(0, 120) };
      return response;
    },
  });
  return { client, endpoint, watch };
}
